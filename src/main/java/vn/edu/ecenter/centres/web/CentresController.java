package vn.edu.ecenter.centres.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.CreateCentre;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** The system administrator's list of centres. */
@Controller
@RequestMapping("/admin/centres")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CentresController {

    private final Centres centres;
    private final Messages messages;

    CentresController(Centres centres, Messages messages) {
        this.centres = centres;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("centres", centres.allCentres());
        model.addAttribute("createCentre", new CreateCentre("", "", null, null, null));
        return "centres/list";
    }

    @PostMapping
    String create(@Valid CreateCentre createCentre, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var created = centres.createCentre(createCentre);
                redirect.addFlashAttribute("created", created.name());
                return "redirect:/admin/centres";
            } catch (Rejected e) {
                model.addAttribute("error", messages.text(e));
            }
        }
        model.addAttribute("centres", centres.allCentres());
        return "centres/list";
    }
}
