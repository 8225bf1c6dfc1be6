package vn.edu.ecenter.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.identity.CreateAccount;
import vn.edu.ecenter.identity.Role;

/** The "new account" form. */
record AccountForm(
        @NotBlank(message = "{identity.username.required}")
        @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{identity.username.format}")
        String username,

        @NotBlank(message = "{identity.fullName.required}") @Size(max = 150, message = "{identity.fullName.size}")
        String fullName,

        @Nullable @Email(message = "{identity.email.format}")
        String email,

        @Nullable @NotEmpty(message = "{identity.roles.required}")
        Set<Role> roles) {

    /** Roles a director may give; the system administrator role is never given inside a centre. */
    static final Set<Role> ASSIGNABLE = EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN));

    static AccountForm empty() {
        return new AccountForm("", "", "", EnumSet.noneOf(Role.class));
    }

    CreateAccount toCommand() {
        return new CreateAccount(username, fullName, email, roles == null ? Set.of() : roles);
    }
}
