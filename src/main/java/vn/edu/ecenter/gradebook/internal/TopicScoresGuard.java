package vn.edu.ecenter.gradebook.internal;

import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.ClassTopicsChanging;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Keeps learning-topic scores where they were entered. A topic's ĐĐGtx is the column after the subject's own ĐĐGtx in
 * the order of the class's topics (TT 43/2021 Art. 9.1), so changing the topics of a subject that already has a topic
 * score in the class would move scores to another topic's column or drop them from the average without a word. Such a
 * change is refused, in the transaction that makes it, naming the subject, the class and how many scores are in the
 * way; a subject without topic scores changes freely.
 */
@Component
class TopicScoresGuard {

    private final SheetReads reads;
    private final JdbcClient jdbc;

    TopicScoresGuard(SheetReads reads, JdbcClient jdbc) {
        this.reads = reads;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClassTopicsChanging change) {
        for (UUID subjectId : change.subjectIds()) {
            SheetHeader header =
                    reads.header(change.classId(), subjectId, 1, null).orElse(null);
            if (header == null) {
                continue;
            }
            int own = GradebookService.rules(header.schoolClass())
                    .plan(header.grading(), Math.max(1, header.periodsPerYear()), 0)
                    .subjectRegularCount();
            int scored = jdbc.sql("""
                            SELECT count(*) FROM gradebook.score
                            WHERE class_id = ? AND subject_id = ? AND kind = 'TX' AND idx > ?
                              AND (score IS NOT NULL OR level IS NOT NULL)
                            """)
                    .params(change.classId(), subjectId, own)
                    .query(Integer.class)
                    .single();
            if (scored > 0) {
                throw Rejected.conflict(
                        "gradebook.topics.scored",
                        header.subjectName(),
                        header.schoolClass().className(),
                        scored);
            }
        }
    }
}
