package vn.edu.ecenter.identity.internal;

import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.web.Rejected;

/** What a chosen password must be: long enough, letters and digits, not the username. */
@Component
class PasswordPolicy {

    private final IdentityProperties properties;

    PasswordPolicy(IdentityProperties properties) {
        this.properties = properties;
    }

    void check(String username, String password) {
        if (password.length() < properties.minPasswordLength()) {
            throw new Rejected("identity.password.tooShort", properties.minPasswordLength());
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new Rejected("identity.password.lettersAndDigits");
        }
        if (password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new Rejected("identity.password.containsUsername");
        }
    }
}
