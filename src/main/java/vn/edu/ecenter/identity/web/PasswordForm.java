package vn.edu.ecenter.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The password page's form. */
record PasswordForm(
        @NotBlank(message = "{password.current.required}") String currentPassword,
        @NotBlank(message = "{password.new.required}") String newPassword,
        @NotBlank(message = "{password.confirm.required}") String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    // Checked by the controller, not as an @AssertTrue getter: that boolean would become the rejected value of the
    // String field "confirmation", which the page then fails to render (error 500).
    boolean confirmationMatches() {
        return newPassword == null || newPassword.equals(confirmation);
    }
}
