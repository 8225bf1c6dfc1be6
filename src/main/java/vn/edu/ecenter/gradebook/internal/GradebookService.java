package vn.edu.ecenter.gradebook.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.academics.TeachingView;
import vn.edu.ecenter.gradebook.BookEntry;
import vn.edu.ecenter.gradebook.ClassBook;
import vn.edu.ecenter.gradebook.ConductInput;
import vn.edu.ecenter.gradebook.ConductSheet;
import vn.edu.ecenter.gradebook.Correction;
import vn.edu.ecenter.gradebook.CorrectionRequest;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.ItemError;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.LockState;
import vn.edu.ecenter.gradebook.MarkChange;
import vn.edu.ecenter.gradebook.MarkInput;
import vn.edu.ecenter.gradebook.SavedMarks;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.ScoreLoading;
import vn.edu.ecenter.gradebook.ScoreRow;
import vn.edu.ecenter.gradebook.ScoreSheet;
import vn.edu.ecenter.gradebook.SheetImport;
import vn.edu.ecenter.gradebook.internal.MarkWriter.Key;
import vn.edu.ecenter.gradebook.internal.MarkWriter.Provenance;
import vn.edu.ecenter.gradebook.internal.MarkWriter.Write;
import vn.edu.ecenter.gradebook.internal.SheetHeader.ClassHeader;
import vn.edu.ecenter.gradebook.internal.SheetReads.Learner;
import vn.edu.ecenter.gradebook.internal.SheetReads.LearnerCells;
import vn.edu.ecenter.gradebook.rules.AssessmentPlan;
import vn.edu.ecenter.gradebook.rules.InvalidMark;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Programme;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.RuleSet;
import vn.edu.ecenter.gradebook.rules.RuleSets;
import vn.edu.ecenter.gradebook.rules.Semester;
import vn.edu.ecenter.gradebook.rules.SemesterMarks;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;
import vn.edu.ecenter.platform.spreadsheet.SheetContent;
import vn.edu.ecenter.platform.spreadsheet.SheetReader;
import vn.edu.ecenter.platform.spreadsheet.SheetRow;

