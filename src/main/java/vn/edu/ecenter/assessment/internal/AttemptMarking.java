package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.internal.TestStore.AttemptRow;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Marking;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Marks a submitted attempt: each answer's share and points by {@link Marking} (the national exam's table for
 * four-statement questions), the total, and whether essays wait for a teacher. Also the cache of question versions,
 * which never change once written.
 */
@Component
class AttemptMarking {

    /** More versions than a centre's tests use at once; the cache is emptied when it grows past it. */
    private static final int CACHED_VERSIONS = 50_000;

    private final TestStore store;
    private final Marking marking = Marking.nationalExam();
    private final Map<String, Question> versions = new ConcurrentHashMap<>();

    AttemptMarking(TestStore store) {
        this.store = store;
    }

    Question question(UUID questionId, int version) {
        if (versions.size() > CACHED_VERSIONS) {
            versions.clear();
        }
        return versions.computeIfAbsent(questionId + ":" + version, k -> store.question(questionId, version));
    }

    Marking marking() {
        return marking;
    }

    /** Marks and submits an attempt the caller has locked and found open. */
    SubmitResult finish(AttemptRow attempt, Instant at, String how) {
        Map<UUID, Response> answers = store.answers(attempt.id());
        BigDecimal score = BigDecimal.ZERO;
        boolean awaiting = false;
        for (Paper.Entry entry : attempt.paper()) {
            Question question = question(entry.question(), entry.version());
            Response response = answers.get(entry.question());
            Optional<BigDecimal> share = marking.share(question.body(), response);
            if (share.isEmpty()) {
                awaiting |= response != null && question.body() instanceof Body.Essay;
            }
            BigDecimal points =
                    share.map(s -> Marking.points(s, entry.points())).orElse(null);
            if (response != null) {
                store.markAnswer(attempt.id(), entry.question(), share.orElse(null), points);
            }
            if (points != null) {
                score = score.add(points);
            }
        }
        store.submitted(attempt.id(), at, how, score, awaiting);
        return new SubmitResult(score, attempt.maxScore(), awaiting);
    }
}
