package vn.edu.ecenter.gradebook.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.gradebook.DigitalRecords;
import vn.edu.ecenter.gradebook.DigitalRecords.Missing;
import vn.edu.ecenter.gradebook.DigitalRecords.RecordState;
import vn.edu.ecenter.gradebook.DigitalRecords.Stage;
import vn.edu.ecenter.gradebook.DigitalRecords.Step;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.LearnerYear;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.internal.ResultsReads.ClassData;
import vn.edu.ecenter.gradebook.internal.ResultsReads.Loaded;
import vn.edu.ecenter.gradebook.prints.OfficialPrints;
import vn.edu.ecenter.gradebook.prints.SchoolRecord;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.LearningResult;
import vn.edu.ecenter.gradebook.rules.Programme;
import vn.edu.ecenter.gradebook.rules.RuleSet;
import vn.edu.ecenter.gradebook.rules.RuleSets;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.signing.SignDocument;
import vn.edu.ecenter.platform.signing.SignRequest;
import vn.edu.ecenter.platform.signing.SignedDocument;
import vn.edu.ecenter.platform.signing.SignedDocuments;
import vn.edu.ecenter.platform.signing.Signer;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The steps of the học bạ số for one learner and class, each in its own transaction: the state computed from the
 * results and the recorded steps ({@code gradebook.record_step}), and check, homeroom signature and director
 * signature, each refused (nothing written) unless the step before it is done and the caller may take it. Steps of one
 * learner are serialised on a transaction-scoped advisory lock, so a double click cannot sign twice.
 */
@Service
class RecordWorkflow {

    static final String CHECKED = "CHECKED";
    static final String HOMEROOM_SIGNED = "HOMEROOM_SIGNED";
    static final String DIRECTOR_SIGNED = "DIRECTOR_SIGNED";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final ResultsReads reads;
    private final Attendance attendance;
    private final SchoolRecords records;
    private final OfficialPrints prints;
    private final SignedDocuments documents;
    private final AuditTrail audit;
    private final MessageSource messages;

