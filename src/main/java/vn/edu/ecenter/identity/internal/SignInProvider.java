package vn.edu.ecenter.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.identity.SignedInUser;

/** The sign-in form's authentication: the principal is a {@link SignedInUser}. */
@Component
class SignInProvider implements AuthenticationProvider {

    private final PasswordCheck passwordCheck;

    SignInProvider(PasswordCheck passwordCheck) {
        this.passwordCheck = passwordCheck;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        Account account = passwordCheck.verify(authentication.getName(), password);
        return authenticated(account.signedIn());
    }

    static UsernamePasswordAuthenticationToken authenticated(SignedInUser user) {
        var authorities = user.roles().stream()
                .map(role -> new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
