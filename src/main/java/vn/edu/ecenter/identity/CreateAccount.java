package vn.edu.ecenter.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Opens an account in the current centre; the user must choose a new password at first sign-in. */
public record CreateAccount(
        @NotBlank(message = "{identity.username.required}")
        @Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{identity.username.format}")
        String username,

        @NotBlank(message = "{identity.fullName.required}") @Size(max = 150, message = "{identity.fullName.size}")
        String fullName,

        @Nullable @Email(message = "{identity.email.format}")
        String email,

        @NotEmpty(message = "{identity.roles.required}") Set<Role> roles) {}
