package vn.edu.ecenter.gradebook.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.ItemError;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.RemarkInput;
import vn.edu.ecenter.gradebook.RemarkLoading;
import vn.edu.ecenter.gradebook.RemarkSheet;
import vn.edu.ecenter.gradebook.Remarks;
import vn.edu.ecenter.gradebook.internal.SheetHeader.ClassHeader;
import vn.edu.ecenter.gradebook.internal.SheetReads.Learner;
import vn.edu.ecenter.gradebook.internal.SheetReads.Stored;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;

/**
 * The remarks of the score book ({@link Remarks}), stored in {@code gradebook.remark}: one row per learner and class for
 * a subject and semester, or for the year (subject and semester NULL). Rights and locks are decided from the same
 * headers as the marks; a save is validated whole, then written, and recorded in the audit trail with old and new text.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class RemarksService implements Remarks, RemarkLoading {

    private final SheetReads reads;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final BusinessClock clock;

    RemarksService(SheetReads reads, JdbcClient jdbc, AuditTrail audit, BusinessClock clock) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which remarks: a subject's in a semester, or the homeroom teacher's on the year (both null). */
    private record Scope(
            UUID classId,
            @Nullable UUID subjectId,
            @Nullable Integer semester) {

        String entityId() {
            return subjectId == null ? classId + "/year" : classId + "/" + subjectId + "/" + semester;
        }
    }

    @Override
    public RemarkSheet subjectRemarks(UUID classId, UUID subjectId, int semester) {
        SheetHeader header = reads.readableSheet(classId, subjectId, semester);
        List<Learner> learners = new ArrayList<>(reads.takers(header).values());
        learners.sort(SheetReads.CLASS_LIST_ORDER);
        return sheet(
                header.schoolClass(),
                new Scope(classId, subjectId, semester),
                header.subjectName(),
                header.mine() && !header.lock().locked(),
                learners);
    }

    @Override
    @Transactional
    public int saveSubjectRemarks(UUID classId, UUID subjectId, int semester, List<RemarkInput> remarks) {
        return saveSheet(reads.writableSheet(classId, subjectId, semester), learners -> remarks);
    }

    @Override
    public RemarkSheet homeroomRemarks(UUID classId) {
        ClassHeader header = yearHeader(classId);
        if (!Callers.director() && !header.homeroom()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "gradebook.forbidden.remarks", header.className());
        }
        return sheet(
                header,
                new Scope(classId, null, null),
                null,
                header.homeroom() && !header.lock().locked(),
                reads.classList(classId));
    }

    @Override
    @Transactional
    public int saveHomeroomRemarks(UUID classId, List<RemarkInput> remarks) {
        ClassHeader header = yearHeader(classId);
        if (!header.homeroom()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "gradebook.forbidden.remarksWrite", header.className());
        }
        if (header.lock().locked()) {
            throw GradebookService.locked(header);
        }
        return saveYear(header, learners -> remarks);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public int loadSubjectRemarks(UUID classId, UUID subjectId, int semester, Function<UUID, @Nullable String> text) {
        SheetHeader header = reads.sheet(classId, subjectId, semester);
        return saveSheet(header, learners -> missing(new Scope(classId, subjectId, semester), learners, text));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public int loadHomeroomRemarks(UUID classId, Function<UUID, @Nullable String> text) {
        return saveYear(yearHeader(classId), learners -> missing(new Scope(classId, null, null), learners, text));
    }

    /** Saves a sheet's subject remarks: those {@code inputs} makes from the learners who take the subject. */
    private int saveSheet(SheetHeader header, Function<Map<UUID, Learner>, List<RemarkInput>> inputs) {
        Map<UUID, Learner> learners = reads.takers(header);
        return save(
                new Scope(header.classId(), header.subjectId(), header.semester()),
                learners,
                inputs.apply(learners),
                (input, who) -> error(
                        input,
                        "gradebook.remark.notTaking",
                        who,
                        header.subjectName(),
                        header.schoolClass().className()),
                header.schoolClass().className(),
                header.subjectCode());
    }

    /** Saves the homeroom teacher's year remarks: those {@code inputs} makes from the learners of the class. */
    private int saveYear(ClassHeader header, Function<Map<UUID, Learner>, List<RemarkInput>> inputs) {
        Map<UUID, Learner> learners = new HashMap<>();
        reads.classList(header.classId()).forEach(learner -> learners.put(learner.id(), learner));
        return save(
                new Scope(header.classId(), null, null),
                learners,
                inputs.apply(learners),
                (input, who) -> error(input, "gradebook.remark.notInClass", who, header.className()),
                header.className(),
                null);
    }

    /** The remarks to load: one for each learner without a remark yet for whom {@code text} gives one. */
    private List<RemarkInput> missing(Scope scope, Map<UUID, Learner> learners, Function<UUID, @Nullable String> text) {
        Map<UUID, Stored> stored = stored(scope, false);
        List<RemarkInput> inputs = new ArrayList<>();
        for (UUID learner : learners.keySet()) {
            Stored now = stored.get(learner);
            String remark = now == null || now.text() == null ? text.apply(learner) : null;
            if (remark != null) {
                inputs.add(new RemarkInput(learner, remark, now == null ? 0 : now.version()));
            }
        }
        return inputs;
    }

    // ---------------------------------------------------------------- reading

    /** The class with semester II's lock, which closes the year. */
    private ClassHeader yearHeader(UUID classId) {
        return reads.classOf(classId, 2);
    }

    private RemarkSheet sheet(
            ClassHeader header, Scope scope, @Nullable String subjectName, boolean write, List<Learner> learners) {
        Map<UUID, Stored> stored = stored(scope, false);
        List<RemarkSheet.Row> rows = new ArrayList<>(learners.size());
        for (Learner learner : learners) {
            Stored remark = stored.get(learner.id());
            rows.add(new RemarkSheet.Row(
                    rows.size() + 1,
                    learner.id(),
                    learner.code(),
                    learner.name(),
                    remark == null ? null : remark.text(),
                    remark == null ? 0 : remark.version()));
        }
        return new RemarkSheet(
                header.classId(),
                header.className(),
                header.schoolYearName(),
                scope.subjectId(),
                subjectName,
                scope.semester(),
                header.lock(),
                write,
                rows);
    }

    private Map<UUID, Stored> stored(Scope scope, boolean forUpdate) {
        return reads.remarks(scope.classId(), scope.subjectId(), scope.semester(), forUpdate);
    }

    // ---------------------------------------------------------------- writing

    /** The error for an item whose learner is not on the sheet, given the item and how to name the learner. */
    private interface Stranger {
        ItemError error(RemarkInput input, Object who);
    }

    private int save(
            Scope scope,
            Map<UUID, Learner> learners,
            List<RemarkInput> inputs,
            Stranger stranger,
            String className,
            @Nullable String subjectCode) {
        Map<UUID, Stored> current = stored(scope, true);
        Map<UUID, String> strangers = reads.labels(inputs.stream()
                .map(RemarkInput::learnerId)
                .filter(id -> id != null && !learners.containsKey(id))
                .toList());
        List<ItemError> errors = new ArrayList<>();
        List<ItemError> conflicts = new ArrayList<>();
        Map<UUID, @Nullable String> changes = new LinkedHashMap<>();
        for (RemarkInput input : inputs) {
            Learner learner = input.learnerId() == null ? null : learners.get(input.learnerId());
            if (learner == null) {
                errors.add(stranger.error(
                        input,
                        input.learnerId() == null
                                ? ""
                                : strangers.getOrDefault(
                                        input.learnerId(), input.learnerId().toString())));
                continue;
            }
            String who = GradebookService.label(learner);
            if (changes.containsKey(learner.id())) {
                errors.add(error(input, "gradebook.remark.duplicate", who));
                continue;
            }
            @Nullable String text = normalised(input.text());
            if (text != null && text.chars().anyMatch(Character::isISOControl)) {
                errors.add(error(input, "gradebook.remark.control", who));
                continue;
            }
            if (text != null && text.codePointCount(0, text.length()) > MAX_LENGTH) {
                errors.add(error(
                        input, "gradebook.remark.tooLong", who, text.codePointCount(0, text.length()), MAX_LENGTH));
                continue;
            }
            Stored now = current.getOrDefault(learner.id(), new Stored(null, 0));
            if (Objects.equals(now.text(), text)) {
                continue;
            }
            if (input.version() != null && input.version() != now.version()) {
                conflicts.add(error(input, "gradebook.remark.conflict", who, now.text() == null ? "" : now.text()));
                continue;
            }
            changes.put(learner.id(), text);
        }
        GradebookService.refuseIfAny(errors, conflicts);
        if (changes.isEmpty()) {
            return 0;
        }
        String actor = CurrentUser.actor();
        Timestamp at = Timestamp.from(clock.instant());
        List<Map<String, Object>> before = new ArrayList<>();
        List<Map<String, Object>> after = new ArrayList<>();
        changes.forEach((learnerId, text) -> {
            Stored was = current.get(learnerId);
            // Only onto the version read: a remark first written meanwhile by somebody else is a conflict, not
            // overwritten.
            int written = jdbc.sql("""
                            INSERT INTO gradebook.remark (centre_id, class_id, subject_id, semester, learner_id, body,
                                                          version, changed_at, changed_by)
                            VALUES (platform.current_centre(), ?, ?, ?, ?, ?, 1, ?, ?)
                            ON CONFLICT (centre_id, class_id, learner_id, subject_id, semester) DO UPDATE
                              SET body = EXCLUDED.body, version = gradebook.remark.version + 1,
                                  changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by
                              WHERE gradebook.remark.version = ?
                            """)
                    .params(
                            scope.classId(),
                            new SqlParameterValue(Types.OTHER, scope.subjectId()),
                            new SqlParameterValue(Types.SMALLINT, scope.semester()),
                            learnerId,
                            new SqlParameterValue(Types.VARCHAR, text),
                            at,
                            actor,
                            was == null ? 0 : was.version())
                    .update();
            if (written == 0) {
                throw new GradebookRejection(
                        Kind.CONFLICT,
                        "gradebook.save.conflict",
                        List.of(error(
                                new RemarkInput(learnerId, text, null),
                                "gradebook.remark.conflictMeanwhile",
                                GradebookService.label(learners.get(learnerId)))),
                        1);
            }
            String code = learners.get(learnerId).code();
            before.add(Map.of("learner", code, "text", was == null || was.text() == null ? "" : was.text()));
            after.add(Map.of("learner", code, "text", text == null ? "" : text));
        });
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("class", className);
        if (subjectCode != null) {
            sheet.put("subject", subjectCode);
            sheet.put("semester", scope.semester());
        }
        Map<String, Object> oldValue = new LinkedHashMap<>(sheet);
        oldValue.put("remarks", before);
        Map<String, Object> newValue = new LinkedHashMap<>(sheet);
        newValue.put("remarks", after);
        audit.record(AuditRecord.of("gradebook.remarks.saved", "remarks", scope.entityId())
                .values(oldValue, newValue));
        return changes.size();
    }

    /** The text as stored: runs of spaces and line breaks made one space; blank is no remark. */
    static @Nullable String normalised(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String single = text.strip().replaceAll("[ \\t\\r\\n\\u00A0]+", " ");
        return single.isEmpty() ? null : single;
    }

    private static ItemError error(RemarkInput input, String key, Object... arguments) {
        return new ItemError(input.learnerId(), null, null, key, List.of(arguments), null);
    }
}