/**
 * The score book. Rights are decided from one read of the sheet's header (the assigned teacher, the homeroom teacher,
 * the signed-in user's staff record, the lock), then the sheet is one more query; a save of any number of cells is a
 * handful of statements (see {@link MarkWriter}). Marks follow the class's rule set (TT 43/2021 for GDTX).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class GradebookService implements Gradebook, ScoreLoading {

    /** The most change-log entries a sheet's page shows. */
    static final int CHANGE_LOG_LIMIT = 500;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessClock.ZONE);

    private final SheetReads reads;
    private final MarkWriter writer;
    private final SheetWorkbook workbook;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final Academics academics;

    GradebookService(
            SheetReads reads,
            MarkWriter writer,
            SheetWorkbook workbook,
            JdbcClient jdbc,
            AuditTrail audit,
            BusinessClock clock,
            Academics academics) {
        this.reads = reads;
        this.writer = writer;
        this.workbook = workbook;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.academics = academics;
    }

    // ---------------------------------------------------------------- the book

    @Override
    public List<BookEntry> myBook() {
        Map<String, SubjectView> subjects = new HashMap<>();
        academics.subjects().forEach(subject -> subjects.put(subject.code(), subject));
        Map<UUID, BookEntry> entries = new LinkedHashMap<>();
        for (TeachingView teaching : academics.myTeaching()) {
            entries.put(
                    teaching.classId(),
                    new BookEntry(
                            teaching.classId(),
                            teaching.className(),
                            teaching.grade(),
                            teaching.homeroom(),
                            teaching.subjectCodes().stream()
                                    .map(subjects::get)
                                    .filter(Objects::nonNull)
                                    .sorted(Comparator.comparingInt(SubjectView::position))
                                    .map(s -> new BookEntry.SubjectRef(s.id(), s.code(), s.name()))
                                    .toList()));
        }
        if (!Callers.director()) {
            return List.copyOf(entries.values());
        }
        List<BookEntry> all = new ArrayList<>();
        for (ClassView schoolClass : academics.currentClasses()) {
            BookEntry own = entries.get(schoolClass.id());
            all.add(
                    own != null
                            ? own
                            : new BookEntry(
                                    schoolClass.id(), schoolClass.name(), schoolClass.grade(), false, List.of()));
        }
        return all;
    }

    @Override
    public ClassBook classBook(UUID classId) {
        ClassHeader first = reads.classOf(classId, 1);
        ClassHeader second = reads.classOf(classId, 2);
        boolean director = Callers.director();
        record Taught(
                UUID id,
                String code,
                String name,
                @Nullable String teacher,
                @Nullable UUID staff) {}
        List<Taught> taught = jdbc.sql("""
                        SELECT s.id, s.code, s.name, m.full_name, t.staff_id
                        FROM academics.teaching_assignment t
                        JOIN academics.subject s ON s.centre_id = t.centre_id AND s.id = t.subject_id
                        LEFT JOIN people.staff_member m ON m.centre_id = t.centre_id AND m.id = t.staff_id
                        WHERE t.class_id = ? ORDER BY s.position, s.code
                        """)
                .param(classId)
                .query((rs, n) -> new Taught(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("full_name"),
                        rs.getObject("staff_id", UUID.class)))
                .list();
        UUID me = first.me();
        boolean wholeClass = director || first.homeroom();
        List<ClassBook.Subject> subjects = taught.stream()
                .filter(t -> wholeClass || (me != null && me.equals(t.staff())))
                .map(t -> new ClassBook.Subject(
                        t.id(), t.code(), t.name(), t.teacher(), me != null && me.equals(t.staff())))
                .toList();
        if (!wholeClass && subjects.isEmpty()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "gradebook.forbidden.class", first.className());
        }
        return new ClassBook(
                classId,
                first.className(),
                first.grade(),
                first.schoolYearName(),
                first.homeroomName(),
                first.homeroom(),
                director,
                subjects,
                List.of(first.lock(), second.lock()));
    }

    // ---------------------------------------------------------------- the sheet

    @Override
    public ScoreSheet sheet(UUID classId, UUID subjectId, int semester) {
        SheetHeader header = reads.readableSheet(classId, subjectId, semester);
        RuleSet rules = rules(header.schoolClass());
        AssessmentPlan plan = header.plan(rules);
        List<LearnerCells> learners = reads.sheetRows(header);
        List<ScoreRow> rows = new ArrayList<>(learners.size());
        for (int i = 0; i < learners.size(); i++) {
            LearnerCells learner = learners.get(i);
            List<ScoreCell> cells = plan.slots().stream()
                    .map(slot -> learner.cells().getOrDefault(slot, ScoreCell.empty(slot)))
                    .toList();
            Map<MarkSlot, Mark> marks = new HashMap<>();
            cells.stream().filter(c -> c.mark() != null).forEach(c -> marks.put(c.slot(), c.mark()));
            rows.add(new ScoreRow(
                    i + 1,
                    learner.learner().id(),
                    learner.learner().code(),
                    learner.learner().name(),
                    cells,
                    average(rules, plan, semester, marks)));
        }
        boolean locked = header.lock().locked();
        return new ScoreSheet(
                header.classId(),
                header.schoolClass().className(),
                header.schoolClass().grade(),
                header.schoolClass().schoolYearName(),
                header.subjectId(),
                header.subjectCode(),
                header.subjectName(),
                header.teacherName(),
                semester,
                rules.id(),
                rules.title(),
                plan.grading(),
                plan.regularCount(),
                plan.topicCount(),
                header.topics(),
                header.lock(),
                new ScoreSheet.Access(header.mine() && !locked, header.mine() && locked, Callers.director()),
                rows);
    }

    @Override
    @Transactional
    public SavedMarks save(UUID classId, UUID subjectId, int semester, List<MarkInput> marks) {
        SheetHeader header = reads.writableSheet(classId, subjectId, semester);
        return write(header, marks, MarkChange.Source.ENTRY);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public int loadScores(
            UUID classId,
            UUID subjectId,
            int semester,
            java.util.function.BiFunction<UUID, MarkSlot, @Nullable String> typed) {
        SheetHeader header = reads.sheet(classId, subjectId, semester);
        AssessmentPlan plan = header.plan(rules(header.schoolClass()));
        List<MarkInput> inputs = new ArrayList<>();
        for (LearnerCells learner : reads.sheetRows(header)) {
            for (MarkSlot slot : plan.slots()) {
                ScoreCell cell = learner.cells().get(slot);
                String value = cell == null || cell.mark() == null
                        ? typed.apply(learner.learner().id(), slot)
                        : null;
                if (value != null) {
                    inputs.add(new MarkInput(
                            learner.learner().id(),
                            slot.kind().name(),
                            slot.index(),
                            value,
                            cell == null ? 0 : cell.version()));
                }
            }
        }
        return inputs.isEmpty()
                ? 0
                : write(header, inputs, MarkChange.Source.IMPORT).changed();
    }

    /** Validates every item, checks the versions, writes what changed: all or nothing. */
    private SavedMarks write(SheetHeader header, List<MarkInput> inputs, MarkChange.Source source) {
        RuleSet rules = rules(header.schoolClass());
        AssessmentPlan plan = header.plan(rules);
        Map<UUID, Learner> takers = reads.takers(
                header,
                inputs.stream()
                        .map(MarkInput::learnerId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
        record Parsed(MarkInput input, Key key, @Nullable Mark mark) {}
        List<Parsed> parsed = new ArrayList<>(inputs.size());
        List<ItemError> errors = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        Set<UUID> strangers = new LinkedHashSet<>();
        for (MarkInput input : inputs) {
            if (input.learnerId() != null && !takers.containsKey(input.learnerId())) {
                strangers.add(input.learnerId());
            }
        }
        Map<UUID, String> strangerNames = reads.labels(strangers);
        for (MarkInput input : inputs) {
            Object who = input.learnerId() == null
                    ? message("gradebook.cell.noLearner")
                    : takers.containsKey(input.learnerId())
                            ? label(takers.get(input.learnerId()))
                            : strangerNames.getOrDefault(
                                    input.learnerId(), input.learnerId().toString());
            MarkSlot slot = slot(input.kind(), input.index(), plan, who, input, errors);
            if (slot == null) {
                continue;
            }
            if (input.learnerId() == null) {
                errors.add(error(input, "gradebook.cell.learnerMissing", who, slotLabel(slot)));
                continue;
            }
            if (!takers.containsKey(input.learnerId())) {
                errors.add(notTaking(input, who, header));
                continue;
            }
            if (input.version() != null && input.version() < 0) {
                errors.add(error(input, "gradebook.cell.version", who, slotLabel(slot), input.version()));
                continue;
            }
            Key key = new Key(input.learnerId(), slot);
            if (!seen.add(key)) {
                errors.add(error(input, "gradebook.cell.duplicate", who, slotLabel(slot)));
                continue;
            }
            Mark mark = null;
            if (input.value() != null && !input.value().isBlank()) {
                try {
                    mark = plan.parse(input.value());
                } catch (InvalidMark e) {
                    errors.add(error(input, "gradebook.cell.invalid", who, slotLabel(slot), problem(e)));
                    continue;
                }
            }
            parsed.add(new Parsed(input, key, mark));
        }
        if (!errors.isEmpty()) {
            throw new GradebookRejection(Kind.INVALID, "gradebook.save.invalid", errors, errors.size());
        }

        List<UUID> learners =
                parsed.stream().map(p -> p.key().learnerId()).distinct().toList();
        Map<UUID, Map<MarkSlot, ScoreCell>> held = writer.lockLearners(header, learners);
        Map<Key, ScoreCell> current = new HashMap<>();
        held.forEach((learner, cells) -> cells.forEach((slot, cell) -> current.put(new Key(learner, slot), cell)));
        List<ItemError> conflicts = new ArrayList<>();
        List<Write> writes = new ArrayList<>();
        for (Parsed p : parsed) {
            ScoreCell now =
                    current.getOrDefault(p.key(), ScoreCell.empty(p.key().slot()));
            if (Objects.equals(now.mark(), p.mark())) {
                continue;
            }
            if (p.input().version() != null && p.input().version() != now.version()) {
                conflicts.add(conflict(p.input(), takers.get(p.key().learnerId()), now));
                continue;
            }
            writes.add(new Write(p.key(), now, p.mark()));
        }
        if (!conflicts.isEmpty()) {
            throw new GradebookRejection(Kind.CONFLICT, "gradebook.save.conflict", conflicts, conflicts.size());
        }
        String actor = CurrentUser.actor();
        Instant at = clock.instant();
        Set<Key> lost = writer.write(header, writes, actor, at, Provenance.entry(source));
        if (!lost.isEmpty()) {
            // Another writer inserted these cells between our read and our write: report them as they are now.
            Map<Key, ScoreCell> now = writer.lock(header, lost);
            List<ItemError> raced = parsed.stream()
                    .filter(p -> lost.contains(p.key()))
                    .map(p -> conflict(
                            p.input(),
                            takers.get(p.key().learnerId()),
                            now.getOrDefault(p.key(), ScoreCell.empty(p.key().slot()))))
                    .toList();
            throw new GradebookRejection(Kind.CONFLICT, "gradebook.save.conflict", raced, raced.size());
        }
        recordInTrail(header, takers, writes, source);

        Set<Key> written = new HashSet<>();
        writes.forEach(w -> written.add(w.key()));
        List<SavedMarks.Saved> cells = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            ScoreCell before =
                    current.getOrDefault(p.key(), ScoreCell.empty(p.key().slot()));
            ScoreCell after = written.contains(p.key())
                    ? new ScoreCell(p.key().slot(), p.mark(), before.version() + 1, actor, at)
                    : before;
            cells.add(new SavedMarks.Saved(p.key().learnerId(), after));
        }
        List<SavedMarks.Average> averages = learners.stream()
                .map(id -> new SavedMarks.Average(
                        id, average(rules, plan, header.semester(), marksAfter(held.get(id), id, writes))))
                .toList();
        return new SavedMarks(writes.size(), cells, averages);
    }

    /** A learner's marks in the sheet once the writes are made: the cells as locked, with the written ones replaced. */
    private static Map<MarkSlot, Mark> marksAfter(
            @Nullable Map<MarkSlot, ScoreCell> cells, UUID learner, List<Write> writes) {
        Map<MarkSlot, Mark> marks = new HashMap<>();
        if (cells != null) {
            cells.forEach((slot, cell) -> {
                if (cell.mark() != null) {
                    marks.put(slot, cell.mark());
                }
            });
        }
        for (Write w : writes) {
            if (w.key().learnerId().equals(learner)) {
                if (w.after() == null) {
                    marks.remove(w.key().slot());
                } else {
                    marks.put(w.key().slot(), w.after());
                }
            }
        }
        return marks;
    }

    /**
     * One entry of the platform audit trail per save that changed something (not per cell: the trail is one chain per
     * centre, and a class's worth of cells is one fact), with every changed cell's old and new mark. The sheet's own
     * change log ({@code gradebook.score_change}) keeps the same per cell.
     */
    private void recordInTrail(
            SheetHeader header, Map<UUID, Learner> takers, List<Write> writes, MarkChange.Source source) {
        if (writes.isEmpty()) {
            return;
        }
        List<Map<String, Object>> before = new ArrayList<>(writes.size());
        List<Map<String, Object>> after = new ArrayList<>(writes.size());
        for (Write w : writes) {
            Learner learner = takers.get(w.key().learnerId());
            String code = learner == null ? w.key().learnerId().toString() : learner.code();
            String column = w.key().slot().toString();
            before.add(
                    Map.of("learner", code, "column", column, "mark", w.before().display()));
            after.add(Map.of(
                    "learner",
                    code,
                    "column",
                    column,
                    "mark",
                    w.after() == null ? "" : w.after().display()));
        }
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("class", header.schoolClass().className());
        sheet.put("subject", header.subjectCode());
        sheet.put("semester", header.semester());
        sheet.put("source", source.name());
        Map<String, Object> oldValue = new LinkedHashMap<>(sheet);
        oldValue.put("marks", before);
        Map<String, Object> newValue = new LinkedHashMap<>(sheet);
        newValue.put("marks", after);
        audit.record(AuditRecord.of(
                        "gradebook.marks.saved",
                        "score_sheet",
                        header.classId() + "/" + header.subjectId() + "/" + header.semester())
                .values(oldValue, newValue));
    }

    /** The column an item names, or null after adding its error. */
    private static @Nullable MarkSlot slot(
            @Nullable String kindText,
            @Nullable Integer index,
            AssessmentPlan plan,
            Object who,
            MarkInput input,
            List<ItemError> errors) {
        MarkSlot.Kind kind;
        try {
            kind = MarkSlot.Kind.valueOf(
                    kindText == null ? "" : kindText.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(error(input, "gradebook.cell.kind", who, kindText == null ? "" : kindText));
            return null;
        }
        if (kind != MarkSlot.Kind.TX) {
            if (index != null && index != 1) {
                errors.add(error(input, "gradebook.cell.indexSingle", who, kind.name(), index));
                return null;
            }
            return new MarkSlot(kind, 1);
        }
        if (index == null) {
            errors.add(error(input, "gradebook.cell.indexMissing", who));
            return null;
        }
        if (index < 1 || index > plan.regularCount()) {
            errors.add(error(input, "gradebook.cell.indexAbove", who, index, plan.regularCount()));
            return null;
        }
        return MarkSlot.regular(index);
    }

    @Override
    public byte[] exportSheet(UUID classId, UUID subjectId, int semester) {
        return workbook.export(sheet(classId, subjectId, semester));
    }

    @Override
    @Transactional
    public SheetImport importSheet(UUID classId, UUID subjectId, int semester, byte[] content, String fileName) {
        SheetHeader header = reads.writableSheet(classId, subjectId, semester);
        AssessmentPlan plan = header.plan(rules(header.schoolClass()));
        SheetContent read = SheetReader.read(content, fileName, workbook.layout(plan));
        Map<String, Learner> byCode = new HashMap<>();
        reads.takers(header).values().forEach(learner -> byCode.put(learner.code(), learner));
        List<CellProblem> problems = new ArrayList<>();
        List<MarkInput> inputs = new ArrayList<>();
        Map<UUID, Integer> rowOf = new HashMap<>();
        String codeHeader = workbook.codeHeader();
        for (SheetRow row : read.rows()) {
            problems.addAll(row.problems());
            String code = row.text(SheetWorkbook.CODE);
            if (code == null) {
                if (!row.unreadable(SheetWorkbook.CODE, workbook.layout(plan))) {
                    problems.add(CellProblem.of(row.number(), codeHeader, "gradebook.import.codeMissing"));
                }
                continue;
            }
            Learner learner = byCode.get(code.strip());
            if (learner == null) {
                problems.add(CellProblem.of(
                        row.number(),
                        codeHeader,
                        "gradebook.import.notTaking",
                        code,
                        header.subjectName(),
                        header.schoolClass().className()));
                continue;
            }
            Integer earlier = rowOf.putIfAbsent(learner.id(), row.number());
            if (earlier != null) {
                problems.add(CellProblem.of(row.number(), codeHeader, "gradebook.import.duplicate", code, earlier));
                continue;
            }
            for (MarkSlot slot : plan.slots()) {
                String typed = row.text(slot.toString());
                if (typed == null) {
                    continue;
                }
                try {
                    plan.parse(typed);
                    inputs.add(new MarkInput(learner.id(), slot.kind().name(), slot.index(), typed, null));
                } catch (InvalidMark e) {
                    problems.add(
                            CellProblem.of(row.number(), workbook.header(plan, slot), e.messageKey(), e.arguments()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new SheetImport(read.rows().size(), 0, problems, read.notices());
        }
        SavedMarks saved = write(header, inputs, MarkChange.Source.IMPORT);
        return new SheetImport(read.rows().size(), saved.changed(), List.of(), read.notices());
    }

    @Override
    public List<MarkChange> changes(UUID classId, UUID subjectId, int semester) {
        SheetHeader header = reads.readableSheet(classId, subjectId, semester);
        return writer.changes(header, CHANGE_LOG_LIMIT).stream()
                .map(c -> new MarkChange(
                        c.at() == null ? Instant.EPOCH : c.at(),
                        c.by(),
                        c.learnerId(),
                        c.learnerName(),
                        c.slot(),
                        c.before(),
                        c.after(),
                        c.source(),
                        c.afterLock(),
                        c.reason(),
                        c.approvedBy()))
                .toList();
    }

    // ---------------------------------------------------------------- conduct

    @Override
    public ConductSheet conduct(UUID classId, int semester) {
        ClassHeader header = reads.classOf(classId, semester);
        if (!Callers.director() && !header.homeroom()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "gradebook.forbidden.conduct", header.className());
        }
        Map<UUID, ConductRecord> levels = conductOf(classId, semester, false);
        List<Learner> learners = reads.classList(classId);
        List<ConductSheet.Row> rows = new ArrayList<>(learners.size());
        for (int i = 0; i < learners.size(); i++) {
            Learner learner = learners.get(i);
            ConductRecord level = levels.get(learner.id());
            rows.add(new ConductSheet.Row(
                    i + 1,
                    learner.id(),
                    learner.code(),
                    learner.name(),
                    level == null ? null : level.rating(),
                    level == null ? 0 : level.version()));
        }
        return new ConductSheet(
                classId,
                header.className(),
                header.schoolYearName(),
                semester,
                header.lock(),
                header.homeroom() && !header.lock().locked(),
                rows);
    }

    /** A learner's conduct level as stored. */
    private record ConductRecord(@Nullable Rating rating, int version) {}

    /** The stored levels of a class's semester; locked against other writers when {@code forUpdate}. */
    private Map<UUID, ConductRecord> conductOf(UUID classId, int semester, boolean forUpdate) {
        Map<UUID, ConductRecord> levels = new HashMap<>();
        jdbc.sql("SELECT learner_id, rating, version FROM gradebook.conduct WHERE class_id = ? AND semester = ?"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .params(classId, semester)
                .query(rs -> {
                    String rating = rs.getString("rating");
                    levels.put(
                            rs.getObject("learner_id", UUID.class),
                            new ConductRecord(rating == null ? null : Rating.valueOf(rating), rs.getInt("version")));
                });
        return levels;
    }

    @Override
    @Transactional
    public void saveConduct(UUID classId, int semester, List<ConductInput> levels) {
        ClassHeader header = reads.classOf(classId, semester);
        if (!header.homeroom()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "gradebook.forbidden.conductWrite", header.className());
        }
        if (header.lock().locked()) {
            throw locked(header);
        }
        Map<UUID, Learner> learners = new HashMap<>();
        reads.classList(classId).forEach(learner -> learners.put(learner.id(), learner));
        Map<UUID, ConductRecord> current = conductOf(classId, semester, true);
        List<ItemError> errors = new ArrayList<>();
        List<ItemError> conflicts = new ArrayList<>();
        Map<UUID, @Nullable Rating> changes = new LinkedHashMap<>();
        for (ConductInput input : levels) {
            Learner learner = input.learnerId() == null ? null : learners.get(input.learnerId());
            if (learner == null) {
                errors.add(conductError(
                        input,
                        "gradebook.conduct.notInClass",
                        input.learnerId() == null ? "" : input.learnerId().toString(),
                        header.className()));
                continue;
            }
            Rating rating = null;
            if (input.level() != null && !input.level().isBlank()) {
                try {
                    rating = Rating.valueOf(input.level().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(conductError(input, "gradebook.conduct.levelUnknown", label(learner), input.level()));
                    continue;
                }
            }
            if (changes.containsKey(learner.id())) {
                errors.add(conductError(input, "gradebook.conduct.duplicate", label(learner)));
                continue;
            }
            ConductRecord now = current.getOrDefault(learner.id(), new ConductRecord(null, 0));
            if (now.rating() == rating) {
                continue;
            }
            if (input.version() != null && input.version() != now.version()) {
                conflicts.add(conductError(
                        input,
                        "gradebook.conduct.conflict",
                        label(learner),
                        now.rating() == null
                                ? message("gradebook.value.empty")
                                : message(now.rating().messageKey())));
                continue;
            }
            changes.put(learner.id(), rating);
        }
        refuseIfAny(errors, conflicts);
        if (changes.isEmpty()) {
            return;
        }
        String actor = CurrentUser.actor();
        java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
        List<Map<String, Object>> trail = new ArrayList<>();
        changes.forEach((learnerId, rating) -> {
            ConductRecord now = current.getOrDefault(learnerId, new ConductRecord(null, 0));
            jdbc.sql("""
                            INSERT INTO gradebook.conduct (centre_id, class_id, semester, learner_id, school_year_id,
                                                           rating, version, changed_at, changed_by)
                            VALUES (platform.current_centre(), ?, ?, ?, ?, ?, 1, ?, ?)
                            ON CONFLICT (centre_id, class_id, semester, learner_id) DO UPDATE
                              SET rating = EXCLUDED.rating, version = gradebook.conduct.version + 1,
                                  changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by
                            """)
                    .params(
                            classId,
                            semester,
                            learnerId,
                            header.schoolYearId(),
                            new org.springframework.jdbc.core.SqlParameterValue(
                                    java.sql.Types.VARCHAR, rating == null ? null : rating.name()),
                            at,
                            actor)
                    .update();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("learner", learners.get(learnerId).code());
            line.put("old", now.rating() == null ? "" : now.rating().name());
            line.put("new", rating == null ? "" : rating.name());
            trail.add(line);
        });
        audit.record(AuditRecord.of("gradebook.conduct.saved", "class", classId.toString())
                .values(null, Map.of("semester", semester, "changes", trail)));
    }

    // ---------------------------------------------------------------- locks

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public LockState lock(UUID classId, int semester) {
        ClassHeader header = reads.classOf(classId, semester);
        if (insertLock(header.schoolYearId(), semester, classId)) {
            audit.record(AuditRecord.of("gradebook.semester.locked", "class", classId.toString())
                    .values(null, Map.of("class", header.className(), "semester", semester)));
        }
        return reads.classOf(classId, semester).lock();
    }

    /** Adds the lock of a class (or, without a class, of the whole centre); false when it was already there. */
    private boolean insertLock(UUID schoolYearId, int semester, @Nullable UUID classId) {
        return jdbc.sql("""
                        INSERT INTO gradebook.semester_lock (centre_id, id, school_year_id, semester, class_id, locked_at,
                                                             locked_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (centre_id, school_year_id, semester, class_id) DO NOTHING
                        """)
                        .params(
                                UUID.randomUUID(),
                                schoolYearId,
                                semester,
                                new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.OTHER, classId),
                                java.sql.Timestamp.from(clock.instant()),
                                CurrentUser.actor())
                        .update()
                > 0;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public LockState unlock(UUID classId, int semester) {
        ClassHeader header = reads.classOf(classId, semester);
        int removed = jdbc.sql("DELETE FROM gradebook.semester_lock WHERE school_year_id = ? AND semester = ?"
                        + " AND class_id = ?")
                .params(header.schoolYearId(), semester, classId)
                .update();
        if (removed > 0) {
            audit.record(AuditRecord.of("gradebook.semester.unlocked", "class", classId.toString())
                    .values(Map.of("class", header.className(), "semester", semester), null));
        }
        return reads.classOf(classId, semester).lock();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void lockCentre(int semester) {
        SheetReads.checkSemester(semester);
        UUID year = currentYear();
        if (insertLock(year, semester, null)) {
            audit.record(AuditRecord.of("gradebook.semester.lockedCentre", "school_year", year.toString())
                    .values(null, Map.of("semester", semester)));
        }
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void unlockCentre(int semester) {
        SheetReads.checkSemester(semester);
        UUID year = currentYear();
        int removed = jdbc.sql("DELETE FROM gradebook.semester_lock WHERE school_year_id = ? AND semester = ?"
                        + " AND class_id IS NULL")
                .params(year, semester)
                .update();
        if (removed > 0) {
            audit.record(AuditRecord.of("gradebook.semester.unlockedCentre", "school_year", year.toString())
                    .values(Map.of("semester", semester), null));
        }
    }

    @Override
    public boolean isCentreLocked(int semester) {
        SheetReads.checkSemester(semester);
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM gradebook.semester_lock l
                          JOIN centres.school_year y ON y.centre_id = l.centre_id AND y.id = l.school_year_id
                          WHERE y.current AND l.semester = ? AND l.class_id IS NULL)
                        """).param(semester).query(Boolean.class).single();
    }

    private UUID currentYear() {
        return jdbc.sql("SELECT id FROM centres.school_year WHERE current LIMIT 1")
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "gradebook.schoolYear.none"));
    }

    // ---------------------------------------------------------------- corrections

    private static final String CORRECTION_SELECT = """
            SELECT r.*, c.name AS class_name, s.name AS subject_name, l.full_name AS learner_name
            FROM gradebook.correction r
            JOIN academics.school_class c ON c.centre_id = r.centre_id AND c.id = r.class_id
            JOIN academics.subject s ON s.centre_id = r.centre_id AND s.id = r.subject_id
            JOIN people.learner l ON l.centre_id = r.centre_id AND l.id = r.learner_id
            """;

    @Override
    @Transactional
    public Correction requestCorrection(UUID classId, UUID subjectId, int semester, CorrectionRequest request) {
        SheetHeader header = reads.sheet(classId, subjectId, semester);
        if (!header.mine()) {
            throw SheetReads.forbiddenWrite(header);
        }
        if (!header.lock().locked()) {
            throw GradebookRejection.of(
                    Kind.CONFLICT,
                    "gradebook.correction.notLocked",
                    numeral(semester),
                    header.schoolClass().className());
        }
        AssessmentPlan plan = header.plan(rules(header.schoolClass()));
        Map<UUID, Learner> takers = reads.takers(header);
        MarkInput input = new MarkInput(request.learnerId(), request.kind(), request.index(), request.value(), null);
        List<ItemError> errors = new ArrayList<>();
        Learner learner = request.learnerId() == null ? null : takers.get(request.learnerId());
        Object who = learner == null ? message("gradebook.cell.noLearner") : label(learner);
        MarkSlot slot = slot(request.kind(), request.index(), plan, who, input, errors);
        Mark mark = null;
        if (slot != null && learner == null) {
            errors.add(notTaking(input, who, header));
        }
        if (slot != null
                && learner != null
                && request.value() != null
                && !request.value().isBlank()) {
            try {
                mark = plan.parse(request.value());
            } catch (InvalidMark e) {
                errors.add(error(input, "gradebook.cell.invalid", who, slotLabel(slot), problem(e)));
            }
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(error(input, "gradebook.correction.reasonMissing", who));
        }
        if (!errors.isEmpty() || slot == null || learner == null) {
            throw new GradebookRejection(Kind.INVALID, "gradebook.correction.invalid", errors);
        }
        ScoreCell now = writer.lock(header, List.of(new Key(learner.id(), slot)))
                .getOrDefault(new Key(learner.id(), slot), ScoreCell.empty(slot));
        if (Objects.equals(now.mark(), mark)) {
            throw new GradebookRejection(
                    Kind.INVALID,
                    "gradebook.correction.invalid",
                    List.of(error(input, "gradebook.correction.same", who, slotLabel(slot))));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO gradebook.correction (centre_id, id, class_id, subject_id, semester, learner_id, kind, idx,
                          school_year_id, old_score, old_level, new_score, new_level, reason, requested_by, requested_at,
                          status)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric, ?, ?::numeric, ?, ?, ?, ?,
                                'PENDING')
                        """)
                .params(
                        id,
                        classId,
                        subjectId,
                        semester,
                        learner.id(),
                        slot.kind().name(),
                        slot.index(),
                        header.schoolClass().schoolYearId(),
                        text(MarkWriter.scoreText(now.mark())),
                        text(MarkWriter.levelText(now.mark())),
                        text(MarkWriter.scoreText(mark)),
                        text(MarkWriter.levelText(mark)),
                        request.reason().strip(),
                        CurrentUser.actor(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("gradebook.correction.requested", "correction", id.toString())
                .values(now.display(), mark == null ? "" : mark.display())
                .because(request.reason().strip()));
        return correction(id);
    }

    @Override
    public List<Correction> corrections(UUID classId, UUID subjectId, int semester) {
        reads.readableSheet(classId, subjectId, semester);
        return jdbc.sql(CORRECTION_SELECT
                        + " WHERE r.class_id = ? AND r.subject_id = ? AND r.semester = ? ORDER BY r.requested_at DESC")
                .params(classId, subjectId, semester)
                .query((rs, n) -> correction(rs))
                .list();
    }

    @Override
    public List<Correction> pendingCorrections() {
        if (Callers.director()) {
            return jdbc.sql(CORRECTION_SELECT + " WHERE r.status = 'PENDING' ORDER BY r.requested_at")
                    .query((rs, n) -> correction(rs))
                    .list();
        }
        return jdbc.sql(CORRECTION_SELECT + " WHERE r.requested_by = ? ORDER BY r.requested_at DESC LIMIT 200")
                .param(CurrentUser.actor())
                .query((rs, n) -> correction(rs))
                .list();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public Correction approveCorrection(UUID correctionId, String note) {
        Correction correction = pending(correctionId);
        SheetHeader header = reads.sheet(correction.classId(), correction.subjectId(), correction.semester());
        Key key = new Key(correction.learnerId(), correction.slot());
        ScoreCell now = writer.lock(header, List.of(key)).getOrDefault(key, ScoreCell.empty(correction.slot()));
        if (!Objects.equals(now.mark(), correction.after())) {
            Set<Key> lost = writer.write(
                    header,
                    List.of(new Write(key, now, correction.after())),
                    correction.requestedBy(),
                    clock.instant(),
                    new Provenance(
                            MarkChange.Source.CORRECTION,
                            header.lock().locked(),
                            correction.reason(),
                            correctionId,
                            CurrentUser.actor()));
            if (!lost.isEmpty()) {
                throw GradebookRejection.of(Kind.CONFLICT, "gradebook.correction.raced");
            }
        }
        decide(correctionId, "APPROVED", note);
        audit.record(AuditRecord.of("gradebook.correction.approved", "correction", correctionId.toString())
                .values(
                        Map.of(
                                "learner",
                                correction.learnerName(),
                                "column",
                                correction.slot().toString(),
                                "mark",
                                now.display()),
                        Map.of(
                                "learner",
                                correction.learnerName(),
                                "column",
                                correction.slot().toString(),
                                "mark",
                                correction.after() == null
                                        ? ""
                                        : correction.after().display()))
                .because(correction.reason()));
        return correction(correctionId);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public Correction rejectCorrection(UUID correctionId, String note) {
        Correction correction = pending(correctionId);
        decide(correctionId, "REJECTED", note);
        audit.record(AuditRecord.of("gradebook.correction.rejected", "correction", correctionId.toString())
                .because(note == null || note.isBlank() ? correction.reason() : note.strip()));
        return correction(correctionId);
    }

    private Correction pending(UUID correctionId) {
        Correction correction = jdbc.sql(CORRECTION_SELECT + " WHERE r.id = ? FOR UPDATE OF r")
                .param(correctionId)
                .query((rs, n) -> correction(rs))
                .optional()
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "gradebook.correction.notFound"));
        if (correction.status() != Correction.Status.PENDING) {
            throw GradebookRejection.of(Kind.CONFLICT, "gradebook.correction.alreadyDecided");
        }
        return correction;
    }

    private void decide(UUID correctionId, String status, @Nullable String note) {
        jdbc.sql("""
                        UPDATE gradebook.correction SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
                        WHERE id = ?
                        """)
                .params(
                        status,
                        CurrentUser.actor(),
                        java.sql.Timestamp.from(clock.instant()),
                        text(note == null || note.isBlank() ? null : note.strip()),
                        correctionId)
                .update();
    }

    private Correction correction(UUID id) {
        return jdbc.sql(CORRECTION_SELECT + " WHERE r.id = ?")
                .param(id)
                .query((rs, n) -> correction(rs))
                .single();
    }

    private static Correction correction(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Correction(
                rs.getObject("id", UUID.class),
                rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_name"),
                rs.getInt("semester"),
                rs.getObject("learner_id", UUID.class),
                rs.getString("learner_name"),
                SheetReads.slot(rs),
                SheetReads.mark(rs, "old_score", "old_level"),
                SheetReads.mark(rs, "new_score", "new_level"),
                rs.getString("reason"),
                rs.getString("requested_by"),
                Objects.requireNonNull(SheetReads.instant(rs, "requested_at")),
                Correction.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                SheetReads.instant(rs, "decided_at"),
                rs.getString("decision_note"));
    }

    // ---------------------------------------------------------------- rights and headers

    /** Refuses a save, all of it, with its invalid items; else with its conflicting ones; else lets it go on. */
    static void refuseIfAny(List<ItemError> errors, List<ItemError> conflicts) {
        if (!errors.isEmpty()) {
            throw new GradebookRejection(Kind.INVALID, "gradebook.save.invalid", errors, errors.size());
        }
        if (!conflicts.isEmpty()) {
            throw new GradebookRejection(Kind.CONFLICT, "gradebook.save.conflict", conflicts, conflicts.size());
        }
    }

    static GradebookRejection locked(ClassHeader header) {
        LockState lock = header.lock();
        return GradebookRejection.of(
                Kind.LOCKED,
                lock.centreWide() ? "gradebook.locked.centre" : "gradebook.locked.class",
                numeral(header.semester()),
                header.className(),
                lock.lockedBy() == null ? "" : lock.lockedBy(),
                lock.lockedAt() == null ? "" : TIME.format(lock.lockedAt()));
    }

    /** The class's rule set: TT 43/2021 for GDTX classes of the years on its roadmap. */
    static RuleSet rules(ClassHeader header) {
        return RuleSets.forClass(
                        Programme.GDTX, header.grade(), header.schoolYearStart().getYear())
                .orElseThrow(() -> GradebookRejection.of(
                        Kind.CONFLICT, "gradebook.rules.none", header.grade(), header.schoolYearName()));
    }

    private static SubjectResult average(RuleSet rules, AssessmentPlan plan, int semester, Map<MarkSlot, Mark> marks) {
        Map<MarkSlot, Mark> fitting = new HashMap<>();
        marks.forEach((slot, mark) -> {
            if (plan.has(slot) && plan.grading().accepts(mark)) {
                fitting.put(slot, mark);
            }
        });
        return rules.semester(Semester.values()[semester - 1], plan, new SemesterMarks(fitting));
    }

    // ---------------------------------------------------------------- messages

    static String label(Learner learner) {
        return learner.name().fullName() + " (" + learner.code() + ")";
    }

    private static DefaultMessageSourceResolvable message(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments, key);
    }

    private static DefaultMessageSourceResolvable slotLabel(MarkSlot slot) {
        return message(slot.messageKey(), slot.arguments());
    }

    private static DefaultMessageSourceResolvable problem(InvalidMark e) {
        return message(e.messageKey(), e.arguments());
    }

    /** The learner named by the item does not take the sheet's subject in its class. */
    private static ItemError notTaking(MarkInput input, Object who, SheetHeader header) {
        return error(
                input,
                "gradebook.cell.notTaking",
                who,
                header.subjectName(),
                header.schoolClass().className());
    }

    private static ItemError error(MarkInput input, String key, Object... arguments) {
        return new ItemError(input.learnerId(), input.kind(), input.index(), key, List.of(arguments), null);
    }

    private static ItemError conductError(ConductInput input, String key, Object... arguments) {
        return new ItemError(input.learnerId(), null, null, key, List.of(arguments), null);
    }

    private static ItemError conflict(MarkInput input, Learner learner, ScoreCell now) {
        return new ItemError(
                input.learnerId(),
                input.kind(),
                input.index(),
                "gradebook.cell.conflict",
                List.of(
                        label(learner),
                        slotLabel(now.slot()),
                        now.changedBy() == null ? "" : now.changedBy(),
                        now.mark() == null ? message("gradebook.value.empty") : now.display(),
                        now.changedAt() == null ? "" : TIME.format(now.changedAt()),
                        input.value() == null || input.value().isBlank()
                                ? message("gradebook.value.empty")
                                : input.value().strip()),
                now);
    }

    static String numeral(int semester) {
        return Semester.values()[semester - 1].numeral();
    }

    private static org.springframework.jdbc.core.SqlParameterValue text(@Nullable String value) {
        return new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.VARCHAR, value);
    }
}
