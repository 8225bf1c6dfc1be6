package vn.edu.ecenter.home.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.centres.SemesterView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.web.NavigationEntry;

/**
 * What the home page shows.
 *
 * @param role the role whose home this is (the user's first role in {@link Role} order)
 * @param semester the semester today falls in, if any
 * @param week today's week of that semester (1-based)
 */
record HomeView(
        SignedInUser user,
        Role role,
        @Nullable String centreName,
        LocalDate today,
        @Nullable SchoolYearView schoolYear,
        @Nullable SemesterView semester,
        int week,
        List<NavigationEntry> links) {

    static HomeView of(
            SignedInUser user,
            @Nullable String centreName,
            LocalDate today,
            Optional<SchoolYearView> schoolYear,
            List<NavigationEntry> links) {
        Role role = user.roles().stream().sorted().findFirst().orElse(Role.LEARNER);
        SemesterView semester = schoolYear
                .flatMap(year -> year.semesters().stream()
                        .filter(s -> !today.isBefore(s.startsOn()) && !today.isAfter(s.endsOn()))
                        .findFirst())
                .orElse(null);
        int week = semester == null ? 0 : (int) ChronoUnit.WEEKS.between(semester.startsOn(), today) + 1;
        return new HomeView(user, role, centreName, today, schoolYear.orElse(null), semester, week, links);
    }
}
