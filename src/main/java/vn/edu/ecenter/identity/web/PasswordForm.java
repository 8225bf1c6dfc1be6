package vn.edu.ecenter.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** The password page's form. */
record PasswordForm(
        @NotBlank(message = "{password.current.required}") String currentPassword,
        @NotBlank(message = "{password.new.required}") String newPassword,
        @NotBlank(message = "{password.confirm.required}") String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    @AssertTrue(message = "{password.confirm.mismatch}")
    boolean isConfirmation() {
        return newPassword == null || newPassword.equals(confirmation);
    }
}
