package vn.edu.ecenter.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class PasswordController {

    private final Identity identity;
    private final Messages messages;

    PasswordController(Identity identity, Messages messages) {
        this.identity = identity;
        this.messages = messages;
    }

    @ModelAttribute("mustChange")
    boolean mustChange(Authentication authentication) {
        return SessionPrincipal.current(authentication).mustChangePassword();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return "identity/password";
    }

    @PostMapping
    String change(
            @Valid PasswordForm passwordForm,
            BindingResult binding,
            Model model,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!binding.hasFieldErrors("confirmation") && !passwordForm.confirmationMatches()) {
            binding.rejectValue("confirmation", "password.confirm.mismatch");
        }
        if (binding.hasErrors()) {
            return "identity/password";
        }
        try {
            identity.changeOwnPassword(passwordForm.currentPassword(), passwordForm.newPassword());
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
            model.addAttribute("passwordForm", PasswordForm.empty());
            return "identity/password";
        }
        SessionPrincipal.replace(
                SessionPrincipal.current(authentication).passwordChanged(), authentication, request, response);
        return "redirect:/account/password?changed";
    }
}
