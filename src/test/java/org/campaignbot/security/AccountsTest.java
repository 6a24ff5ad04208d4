package org.campaignbot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.admin.AdminAuth;
import org.campaignbot.admin.AdminProperties;
import org.campaignbot.admin.LoginThrottle;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The accounts of bot.admin: what the settings accept, who gets in with which role, how long a session lasts. */
class AccountsTest {
    static final String HASH = new BCryptPasswordEncoder().encode("reader-password");

    static AdminProperties settings(Map<String, AdminProperties.User> users) {
        return new AdminProperties("admin-password-1", users, Duration.ofMinutes(20), 5, Duration.ofMinutes(15), Duration.ofDays(365));
    }

    @Test
    void extraAccountsNeedABcryptHashAKnownRoleAndAPlainName() {
        assertThatThrownBy(() -> settings(Map.of("reader", new AdminProperties.User("reader-password", "只读", ""))))
                .hasMessageContaining("bot.admin.users.reader.password").hasMessageContaining("hash-password");
        assertThatThrownBy(() -> settings(Map.of("reader", new AdminProperties.User(HASH, "超级用户", ""))))
                .hasMessageContaining("管理员").hasMessageContaining("只读");
        assertThatThrownBy(() -> settings(Map.of("admin", new AdminProperties.User(HASH, "只读", ""))))
                .hasMessageContaining("不能是 admin");
        assertThatThrownBy(() -> settings(Map.of("Zhang San", new AdminProperties.User(HASH, "只读", ""))))
                .hasMessageContaining("小写字母");
        var ok = settings(Map.of("reader", new AdminProperties.User("{bcrypt}" + HASH, "readonly", "王只读")));
        assertThat(ok.users().get("reader").role()).isEqualTo("只读");
        assertThat(ok.toString()).doesNotContain(HASH).doesNotContain("admin-password-1");
    }

    @Test
    void theAdministratorAndAnExtraAccountGetTheirRolesEveryoneElseIsRefused() {
        var properties = settings(Map.of("reader", new AdminProperties.User(HASH, "只读", "王只读")));
        var accounts = new Accounts(properties, new AdminAuth(properties));

        var admin = accounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "admin-password-1"));
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        assertThat(((ConsoleUser) admin.getPrincipal()).canEdit()).isTrue();

        var reader = accounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reader", "reader-password"));
        assertThat(reader.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VIEWER");
        assertThat(((ConsoleUser) reader.getPrincipal()).label()).isEqualTo("reader（王只读）");
        assertThat(reader.getCredentials()).isNull(); // the password is not kept in the session

        for (String[] wrong : new String[][] {{"admin", "admin-password-2"}, {"reader", "admin-password-1"},
                {"nobody", "reader-password"}, {"", ""}}) {
            assertThatThrownBy(() -> accounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(wrong[0], wrong[1])))
                    .as(wrong[0]).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void withoutTheAdministratorsPasswordNobodyGetsIn() {
        var off = new AdminProperties(null, Map.of("reader", new AdminProperties.User(HASH, "只读", "")), Duration.ofMinutes(30),
                5, Duration.ofMinutes(15), Duration.ofDays(365));
        var accounts = new Accounts(off, new AdminAuth(off));
        assertThatThrownBy(() -> accounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reader", "reader-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aLoginStartsASessionThatEndsAfterTheConfiguredIdleTime() throws Exception {
        var properties = settings(Map.of());
        var handlers = new ConsoleLoginHandlers(new LoginThrottle(properties, Clock.systemUTC()), Mockito.mock(ActionLog.class), properties);
        var request = new MockHttpServletRequest("POST", "/admin/login");
        var response = new MockHttpServletResponse();
        var user = new ConsoleUser("admin", "管理员", AdminProperties.Role.ADMIN);
        handlers.onAuthenticationSuccess(request, response, UsernamePasswordAuthenticationToken.authenticated(user, null, java.util.List.of()));
        assertThat(request.getSession().getMaxInactiveInterval()).isEqualTo(20 * 60);
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void theThrottleLetsAnAddressTryAgainOnceItsOldestFailureHasAgedOut() {
        var clock = new org.campaignbot.testing.MutableClock(java.time.Instant.parse("2026-10-01T00:00:00Z"));
        var throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.locked("10.0.0.1")).isFalse();
            throttle.failed("10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.locked("10.0.0.1")).isTrue();
        assertThat(throttle.locked("10.0.0.2")).isFalse(); // per address
        assertThat(throttle.retryAfter("10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(throttle.locked("10.0.0.1")).isFalse();
    }
}
