package vn.edu.ecenter.support;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;

/** Signed-in users for tests that call services or pages as somebody, and MockMvc with the security filters. */
public final class SignedIn {

    private SignedIn() {}

    /** A signed-in user with the given roles, working in the given centre (null: a system administrator outside). */
    public static Authentication as(String username, @Nullable UUID centre, Role... roles) {
        var user = new SignedInUser(
                UUID.randomUUID(),
                username,
                "Người dùng " + username,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)),
                centre,
                false);
        var authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** Runs the work with this user in the security context of the current thread. */
    public static <T> T call(Authentication user, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** MockMvc over the application's controllers behind Spring Security's filter chain. */
    public static MockMvcTester mvc(WebApplicationContext context) {
        return MockMvcTester.from(context, builder -> builder.apply(SecurityMockMvcConfigurers.springSecurity())
                .build());
    }
}
