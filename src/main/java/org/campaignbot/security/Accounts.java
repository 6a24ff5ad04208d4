package org.campaignbot.security;

import java.util.List;
import java.util.Map;
import org.campaignbot.admin.AdminAuth;
import org.campaignbot.admin.AdminProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The console's accounts: {@code admin} with {@code bot.admin.password} (compared as {@link AdminAuth} does, so the
 * admin API's scripts pay no hashing cost per request), and {@code bot.admin.users} with their BCrypt hashes. The same
 * provider serves the login form and HTTP Basic on the admin API. Roles become {@code ROLE_ADMIN} and
 * {@code ROLE_VIEWER}.
 */
public class Accounts implements AuthenticationProvider {
    public static final String ADMIN = "ADMIN";
    public static final String VIEWER = "VIEWER";
    private final AdminProperties properties;
    private final AdminAuth admin;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** A hash of a random text: an unknown name costs as much time as a known one with a wrong password. */
    private final String dummy = bcrypt.encode(java.util.UUID.randomUUID().toString());

    public Accounts(AdminProperties properties, AdminAuth admin) {
        this.properties = properties;
        this.admin = admin;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        ConsoleUser user = check(name, password);
        if (user == null) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + (user.canEdit() ? ADMIN : VIEWER)));
        var token = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        token.setDetails(authentication.getDetails());
        return token;
    }

    private ConsoleUser check(String name, String password) {
        if (!properties.enabled()) {
            return null;
        }
        if (name.equals(AdminAuth.USER)) {
            return admin.matchesPassword(password) ? new ConsoleUser(AdminAuth.USER, AdminAuth.USER, AdminProperties.Role.ADMIN) : null;
        }
        AdminProperties.User user = properties.users().get(name);
        if (user == null) {
            bcrypt.matches(password, dummy);
            return null;
        }
        if (!bcrypt.matches(password, user.password())) {
            return null;
        }
        return new ConsoleUser(name, user.name().isBlank() ? name : user.name(), AdminProperties.Role.of(user.role()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Login names and roles, for the start-up log (never passwords or hashes). */
    public Map<String, String> describe() {
        var out = new java.util.LinkedHashMap<String, String>();
        out.put(AdminAuth.USER, AdminProperties.Role.ADMIN.label());
        properties.users().forEach((name, user) -> out.put(name, user.role()));
        return out;
    }
}
