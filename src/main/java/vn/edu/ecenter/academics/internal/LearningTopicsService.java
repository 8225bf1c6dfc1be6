package vn.edu.ecenter.academics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.ClassTopicsChanging;
import vn.edu.ecenter.academics.LearningTopicView;
import vn.edu.ecenter.academics.LearningTopics;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/** The learning topics and the classes' selections in SQL; every change is in the audit trail. */
@Service
@Transactional(readOnly = true)
class LearningTopicsService implements LearningTopics {

    private static final String COLUMNS = """
            SELECT t.id, t.code, t.name, s.id AS subject_id, s.code AS subject_code, s.name AS subject_name
            FROM academics.learning_topic t
            JOIN academics.subject s ON s.centre_id = t.centre_id AND s.id = t.subject_id
            """;

    private static final String ORDER = " ORDER BY s.position, s.code, t.position, t.code";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    LearningTopicsService(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @PreAuthorize(AcademicsService.STAFF)
    public List<LearningTopicView> learningTopics() {
        return jdbc.sql(COLUMNS + ORDER).query((rs, n) -> topic(rs)).list();
    }

    @Override
    @Transactional
    @PreAuthorize(AcademicsService.MANAGE)
    public LearningTopicView defineLearningTopic(String code, String name, String subjectCode) {
        String clean = code.strip().toUpperCase(Locale.ROOT);
        if (!clean.matches("[A-Z0-9_-]{1,20}")) {
            throw new Rejected("academics.topic.code.format", code);
        }
        String cleanName = VietnameseText.clean(name);
        if (cleanName == null || cleanName.isBlank()) {
            throw new Rejected("academics.topic.name.required");
        }
        String subject = subjectCode.strip().toUpperCase(Locale.ROOT);
        UUID subjectId = jdbc.sql("SELECT id FROM academics.subject WHERE code = ? AND active AND kind <> 'TOPIC'")
                .param(subject)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new Rejected("academics.topic.subject.unknown", subjectCode));
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO academics.learning_topic (centre_id, id, code, name, subject_id)
                    VALUES (platform.current_centre(), ?, ?, ?, ?)
                    """).params(id, clean, cleanName, subjectId).update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("academics.topic.code.taken", clean);
        }
        audit.record(AuditRecord.of("learningTopic.defined", "learning_topic", id.toString())
                .values(null, Map.of("code", clean, "name", cleanName, "subject", subject)));
        return jdbc.sql(COLUMNS + " WHERE t.id = ?")
                .param(id)
                .query((rs, n) -> topic(rs))
                .single();
    }

    @Override
    @PreAuthorize(AcademicsService.READ_CLASSES)
    public List<LearningTopicView> classTopics(UUID classId) {
        checkClass(classId);
        return jdbc.sql(COLUMNS + """
                        JOIN academics.class_topic c ON c.centre_id = t.centre_id AND c.topic_id = t.id
                        WHERE c.class_id = ?""" + ORDER)
                .param(classId)
                .query((rs, n) -> topic(rs))
                .list();
    }

    @Override
    @Transactional
    @PreAuthorize(AcademicsService.MANAGE)
    public List<LearningTopicView> setClassTopics(UUID classId, List<String> topicCodes) {
        checkClass(classId);
        Map<String, LearningTopicView> known = new java.util.HashMap<>();
        learningTopics().forEach(topic -> known.put(topic.code(), topic));
        List<UUID> chosen = new ArrayList<>();
        for (String code : topicCodes) {
            String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            LearningTopicView topic = known.get(clean);
            if (topic == null) {
                throw new Rejected("academics.topic.unknown", code == null ? "" : code);
            }
            if (!chosen.contains(topic.id())) {
                chosen.add(topic.id());
            }
        }
        List<LearningTopicView> was = classTopics(classId);
        List<String> before = was.stream().map(LearningTopicView::code).toList();
        jdbc.sql("DELETE FROM academics.class_topic WHERE class_id = ?")
                .param(classId)
                .update();
        for (UUID topicId : chosen) {
            jdbc.sql("""
                    INSERT INTO academics.class_topic (centre_id, class_id, topic_id)
                    VALUES (platform.current_centre(), ?, ?)
                    """).params(classId, topicId).update();
        }
        List<LearningTopicView> after = classTopics(classId);
        Set<UUID> changed = changedSubjects(was, after);
        if (!changed.isEmpty()) {
            events.publishEvent(new ClassTopicsChanging(classId, changed));
        }
        audit.record(AuditRecord.of("class.topics", "school_class", classId.toString())
                .values(
                        Map.of("topics", before),
                        Map.of(
                                "topics",
                                after.stream().map(LearningTopicView::code).toList())));
        return after;
    }

    /** The subjects whose topics (in their order) differ between the two selections. */
    private static Set<UUID> changedSubjects(List<LearningTopicView> before, List<LearningTopicView> after) {
        Map<UUID, List<UUID>> was = new java.util.HashMap<>();
        before.forEach(
                t -> was.computeIfAbsent(t.subjectId(), k -> new ArrayList<>()).add(t.id()));
        Map<UUID, List<UUID>> now = new java.util.HashMap<>();
        after.forEach(
                t -> now.computeIfAbsent(t.subjectId(), k -> new ArrayList<>()).add(t.id()));
        Set<UUID> changed = new java.util.HashSet<>();
        for (UUID subject : java.util.stream.Stream.concat(was.keySet().stream(), now.keySet().stream())
                .toList()) {
            if (!was.getOrDefault(subject, List.of()).equals(now.getOrDefault(subject, List.of()))) {
                changed.add(subject);
            }
        }
        return changed;
    }

    private void checkClass(UUID classId) {
        boolean exists = jdbc.sql("SELECT count(*) FROM academics.school_class WHERE id = ?")
                        .param(classId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            throw Rejected.notFound("academics.class.notFound");
        }
    }

    private static LearningTopicView topic(ResultSet rs) throws SQLException {
        return new LearningTopicView(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_code"),
                rs.getString("subject_name"));
    }
}