    RecordWorkflow(
            JdbcClient jdbc,
            ResultsReads reads,
            Attendance attendance,
            SchoolRecords records,
            OfficialPrints prints,
            SignedDocuments documents,
            AuditTrail audit,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.attendance = attendance;
        this.records = records;
        this.prints = prints;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- reading

    /** A class with its learners' years as the học bạ prints them. */
    record ClassYears(ClassData schoolClass, List<LearnerYear> years, Map<UUID, String> particulars) {

        /** The page-1 digest of a learner of the class (see {@link ResultsReads.Member#particulars}). */
        String particularsOf(UUID learnerId) {
            return particulars.getOrDefault(learnerId, "");
        }
    }

    ClassYears classYears(UUID classId) {
        return classYears(classId, null);
    }

    /**
     * A class's years; with a learner, only the days absent of that learner are counted (what a learner or guardian
     * may read). Both count the same days: the learner's school year, over every class of that year.
     */
    ClassYears classYears(UUID classId, @Nullable UUID learnerId) {
        Loaded loaded = reads.load(List.of(classId));
        ClassData schoolClass = loaded.classes().stream()
                .filter(c -> c.id().equals(classId))
                .findFirst()
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "gradebook.class.notFound"));
        RuleSet rules = RuleSets.forClass(
                        Programme.GDTX,
                        schoolClass.grade(),
                        schoolClass.schoolYearStart().getYear())
                .orElseThrow(() -> GradebookRejection.of(
                        Kind.CONFLICT, "gradebook.rules.none", schoolClass.grade(), schoolClass.schoolYearName()));
        Map<UUID, AbsenceCount> absences = learnerId == null
                ? attendance.classAbsences(classId)
                : Map.of(learnerId, attendance.absenceDays(learnerId, schoolClass.schoolYearId()));
        Map<UUID, String> particulars = new HashMap<>();
        loaded.members()
                .getOrDefault(classId, List.of())
                .forEach(member -> particulars.put(member.learner().id(), member.particulars()));
        return new ClassYears(schoolClass, ResultsService.years(loaded, schoolClass, rules, absences), particulars);
    }

    /** A class's learners' states, and whether the reader is its homeroom teacher. */
    record ClassView(ClassYears data, List<RecordState> states, boolean homeroom) {}

    /** The class's records in one read-only transaction (the centre scope applies inside transactions). */
    @Transactional(readOnly = true)
    ClassView view(UUID classId) {
        ClassYears data = classYears(classId);
        UUID me = reads.staffOf(Callers.accountId()).orElse(null);
        return new ClassView(data, states(data), data.schoolClass().ledBy(me));
    }

    /** Every learner's state in a class, in class-list order. */
    List<RecordState> states(ClassYears data) {
        Map<UUID, List<StepRow>> steps = steps(data.schoolClass().id(), null);
        return data.years().stream()
                .map(year -> state(
                        data.schoolClass(),
                        year,
                        data.particularsOf(year.learnerId()),
                        steps.getOrDefault(year.learnerId(), List.of())))
                .toList();
    }

    RecordState state(ClassYears data, UUID learnerId) {
        LearnerYear year = data.years().stream()
                .filter(y -> y.learnerId().equals(learnerId))
                .findFirst()
                .orElseThrow(() -> GradebookRejection.of(
                        Kind.NOT_FOUND,
                        "results.learner.notInClass",
                        data.schoolClass().name()));
        return state(
                data.schoolClass(),
                year,
                data.particularsOf(learnerId),
                steps(data.schoolClass().id(), learnerId).getOrDefault(learnerId, List.of()));
    }

    /** A recorded step, with the number of the version a signature made. */
    record StepRow(
            UUID learnerId,
            String step,
            String fingerprint,
            @Nullable UUID documentId,
            @Nullable Integer version,
            Step done) {}

    private Map<UUID, List<StepRow>> steps(UUID classId, @Nullable UUID learnerId) {
        Map<UUID, List<StepRow>> steps = new HashMap<>();
        jdbc.sql("""
                        SELECT s.learner_id, s.step, s.fingerprint, s.document_id, d.version,
                               s.done_by, s.done_by_name, s.done_at
                        FROM gradebook.record_step s
                        LEFT JOIN platform.signed_document d ON d.centre_id = s.centre_id AND d.id = s.document_id
                        WHERE s.class_id = ? AND (?::uuid IS NULL OR s.learner_id = ?::uuid)
                        ORDER BY s.done_at, s.id
                        """).params(classId, learnerId, learnerId).query(rs -> {
            StepRow row = stepRow(rs);
            steps.computeIfAbsent(row.learnerId(), k -> new ArrayList<>()).add(row);
        });
        return steps;
    }

    private static StepRow stepRow(ResultSet rs) throws SQLException {
        int version = rs.getInt("version");
        return new StepRow(
                rs.getObject("learner_id", UUID.class),
                rs.getString("step"),
                rs.getString("fingerprint"),
                rs.getObject("document_id", UUID.class),
                rs.wasNull() ? null : version,
                new Step(
                        rs.getString("done_by"),
                        rs.getString("done_by_name"),
                        rs.getTimestamp("done_at").toInstant()));
    }

    /**
     * Where a learner's year stands. The current round is the run of steps at the end whose fingerprint is that of
     * the results now, from its check on; when the last step's fingerprint differs, the results changed after it and
     * the record starts again from "complete" (or "incomplete").
     */
    static RecordState state(ClassData schoolClass, LearnerYear year, String particulars, List<StepRow> steps) {
        String fingerprint = fingerprint(year, particulars);
        List<Missing> missing = missing(year);
        boolean everSigned = steps.stream().anyMatch(s -> !s.step().equals(CHECKED));
        Stage stage;
        Step checked = null;
        Step homeroom = null;
        Step director = null;
        Integer version = null;
        boolean changedAfterSigning = false;
        boolean changedAfterCheck = false;
        StepRow last = steps.isEmpty() ? null : steps.getLast();
        if (last != null && last.fingerprint().equals(fingerprint)) {
            int start = steps.size() - 1;
            while (start > 0
                    && steps.get(start - 1).fingerprint().equals(fingerprint)
                    && !steps.get(start).step().equals(CHECKED)) {
                start--;
            }
            for (StepRow row : steps.subList(start, steps.size())) {
                switch (row.step()) {
                    case CHECKED -> checked = row.done();
                    case HOMEROOM_SIGNED -> {
                        homeroom = row.done();
                        version = row.version();
                    }
                    default -> {
                        director = row.done();
                        version = row.version();
                    }
                }
            }
            stage = switch (last.step()) {
                case CHECKED -> Stage.CHECKED;
                case HOMEROOM_SIGNED -> Stage.SIGNED_BY_HOMEROOM;
                default -> Stage.SIGNED_BY_DIRECTOR;
            };
        } else {
            stage = missing.isEmpty() ? Stage.COMPLETE : Stage.INCOMPLETE;
            changedAfterSigning = everSigned;
            changedAfterCheck = last != null && !everSigned;
        }
        return new RecordState(
                schoolClass.id(),
                schoolClass.name(),
                schoolClass.schoolYearName(),
                year.learnerId(),
                year.code(),
                year.name(),
                stage,
                missing,
                changedAfterSigning,
                changedAfterCheck,
                checked,
                homeroom,
                director,
                version);
    }

    /**
     * What the year still lacks before its học bạ page can be checked: each subject's year result (named by the
     * semester whose marks are missing), the re-test marks due, the conduct of both semesters and the year-end
     * decision.
     */
    static List<Missing> missing(LearnerYear year) {
        List<Missing> missing = new ArrayList<>();
        if (year.subjects().isEmpty()) {
            missing.add(new Missing("hocba.missing.subjects", List.of()));
        }
        for (LearnerYear.Subject subject : year.subjects()) {
            if (!subject.first().isComplete()) {
                missing.add(new Missing("hocba.missing.semester", List.of(subject.name(), "I")));
            }
            if (!subject.second().isComplete()) {
                missing.add(new Missing("hocba.missing.semester", List.of(subject.name(), "II")));
            }
            if (subject.first().isComplete()
                    && subject.second().isComplete()
                    && !subject.yearAtYearEnd().isComplete()) {
                missing.add(new Missing("hocba.missing.year", List.of(subject.name())));
            }
            if (year.retestSubjects().contains(subject.code()) && subject.retest() == null) {
                missing.add(new Missing("hocba.missing.retest", List.of(subject.name())));
            }
        }
        if (year.first().conduct() == null) {
            missing.add(new Missing("hocba.missing.conduct", List.of("I")));
        }
        if (year.second().conduct() == null) {
            missing.add(new Missing("hocba.missing.conduct", List.of("II")));
        }
        if (year.decision() == null) {
            missing.add(new Missing("hocba.missing.decision", List.of()));
        }
        return missing;
    }

    /**
     * The SHA-256 of the year as the học bạ prints it: page 1's particulars (their digest), the learner, the class, every subject's semester and year
     * results, re-test mark and remark, learning and conduct of each period, days absent, the decision and the homeroom
     * teacher's remark. Any change of one
     * of them after a step makes that step out of date.
     */
    static String fingerprint(LearnerYear year, String particulars) {
        StringBuilder text = new StringBuilder();
        text.append("page1|").append(particulars).append('\n');
        text.append("learner|")
                .append(year.learnerId())
                .append('|')
                .append(year.code())
                .append('|')
                .append(year.name().fullName())
                .append('\n');
        text.append("class|")
                .append(year.classId())
                .append('|')
                .append(year.className())
                .append('|')
                .append(year.grade())
                .append('|')
                .append(year.schoolYearName())
                .append('|')
                .append(year.ruleSetId())
                .append('\n');
        for (LearnerYear.Subject subject : year.subjects()) {
            text.append("subject|")
                    .append(subject.code())
                    .append('|')
                    .append(subject.name())
                    .append('|')
                    .append(subject.grading())
                    .append('|')
                    .append(result(subject.first()))
                    .append('|')
                    .append(result(subject.second()))
                    .append('|')
                    .append(result(subject.yearAtYearEnd()))
                    .append('|')
                    .append(subject.retest() == null ? "-" : subject.retest().display())
                    .append('\n');
            // A remark line only when there is a remark.
            if (subject.remark() != null) {
                text.append("remark|")
                        .append(subject.code())
                        .append('|')
                        .append(subject.remark())
                        .append('\n');
            }
        }
        if (year.homeroomRemark() != null) {
            text.append("homeroom-remark|").append(year.homeroomRemark()).append('\n');
        }
        for (LearnerYear.Standing standing : List.of(year.first(), year.second(), year.year())) {
            text.append("standing|")
                    .append(learning(standing.learning()))
                    .append('|')
                    .append(
                            standing.conduct() == null
                                    ? "-"
                                    : standing.conduct().name())
                    .append('\n');
        }
        AbsenceCount absences = year.absences();
        text.append("absences|")
                .append(
                        absences == null
                                ? "-"
                                : absences.excused().stripTrailingZeros().toPlainString())
                .append('|')
                .append(
                        absences == null
                                ? "-"
                                : absences.unexcused().stripTrailingZeros().toPlainString())
                .append('\n');
        Decision decision = year.decision();
        text.append("decision|")
                .append(decision == null ? "-" : decision.name())
                .append('|')
                .append(String.join(",", year.retestSubjects()))
                .append('\n');
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String result(SubjectResult result) {
        return switch (result) {
            case SubjectResult.Average average -> average.value().display();
            case SubjectResult.Commented commented -> commented.value().display();
            case SubjectResult.Incomplete incomplete -> "-";
        };
    }

    private static String learning(LearningResult result) {
        return result instanceof LearningResult.Classified classified
                ? classified.rating().name()
                : "-";
    }

    // ---------------------------------------------------------------- the steps

    /** The director records the check of a complete year. */
    @Transactional
    RecordState check(UUID classId, UUID learnerId) {
        if (!Callers.director()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "hocba.forbidden.check");
        }
        lock(learnerId);
        ClassYears data = classYears(classId);
        RecordState state = state(data, learnerId);
        switch (state.stage()) {
            case INCOMPLETE ->
                throw GradebookRejection.of(
                        Kind.CONFLICT,
                        "hocba.refused.incomplete",
                        state.name().fullName(),
                        state.missing().size(),
                        state.missing().getFirst().message());
            case COMPLETE -> {}
            default ->
                throw GradebookRejection.of(
                        Kind.CONFLICT,
                        "hocba.refused.alreadyChecked",
                        state.name().fullName());
        }
        LearnerYear year = yearOf(data, learnerId);
        insert(classId, learnerId, CHECKED, fingerprint(year, data.particularsOf(learnerId)), null);
        audit.record(AuditRecord.of("hocBa.checked", "learner", learnerId.toString())
                .values(null, values(data.schoolClass(), null)));
        return state(data, learnerId);
    }

    /** The homeroom teacher of the class signs the checked học bạ as a new version. */
    @Transactional
    RecordState signAsHomeroom(UUID classId, UUID learnerId) {
        lock(learnerId);
        ClassYears data = classYears(classId);
        ClassData schoolClass = data.schoolClass();
        UUID me = reads.staffOf(Callers.accountId()).orElse(null);
        if (!schoolClass.ledBy(me)) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "hocba.forbidden.homeroom", schoolClass.name());
        }
        RecordState state = state(data, learnerId);
        switch (state.stage()) {
            case INCOMPLETE, COMPLETE ->
                throw GradebookRejection.of(
                        Kind.CONFLICT, "hocba.refused.notChecked", state.name().fullName());
            case CHECKED -> {}
            default ->
                throw GradebookRejection.of(
                        Kind.CONFLICT,
                        "hocba.refused.alreadySigned",
                        state.name().fullName());
        }
        // The whole học bạ as it stands, signed as this year's version (the rights were decided above: this year's
        // homeroom teacher signs it even when the learner has moved on to another class since).
        SchoolRecord record = records.learnerRecord(learnerId, false);
        String file = messages.getMessage(
                "hocba.file.year",
                new Object[] {record.learner().name().fullName(), schoolClass.name(), schoolClass.schoolYearName()},
                VIETNAMESE);
        byte[] content = prints.schoolRecord(record);
        SignedDocument version = platform(() -> documents.sign(
                new SignDocument(DigitalRecords.KIND, DigitalRecords.recordOf(learnerId, classId), file, content),
                request("hocba.reason.homeroom", schoolClass)));
        insert(
                classId,
                learnerId,
                HOMEROOM_SIGNED,
                fingerprint(yearOf(data, learnerId), data.particularsOf(learnerId)),
                version.id());
        audit.record(AuditRecord.of("hocBa.signedByHomeroom", "learner", learnerId.toString())
                .values(null, values(schoolClass, version)));
        return state(data, learnerId);
    }

    /** The director countersigns the version the homeroom teacher signed, which must still be the latest. */
    @Transactional
    RecordState signAsDirector(UUID classId, UUID learnerId) {
        if (!Callers.director()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "hocba.forbidden.director");
        }
        lock(learnerId);
        ClassYears data = classYears(classId);
        RecordState state = state(data, learnerId);
        switch (state.stage()) {
            case INCOMPLETE, COMPLETE, CHECKED ->
                throw GradebookRejection.of(
                        Kind.CONFLICT,
                        "hocba.refused.noHomeroomSignature",
                        state.name().fullName());
            case SIGNED_BY_HOMEROOM -> {}
            default ->
                throw GradebookRejection.of(
                        Kind.CONFLICT,
                        "hocba.refused.alreadySigned",
                        state.name().fullName());
        }
        List<StepRow> steps = steps(classId, learnerId).getOrDefault(learnerId, List.of());
        UUID signed = steps.getLast().documentId();
        SignedDocument latest = documents
                .latest(DigitalRecords.KIND, DigitalRecords.recordOf(learnerId, classId))
                .orElseThrow();
        if (signed == null || !latest.id().equals(signed)) {
            throw GradebookRejection.of(
                    Kind.CONFLICT, "hocba.refused.superseded", state.name().fullName(), latest.version());
        }
        SignedDocument version =
                platform(() -> documents.countersign(signed, request("hocba.reason.director", data.schoolClass())));
        insert(
                classId,
                learnerId,
                DIRECTOR_SIGNED,
                fingerprint(yearOf(data, learnerId), data.particularsOf(learnerId)),
                version.id());
        audit.record(AuditRecord.of("hocBa.signedByDirector", "learner", learnerId.toString())
                .values(null, values(data.schoolClass(), version)));
        return state(data, learnerId);
    }

    /** Whether a version carries a director's signature of a school year (made by {@link #signAsDirector}). */
    boolean official(UUID versionId) {
        return jdbc.sql("SELECT count(*) FROM gradebook.record_step WHERE document_id = ? AND step = ?")
                        .params(versionId, DIRECTOR_SIGNED)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    // ---------------------------------------------------------------- helpers

    @Transactional(readOnly = true)
    @Nullable
    String staffName(@Nullable UUID staffId) {
        return reads.staffName(staffId).orElse(null);
    }

    private static LearnerYear yearOf(ClassYears data, UUID learnerId) {
        return data.years().stream()
                .filter(y -> y.learnerId().equals(learnerId))
                .findFirst()
                .orElseThrow();
    }

    private void lock(UUID learnerId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('gradebook.hoc-ba:' || ?, 0))")
                .param(learnerId.toString())
                .query((rs, n) -> 1)
                .list();
    }

    private void insert(UUID classId, UUID learnerId, String step, String fingerprint, @Nullable UUID documentId) {
        SignedInUser user = user();
        jdbc.sql("""
                        INSERT INTO gradebook.record_step (centre_id, id, class_id, learner_id, step, fingerprint,
                                                           document_id, done_by, done_by_name, done_at)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                        """)
                .params(
                        UUID.randomUUID(),
                        classId,
                        learnerId,
                        step,
                        fingerprint,
                        documentId,
                        user.username(),
                        user.fullName())
                .update();
    }

    private SignRequest request(String reasonKey, ClassData schoolClass) {
        SignedInUser user = user();
        String[] centre = reads.centreNameAndAddress().orElse(new String[] {"", ""});
        String reason = messages.getMessage(
                reasonKey, new Object[] {schoolClass.name(), schoolClass.schoolYearName()}, VIETNAMESE);
        String location = centre[1].isBlank() ? centre[0] : centre[1];
        return new SignRequest(
                new Signer(user.username(), user.fullName(), centre[0].isBlank() ? null : centre[0]), reason, location);
    }

    private static Map<String, Object> values(ClassData schoolClass, @Nullable SignedDocument version) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("class", schoolClass.name());
        values.put("schoolYear", schoolClass.schoolYearName());
        if (version != null) {
            values.put("documentId", version.id());
            values.put("version", version.version());
        }
        return values;
    }

    static SignedInUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw GradebookRejection.of(Kind.FORBIDDEN, "hocba.forbidden.signIn");
    }

    /** A platform refusal (no key, signing not configured, a superseded version) as the gradebook's. */
    static <T> T platform(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (Rejected e) {
            Kind kind =
                    switch (e.status()) {
                        case 404 -> Kind.NOT_FOUND;
                        case 409 -> Kind.CONFLICT;
                        default -> Kind.INVALID;
                    };
            throw GradebookRejection.of(
                    kind,
                    "hocba.refused.platform",
                    new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments(), e.messageKey()));
        }
    }
}
