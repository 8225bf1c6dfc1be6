package vn.edu.ecenter.people.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.edu.ecenter.people.People;

/** A guardian's own children ("con của tôi"), or a learner's own record. */
@Controller
class MyChildrenController {

    private final People people;

    MyChildrenController(People people) {
        this.people = people;
    }

    @GetMapping("/my/learners")
    @PreAuthorize("hasAnyRole('GUARDIAN', 'LEARNER')")
    String mine(Model model) {
        model.addAttribute("learners", people.ownLearners());
        return "people/my-learners";
    }
}
