package vn.edu.ecenter.identity.web;

import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** The account list of the current centre: create accounts and reset passwords. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('DIRECTOR', 'SYSTEM_ADMIN')")
class AccountsController {

    private final Identity identity;
    private final Messages messages;

    AccountsController(Identity identity, Messages messages) {
        this.identity = identity;
        this.messages = messages;
    }

    @ModelAttribute("assignableRoles")
    Set<Role> assignableRoles() {
        return AccountForm.ASSIGNABLE;
    }

    @GetMapping
    String list(Model model) {
        if (CurrentUser.centre().isEmpty()) {
            return "identity/choose-centre";
        }
        model.addAttribute("accounts", identity.accountsOfCurrentCentre());
        model.addAttribute("accountForm", AccountForm.empty());
        return "identity/accounts";
    }

    /**
     * Post/redirect/get: the temporary password travels to the next page as a flash attribute and is shown once; a
     * reload of that page does not create or reset again.
     */
    @PostMapping
    String create(@Valid AccountForm accountForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                redirect.addFlashAttribute("issued", identity.createAccount(accountForm.toCommand()));
                return "redirect:/admin/accounts";
            } catch (Rejected e) {
                model.addAttribute("error", messages.text(e));
            }
        }
        model.addAttribute("accounts", identity.accountsOfCurrentCentre());
        return "identity/accounts";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", identity.resetPassword(id, reason));
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/admin/accounts";
    }
}
