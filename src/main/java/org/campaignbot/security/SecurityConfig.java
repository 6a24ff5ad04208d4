package org.campaignbot.security;

import org.campaignbot.admin.ActionLog;
import org.campaignbot.admin.AdminAuth;
import org.campaignbot.admin.AdminProperties;
import org.campaignbot.admin.LoginThrottle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Who may reach what, in three chains tried in order:
 * <ol>
 *   <li>{@code /api/admin/**}, the JSON admin API for scripts: HTTP Basic on every request (no session, so no CSRF
 *       token), refused when a browser sends it for another site, throttled after failed logins; GET for every
 *       account, anything else for 管理员 only. Refusals are the Chinese JSON errors the API always gave.</li>
 *   <li>{@code /admin/**}, the console: form login at {@code /admin/login}, a session with the configured timeout,
 *       a CSRF token on every form, the same cross-site check and throttle; 只读 accounts only look.</li>
 *   <li>everything else, as before Spring Security: platform callbacks ({@code /wecom/**}, {@code /dingtalk/**}) with
 *       their own signature checks, the local chat page and {@code /api/chat}, {@code /api/search}, health. No login,
 *       no session, no CSRF token (the platforms could not send one).</li>
 * </ol>
 * With {@code bot.admin.password} unset the first two answer 403 "未启用" to everything.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // tests without a server have no chains
public class SecurityConfig {
    public static final String HOME = "/admin";
    public static final String LOGIN = "/admin/login";
    /** Only this site's own files: no inline script or style, no frames, forms post back here only. */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /**
     * Spring Security's firewall refuses paths that try tricks (encoded slashes, "..", ";"), as it should. It would
     * also refuse header and parameter values with control characters, by throwing when a controller reads them:
     * a platform callback with a garbled {@code timestamp} header then ended in a 500 instead of the callback's own
     * 4xx. Those values are the application's to judge, as they were before Spring Security.
     */
    @Bean
    WebSecurityCustomizer firewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(name -> true);
        firewall.setAllowedHeaderValues(value -> true);
        firewall.setAllowedParameterNames(name -> true);
        firewall.setAllowedParameterValues(value -> true);
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    Accounts accounts(AdminProperties properties, AdminAuth admin) {
        return new Accounts(properties, admin);
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, AdminProperties properties, LoginThrottle throttle, ActionLog actions,
                                 Accounts accounts) throws Exception {
        var refusals = new ApiEntryPoint(throttle, actions);
        http.securityMatcher("/api/admin/**")
                .authenticationProvider(accounts)
                .csrf(c -> c.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.realmName(AdminAuth.REALM).authenticationEntryPoint(refusals))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/admin/**").hasAnyRole(Accounts.ADMIN, Accounts.VIEWER)
                        .requestMatchers(HttpMethod.HEAD, "/api/admin/**").hasAnyRole(Accounts.ADMIN, Accounts.VIEWER)
                        .anyRequest().hasRole(Accounts.ADMIN))
                .addFilterBefore(new CrossSiteRequestFilter(false, true), BasicAuthenticationFilter.class)
                .addFilterBefore(new AdminOffFilter(properties, true), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, true), BasicAuthenticationFilter.class)
                .addFilterAfter(new UserAttributeFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, AdminProperties properties, LoginThrottle throttle, ActionLog actions,
                                Accounts accounts) throws Exception {
        var handlers = new ConsoleLoginHandlers(throttle, actions, properties);
        http.securityMatcher(HOME, HOME + "/**")
                .authenticationProvider(accounts)
                .formLogin(f -> f.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .successHandler(handlers).failureHandler(handlers).permitAll())
                .logout(l -> l.logoutUrl(HOME + "/logout").logoutSuccessHandler(handlers))
                .sessionManagement(s -> s.invalidSessionUrl(LOGIN + "?expired"))
                .exceptionHandling(e -> e.accessDeniedHandler(handlers))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONSOLE_CSP)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(LOGIN, HOME + "/console.css", HOME + "/console.js").permitAll()
                        .requestMatchers(HttpMethod.GET, HOME, HOME + "/**").hasAnyRole(Accounts.ADMIN, Accounts.VIEWER)
                        .requestMatchers(HttpMethod.POST, HOME + "/logout").authenticated()
                        .anyRequest().hasRole(Accounts.ADMIN))
                .addFilterBefore(new CrossSiteRequestFilter(true, false), CsrfFilter.class)
                .addFilterBefore(new AdminOffFilter(properties, false), CsrfFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, false), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
