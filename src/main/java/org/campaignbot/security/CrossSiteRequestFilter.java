package org.campaignbot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.campaignbot.admin.AdminErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests a browser makes on behalf of another site: a page elsewhere that posts a form to the admin API
 * (where a browser would add the cached Basic credentials) or to the console. Browsers say where a request comes from
 * in {@code Sec-Fetch-Site} ({@code same-origin}, {@code same-site}, {@code cross-site}, or {@code none} for an address
 * typed or bookmarked); older ones only in {@code Origin}, compared with the {@code Host} asked for. Scripts (curl,
 * Prometheus) send neither and pass.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
    static final String MESSAGE = "拒绝跨站请求：管理功能只接受本站页面或脚本发来的请求";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final boolean changesOnly;
    private final boolean json;

    /**
     * @param changesOnly check only requests that change something (a link from another site to a console page is
     *                    fine; the page then has its own CSRF token)
     * @param json        answer like the admin API, else with a page
     */
    CrossSiteRequestFilter(boolean changesOnly, boolean json) {
        this.changesOnly = changesOnly;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ((changesOnly && SAFE.contains(request.getMethod())) || !crossSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("拒绝跨站请求：{} {} 来自 {}（Sec-Fetch-Site={}，Origin={}）", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"));
        if (json) {
            AdminErrors.write(response, 403, MESSAGE, null);
        } else {
            RefusalPages.write(response, 403, "请求被拒绝", MESSAGE);
        }
    }

    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            return !s.equals("same-origin") && !s.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI o = URI.create(origin.strip());
            if (o.getHost() == null || host == null) {
                return true; // "null" (a sandboxed or file: page) or no Host to compare with
            }
            int port = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return !(o.getHost() + ":" + port).equalsIgnoreCase(withPort(host.strip(), o.getScheme()));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static String withPort(String host, String scheme) {
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            return host;
        }
        return host + ":" + ("https".equalsIgnoreCase(scheme) ? 443 : 80);
    }
}
