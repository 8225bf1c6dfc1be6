package vn.edu.ecenter.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.edu.ecenter.platform.jobs.JobContext;

/**
 * A background job that acts as whoever started it: {@link #caller()} records the starter (roles, account, name) as job
 * parameters when the job is started, and {@link #actAs} runs the job's work signed in as them, with the roles they
 * had then, so that every module the job reads checks the starter's rights and logs the starter as the actor.
 */
public final class JobStarter {

    static final String ROLES = "roles";
    static final String ACCOUNT = "account";
    static final String NAME = "name";

    private JobStarter() {}

    /** Who calls now, as job parameters (to add to the job's own). */
    public static Map<String, String> caller() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Map<String, String> params = new HashMap<>();
        if (caller == null) {
            return params;
        }
        params.put(
                ROLES,
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(role -> role.startsWith("ROLE_"))
                        .collect(Collectors.joining(",")));
        if (caller.getPrincipal() instanceof SignedInUser user) {
            params.put(ACCOUNT, user.accountId().toString());
            params.put(NAME, user.fullName());
        }
        return params;
    }

    /** Runs the work signed in as the job's starter, then restores whoever was signed in before. */
    public static void actAs(JobContext context, Runnable work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(starter(context));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The starter as {@link #caller()} recorded them: a signed-in user of the job's centre with their roles. */
    private static Authentication starter(JobContext context) {
        Map<String, String> params = context.params();
        List<SimpleGrantedAuthority> authorities = Arrays.stream(
                        params.getOrDefault(ROLES, "").split(","))
                .filter(role -> role.startsWith("ROLE_"))
                .map(SimpleGrantedAuthority::new)
                .toList();
        String account = params.get(ACCOUNT);
        if (account == null) {
            return UsernamePasswordAuthenticationToken.authenticated(context.requestedBy(), null, authorities);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains(new SimpleGrantedAuthority(role.authority()))) {
                roles.add(role);
            }
        }
        var user = new SignedInUser(
                UUID.fromString(account),
                context.requestedBy(),
                params.getOrDefault(NAME, context.requestedBy()),
                roles,
                context.centreId(),
                false);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
