package vn.edu.ecenter.gradebook.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.ClassResults;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.rules.SubjectResult;

/**
 * The class summary as JSON (GET /api/v1/gradebook/classes/{classId}/summary?period=HK1|HK2|CN): per learner each
 * subject's average as the books print it ("8,5", "Đ", "CĐ"; null until complete), the learning result and conduct
 * ("TOT" | "KHA" | "DAT" | "CHUA_DAT"; null until complete), the days absent and, for CN, the decision.
 */
final class ResultsJson {

    private ResultsJson() {}

    record Summary(
            UUID classId,
            String className,
            String schoolYear,
            String period,
            String ruleSet,
            boolean wholeClass,
            List<Subject> subjects,
            List<Learner> learners) {}

    record Subject(UUID subjectId, String code, String name, String grading) {}

    record Learner(
            UUID learnerId,
            int number,
            String code,
            String fullName,
            List<Average> subjects,
            @Nullable String learningResult,
            @Nullable String conduct,
            @Nullable DaysAbsent daysAbsent,
            @Nullable String decision,
            List<String> retestSubjects) {}

    record Average(UUID subjectId, String code, @Nullable String average) {}

    record DaysAbsent(BigDecimal excused, BigDecimal unexcused, BigDecimal total) {}

    static Summary of(ClassResults results) {
        List<Learner> learners = new ArrayList<>();
        for (ClassResults.Row row : results.rows()) {
            List<Average> averages = new ArrayList<>();
            for (int i = 0; i < results.subjects().size(); i++) {
                SubjectResult result = row.results().get(i);
                if (result != null) {
                    ClassResults.Subject subject = results.subjects().get(i);
                    averages.add(new Average(subject.id(), subject.code(), display(result)));
                }
            }
            AbsenceCount absences = row.absences();
            learners.add(new Learner(
                    row.learnerId(),
                    row.number(),
                    row.code(),
                    row.name().fullName(),
                    averages,
                    row.learning() == null ? null : row.learning().name(),
                    row.conduct() == null ? null : row.conduct().name(),
                    absences == null
                            ? null
                            : new DaysAbsent(absences.excused(), absences.unexcused(), absences.total()),
                    row.decision() == null ? null : row.decision().name(),
                    row.retestSubjects()));
        }
        return new Summary(
                results.classId(),
                results.className(),
                results.schoolYearName(),
                results.period().name(),
                results.ruleSetId(),
                results.wholeClass(),
                results.subjects().stream()
                        .map(s -> new Subject(
                                s.id(), s.code(), s.name(), s.grading().name()))
                        .toList(),
                learners);
    }

    static @Nullable String display(@Nullable SubjectResult result) {
        return switch (result) {
            case null -> null;
            case SubjectResult.Average a -> a.value().display();
            case SubjectResult.Commented c -> c.value().display();
            case SubjectResult.Incomplete i -> null;
        };
    }
}
