package org.campaignbot.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.campaignbot.admin.AdminAuth;
import org.campaignbot.admin.AdminProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who may read /actuator/prometheus: this machine freely, another only with the administrator's password. */
class MetricsAccessFilterTest {
    private final MetricsAccessFilter filter = new MetricsAccessFilter(new AdminAuth(new AdminProperties("metrics-password")));

    private MockHttpServletResponse scrape(String from, String authorization) throws Exception {
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr(from);
        request.addHeader("Host", "localhost:8080"); // a scraper on this machine, not a request proxied in
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200); // reached the endpoint
        }
        return response;
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loopbackMayScrape() throws Exception {
        assertThat(scrape("127.0.0.1", null).getStatus()).isEqualTo(200);
        assertThat(scrape("::1", null).getStatus()).isEqualTo(200);
    }

    @Test
    void othersNeedTheAdministrator() throws Exception {
        var refused = scrape("10.1.2.3", null);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("监控数据只对本机或管理员开放");
        assertThat(scrape("10.1.2.3", basic("wrong-password")).getStatus()).isEqualTo(401);
        assertThat(scrape("10.1.2.3", basic("metrics-password")).getStatus()).isEqualTo(200);
    }

    @Test
    void withoutAnAdminPasswordOnlyThisMachineMayScrape() throws Exception {
        var closed = new MetricsAccessFilter(new AdminAuth(new AdminProperties(null)));
        var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr("192.0.2.7");
        var response = new MockHttpServletResponse();
        closed.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(403);
    }
}
