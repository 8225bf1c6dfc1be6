package vn.edu.ecenter.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;

/** {@code GET /api/v1/learners?q=…}: search ignoring diacritics and case, by name, learner code or phone. */
@RestController
class LearnerApiController {

    /** One learner as the API shows them. */
    record LearnerJson(
            UUID id,
            String code,
            String familyName,
            String middleName,
            String givenName,
            String fullName,
            LocalDate birthDate) {

        static LearnerJson of(LearnerSummary learner) {
            return new LearnerJson(
                    learner.id(),
                    learner.code(),
                    learner.name().family(),
                    learner.name().middle(),
                    learner.name().given(),
                    learner.name().fullName(),
                    learner.birthDate());
        }
    }

    private final People people;

    LearnerApiController(People people) {
        this.people = people;
    }

    @GetMapping("/api/v1/learners")
    @PreAuthorize(LearnersController.STAFF)
    List<LearnerJson> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
        return people.searchLearners(q, Math.clamp(limit, 1, 100)).stream()
                .map(LearnerJson::of)
                .toList();
    }
}
