package vn.edu.ecenter.gradebook.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.TestScoresConfirmed;
import vn.edu.ecenter.assessment.TestScoresConfirmed.LearnerScore;
import vn.edu.ecenter.assessment.TestScoresTransferred;
import vn.edu.ecenter.assessment.TestScoresTransferred.Outcome;
import vn.edu.ecenter.assessment.TestScoresTransferred.Status;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.MarkInput;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.ScoreRow;
import vn.edu.ecenter.gradebook.ScoreSheet;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Score;

/**
 * Writes the scores of an online test into a ĐĐGtx column when a teacher confirms them ({@link TestScoresConfirmed}),
 * through the score book itself and so by its rules: as the signed-in teacher (only the assigned teacher writes), only
 * while the semester is open, all or nothing, each cell at the version read (a mark changed meanwhile is a conflict).
 * A mark already in the column is kept unless the teacher chose to overwrite it; the same mark is left alone. Answers
 * with {@link TestScoresTransferred}: what became of each score, or the book's own message when it refused.
 *
 * <p>Synchronous, in the teacher's request (ADR 0016): the book checks who writes from the signed-in user, and the
 * teacher sees the outcome at once. Not in a transaction of its own: each call to the book has its own, so a refusal
 * leaves nothing behind.
 */
@Component
class OnlineTestScores {

    /** At most this many item messages of a refusal are repeated to the teacher. */
    private static final int ITEMS_SHOWN = 5;

    private final Gradebook gradebook;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OnlineTestScores(Gradebook gradebook, MessageSource messages, ApplicationEventPublisher events) {
        this.gradebook = gradebook;
        this.messages = messages;
        this.events = events;
    }

    @EventListener
    void on(TestScoresConfirmed confirmed) {
        events.publishEvent(write(confirmed));
    }

    TestScoresTransferred write(TestScoresConfirmed confirmed) {
        ScoreSheet sheet;
        try {
            sheet = gradebook.sheet(confirmed.classId(), confirmed.subjectId(), confirmed.semester());
        } catch (GradebookRejection refused) {
            return refused(confirmed, refused);
        }
        MarkSlot slot = MarkSlot.regular(confirmed.column());
        Map<UUID, ScoreRow> rows = new HashMap<>();
        sheet.rows().forEach(row -> rows.put(row.learnerId(), row));
        List<Outcome> outcomes = new ArrayList<>();
        List<MarkInput> inputs = new ArrayList<>();
        for (LearnerScore score : confirmed.scores()) {
            ScoreRow row = rows.get(score.learnerId());
            if (row == null) {
                outcomes.add(new Outcome(score.learnerId(), Status.NOT_ON_SHEET, null));
                continue;
            }
            ScoreCell cell = row.cells().stream()
                    .filter(c -> c.slot().equals(slot))
                    .findFirst()
                    .orElse(null);
            @Nullable Mark mark = cell == null ? null : cell.mark();
            int version = cell == null ? 0 : cell.version();
            if (mark == null) {
                inputs.add(input(score, slot, version));
                outcomes.add(new Outcome(score.learnerId(), Status.WRITTEN, null));
            } else if (mark instanceof Score same && same.value().compareTo(score.score()) == 0) {
                outcomes.add(new Outcome(score.learnerId(), Status.UNCHANGED, mark.display()));
            } else if (!confirmed.overwrite()) {
                outcomes.add(new Outcome(score.learnerId(), Status.KEPT, mark.display()));
            } else {
                inputs.add(input(score, slot, version));
                outcomes.add(new Outcome(score.learnerId(), Status.OVERWRITTEN, mark.display()));
            }
        }
        if (!inputs.isEmpty()) {
            try {
                gradebook.save(confirmed.classId(), confirmed.subjectId(), confirmed.semester(), inputs);
            } catch (GradebookRejection refused) {
                return refused(confirmed, refused);
            }
        }
        return new TestScoresTransferred(confirmed.transferId(), null, outcomes);
    }

    private static MarkInput input(LearnerScore score, MarkSlot slot, int version) {
        return new MarkInput(
                score.learnerId(),
                slot.kind().name(),
                slot.index(),
                score.score().toPlainString(),
                version);
    }

    /** The book's refusal in the teacher's language, with the first items it names. */
    private TestScoresTransferred refused(TestScoresConfirmed confirmed, GradebookRejection refused) {
        var locale = LocaleContextHolder.getLocale();
        Set<String> parts = new LinkedHashSet<>();
        parts.add(messages.getMessage(refused.message(), locale));
        refused.items().stream()
                .limit(ITEMS_SHOWN)
                .forEach(item -> parts.add(messages.getMessage(item.message(), locale)));
        return new TestScoresTransferred(confirmed.transferId(), String.join(" ", parts), List.of());
    }
}
