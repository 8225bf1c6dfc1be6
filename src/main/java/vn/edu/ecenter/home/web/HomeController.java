package vn.edu.ecenter.home.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Navigation;

@Controller
@PreAuthorize("isAuthenticated()")
class HomeController {

    private final Centres centres;
    private final BusinessClock clock;
    private final Navigation navigation;

    HomeController(Centres centres, BusinessClock clock, Navigation navigation) {
        this.centres = centres;
        this.clock = clock;
        this.navigation = navigation;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        // Outside a centre (a system administrator at system level) there is no centre and, by row-level security,
        // no school year either.
        var centreName = user.centreId().flatMap(centres::centre).map(CentreView::name);
        model.addAttribute(
                "home",
                HomeView.of(
                        user,
                        centreName.orElse(null),
                        clock.today(),
                        centres.currentSchoolYear(),
                        navigation.visibleToCurrentUser()));
        return "home/index";
    }
}
