package vn.edu.ecenter.home.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

    private final Centres centres;
    private final BusinessClock clock;

    HomeController(Centres centres, BusinessClock clock) {
        this.centres = centres;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("navigation") List<NavigationEntry> links,
            Model model) {
        var centre = user.centreId().flatMap(centres::centre);
        var schoolYear = centre.isPresent()
                ? centres.currentSchoolYear()
                : java.util.Optional.<vn.edu.ecenter.centres.SchoolYearView>empty();
        model.addAttribute(
                "home", HomeView.of(user, centre.map(CentreView::name).orElse(null), clock.today(), schoolYear, links));
        return "home/index";
    }
}
