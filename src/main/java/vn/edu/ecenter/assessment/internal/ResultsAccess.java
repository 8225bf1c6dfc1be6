package vn.edu.ecenter.assessment.internal;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Who may see a test's results: the director and the teacher of the test's subject in its class manage them (mark
 * essays, publish, send scores to the gradebook); the class's homeroom teacher reads them; nobody else.
 */
@Component
class ResultsAccess {

    /** A test as its results page needs it, and whether the signed-in user manages its results. */
    record Seen(TestView test, SubjectView subject, String className, boolean manage) {}

    private final TestStore tests;
    private final QuestionBankService banks;
    private final Academics academics;

    ResultsAccess(TestStore tests, QuestionBankService banks, Academics academics) {
        this.tests = tests;
        this.banks = banks;
        this.academics = academics;
    }

    /** The test for a reader of its results; refused unless the user may read them (or manage, when asked). */
    Seen test(UUID testId, boolean toManage) {
        TestView test = tests.test(testId)
                .orElseThrow(() -> Rejected.notFound("onlineTest.error.testNotFound"))
                .view();
        UUID subjectId = banks.bankRow(test.bankId()).subjectId();
        SubjectView subject = academics.subjects().stream()
                .filter(s -> s.id().equals(subjectId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("onlineTest.error.testNotFound"));
        boolean manage = CurrentUser.hasRole("DIRECTOR")
                || (CurrentUser.hasRole("TEACHER") && academics.teaches(test.classId(), subject.code()));
        boolean read = manage || (CurrentUser.hasRole("TEACHER") && academics.isHomeroomTeacher(test.classId()));
        if (!read || (toManage && !manage)) {
            throw new AccessDeniedException("neither the director nor a teacher of the test's class and subject");
        }
        String className =
                academics.schoolClass(test.classId()).map(c -> c.name()).orElse("");
        return new Seen(test, subject, className, manage);
    }
}
