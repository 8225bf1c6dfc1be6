package vn.edu.ecenter.timetable.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.JobStarter;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.EditOutcome;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.MoveOption;
import vn.edu.ecenter.timetable.TimetableView;
import vn.edu.ecenter.timetable.TimetableView.Broken;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.VersionStatus;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.centre.CentreProblem;
import vn.edu.ecenter.timetable.centre.ImpossibleDemand;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.internal.SetupStore.RoomRow;
import vn.edu.ecenter.timetable.internal.SetupStore.Setup;
import vn.edu.ecenter.timetable.internal.VersionStore.LessonRow;

/** Timetable versions: made, solved, edited by hand, submitted and published (see {@link Timetables}). */
@Service
@Transactional(readOnly = true)
class TimetableService implements Timetables {

    static final String OFFICE = "hasAnyRole('DIRECTOR', 'CLERK')";
    static final String STAFF = "hasAnyRole('DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER')";

    /** The longest solve a user may ask for, in seconds. */
    static final int MAX_SECONDS = 3_600;

    static final Locale VIETNAMESE = Locale.of("vi");

    private final VersionStore versions;
    private final SetupStore setups;
    private final CentreDataAssembler assembler;
    private final Jobs jobs;
    private final Centres centres;
    private final People people;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final JdbcClient jdbc;

    TimetableService(
            VersionStore versions,
            SetupStore setups,
            CentreDataAssembler assembler,
            Jobs jobs,
            Centres centres,
            People people,
            AuditTrail audit,
            BusinessClock clock,
            JdbcClient jdbc) {
        this.versions = versions;
        this.setups = setups;
        this.assembler = assembler;
        this.jobs = jobs;
        this.centres = centres;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize(STAFF)
    public List<VersionView> versions(UUID schoolYearId) {
        List<VersionView> all = versions.versions(schoolYearId);
        if (office()) {
            return all;
        }
        return all.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
    }

    @Override
    @PreAuthorize(STAFF)
    public VersionView version(UUID versionId) {
        VersionView version =
                versions.find(versionId).orElseThrow(() -> Rejected.notFound("timetable.version.notFound"));
        if (!office() && version.status() != VersionStatus.PUBLISHED) {
            throw Rejected.notFound("timetable.version.notFound");
        }
        return version;
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public VersionView createDraft(UUID schoolYearId, LocalDate effectiveFrom, @Nullable UUID copyOf) {
        SchoolYearView year = centres.schoolYears().stream()
                .filter(y -> y.id().equals(schoolYearId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("timetable.year.notFound"));
        if (effectiveFrom.isBefore(year.startsOn()) || effectiveFrom.isAfter(year.endsOn())) {
            throw new Rejected(
                    "timetable.version.effectiveOutsideYear",
                    vn.edu.ecenter.shared.VietnameseText.DATE.format(effectiveFrom),
                    year.name());
        }
        if (copyOf != null && !version(copyOf).schoolYearId().equals(schoolYearId)) {
            throw new Rejected("timetable.version.copyOtherYear");
        }
        UUID id = versions.create(schoolYearId, effectiveFrom, CurrentUser.actor(), clock.instant());
        if (copyOf != null) {
            versions.copyLessons(copyOf, id);
        }
        VersionView created = versions.find(id).orElseThrow();
        audit.record(AuditRecord.of("timetableVersion.created", "timetable_version", id.toString())
                .values(null, Map.of("number", created.number(), "effectiveFrom", effectiveFrom.toString())));
        return created;
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public UUID solve(UUID versionId, int seconds, long seed) {
        return solve(versionId, seconds, seed, false);
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public UUID solve(UUID versionId, int seconds, long seed, boolean publishWhenComplete) {
        if (publishWhenComplete && !CurrentUser.hasRole("DIRECTOR")) {
            throw new AccessDeniedException("only a director publishes");
        }
        VersionView version = draft(versionId);
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new Rejected("timetable.solve.seconds", MAX_SECONDS);
        }
        Setup setup = setups.setup(version.schoolYearId());
        var assembled = assembler.assemble(version.schoolYearId(), setup, versions.lessons(versionId));
        if (assembled.data().courses().isEmpty()) {
            throw new Rejected("timetable.solve.noAssignments");
        }
        Measured.problemOrRefusal(assembled, VIETNAMESE);
        Map<String, String> params = new HashMap<>(JobStarter.caller());
        params.put(SolveJob.VERSION, versionId.toString());
        params.put(SolveJob.SECONDS, Integer.toString(seconds));
        params.put(SolveJob.SEED, Long.toString(seed));
        params.put(SolveJob.PUBLISH, Boolean.toString(publishWhenComplete));
        UUID job = jobs.start(SolveJob.TYPE, params);
        versions.solving(versionId, job, seed);
        audit.record(AuditRecord.of("timetableVersion.solve", "timetable_version", versionId.toString())
                .values(null, Map.of("seconds", seconds, "seed", seed, "job", job.toString())));
        return job;
    }

    @Override
    @PreAuthorize(STAFF)
    public TimetableView timetable(UUID versionId, Locale locale) {
        VersionView version = version(versionId);
        Setup setup = setups.setup(version.schoolYearId());
        List<LessonRow> rows = versions.lessons(versionId);
        List<Broken> broken = List.of();
        List<String> unplaced = List.of();
        if (office()) {
            try {
                Measured measured = Measured.of(assembler.assemble(version.schoolYearId(), setup, rows), rows, locale);
                broken = measured.broken();
                unplaced = measured.unplaced();
            } catch (ImpossibleDemand e) {
                broken = e.reasons().stream().map(r -> new Broken(r, true, 0)).toList();
            }
        }
        return new TimetableView(version, setup.grid(), views(rows, setup.rooms()), broken, unplaced);
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public EditOutcome move(UUID versionId, int revision, UUID lessonId, Slot to, boolean confirmed, Locale locale) {
        return edit(versionId, revision, confirmed, locale, (rows, measured) -> {
            LessonRow row = row(rows, lessonId);
            return List.of(new Change(row, to));
        });
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public EditOutcome swap(UUID versionId, int revision, UUID first, UUID second, boolean confirmed, Locale locale) {
        return edit(versionId, revision, confirmed, locale, (rows, measured) -> {
            LessonRow a = row(rows, first);
            LessonRow b = row(rows, second);
            return List.of(new Change(a, b.start()), new Change(b, a.start()));
        });
    }

    /** A lesson to move, and where to. */
    private record Change(LessonRow row, Slot to) {}

    @FunctionalInterface
    private interface Edit {
        List<Change> changes(List<LessonRow> rows, Measured measured);
    }

    /**
     * Applies an edit to a draft at the revision the editor saw: measures the timetable before and after, and writes
     * the edit unless it breaks a hard rule that was kept and the editor has not confirmed.
     */
    private EditOutcome edit(UUID versionId, int revision, boolean confirmed, Locale locale, Edit edit) {
        VersionView version = lockedDraft(versionId, revision);
        List<LessonRow> rows = versions.lessons(versionId);
        Measured measured = measure(version, rows, locale);
        List<Change> changes = edit.changes(rows, measured);
        Map<String, Long> before = costs(measured.broken());
        Placement placement = measured.placement();
        int[] lessons = new int[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            lessons[i] = measured.lessonOf(changes.get(i).row());
            if (lessons[i] < 0 || changes.get(i).row().pinned()) {
                throw new Rejected("timetable.edit.fixed", changes.get(i).row().title());
            }
        }
        for (int i = 0; i < changes.size(); i++) {
            placement.move(lessons[i], -1);
        }
        for (int i = 0; i < changes.size(); i++) {
            Lesson lesson = measured.problem().problem().lessons().get(lessons[i]);
            int time = measured.problem().time(changes.get(i).to());
            if (time < 0 || Arrays.binarySearch(lesson.starts(), time) < 0) {
                throw new Rejected(
                        "timetable.edit.slot",
                        changes.get(i).row().title(),
                        changes.get(i).row().className());
            }
            placement.move(lessons[i], time);
        }
        List<Broken> newly = newlyBroken(before, measured);
        if (!confirmed && newly.stream().anyMatch(Broken::hard)) {
            return new EditOutcome(false, version.revision(), newly);
        }
        for (Change change : changes) {
            versions.moveLesson(change.row().id(), change.to());
            audit.record(AuditRecord.of(
                            "timetableLesson.moved",
                            "timetable_lesson",
                            change.row().id().toString())
                    .values(change.row().start().toString(), change.to().toString()));
        }
        Cost cost = measured.cost();
        int now = versions.edited(
                versionId, cost.hard(), cost.soft(), measured.unplaced().size());
        return new EditOutcome(true, now, newly);
    }

    @Override
    @PreAuthorize(OFFICE)
    public List<MoveOption> moveOptions(UUID versionId, UUID lessonId, Locale locale) {
        VersionView version = draft(versionId);
        List<LessonRow> rows = versions.lessons(versionId);
        LessonRow row = row(rows, lessonId);
        Measured measured = measure(version, rows, locale);
        int lesson = measured.lessonOf(row);
        if (lesson < 0 || row.pinned()) {
            throw new Rejected("timetable.edit.fixed", row.title());
        }
        Map<String, Long> before = costs(measured.broken());
        Placement placement = measured.placement();
        int origin = placement.start(lesson);
        List<MoveOption> options = new ArrayList<>();
        for (int time : measured.problem().problem().lessons().get(lesson).starts()) {
            if (time == origin) {
                continue;
            }
            Slot slot = measured.problem().data().grid().slot(time);
            LessonRow there = rows.stream()
                    .filter(other -> other.classId().equals(row.classId())
                            && other.start().equals(slot)
                            && other.duration() == row.duration()
                            && !other.pinned())
                    .findFirst()
                    .orElse(null);
            if (there != null && there.subjectId() != null && there.subjectId().equals(row.subjectId())) {
                continue; // the same subject's other lesson: swapping them changes nothing
            }
            int partner = there == null ? -1 : measured.lessonOf(there);
            placement.move(lesson, -1);
            if (partner >= 0) {
                placement.move(partner, origin);
            }
            placement.move(lesson, time);
            options.add(new MoveOption(
                    slot,
                    partner >= 0 ? there.id() : null,
                    partner >= 0 ? there.title() : null,
                    newlyBroken(before, measured)));
            placement.move(lesson, -1);
            if (partner >= 0) {
                placement.move(partner, time);
            }
            placement.move(lesson, origin);
        }
        return options;
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public void pin(UUID versionId, int revision, UUID lessonId, boolean pinned) {
        VersionView version = lockedDraft(versionId, revision);
        LessonRow row = row(versions.lessons(versionId), lessonId);
        if (row.subjectId() == null) {
            throw new Rejected("timetable.edit.fixed", row.title());
        }
        versions.pinLesson(lessonId, pinned);
        versions.edited(
                versionId,
                orZero(version.hardCost()),
                orZero(version.softCost()),
                version.unplaced() == null ? 0 : version.unplaced());
        audit.record(AuditRecord.of("timetableLesson.pinned", "timetable_lesson", lessonId.toString())
                .values(row.pinned(), pinned));
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public VersionView submit(UUID versionId) {
        VersionView version = draft(versionId);
        if (!version.complete()) {
            throw new Rejected("timetable.submit.incomplete");
        }
        versions.submitted(versionId, CurrentUser.actor(), clock.instant());
        audit.record(AuditRecord.of("timetableVersion.submitted", "timetable_version", versionId.toString()));
        return versions.find(versionId).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public VersionView reopen(UUID versionId) {
        VersionView version = version(versionId);
        if (version.status() != VersionStatus.SUBMITTED) {
            throw Rejected.conflict("timetable.version.notSubmitted");
        }
        versions.reopened(versionId);
        audit.record(AuditRecord.of("timetableVersion.reopened", "timetable_version", versionId.toString()));
        return versions.find(versionId).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public VersionView publish(UUID versionId) {
        VersionView version = version(versionId);
        if (version.status() != VersionStatus.SUBMITTED) {
            throw Rejected.conflict("timetable.version.notSubmitted");
        }
        versions.published(versionId, CurrentUser.actor(), clock.instant());
        audit.record(AuditRecord.of("timetableVersion.published", "timetable_version", versionId.toString())
                .values(
                        null,
                        Map.of(
                                "number",
                                version.number(),
                                "effectiveFrom",
                                version.effectiveFrom().toString())));
        return versions.find(versionId).orElseThrow();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public void deleteDraft(UUID versionId) {
        VersionView version = draft(versionId);
        versions.delete(versionId);
        audit.record(AuditRecord.of("timetableVersion.deleted", "timetable_version", versionId.toString())
                .values(Map.of("number", version.number()), null));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Optional<VersionView> inForce(UUID schoolYearId, LocalDate date) {
        return versions.inForce(schoolYearId, date);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEARNER', 'GUARDIAN', 'DIRECTOR', 'CLERK', 'TEACHER')")
    public Optional<TimetableView> forLearner(UUID learnerId, LocalDate date, Locale locale) {
        boolean own = people.ownLearnerIds().contains(learnerId);
        if (!own && !office() && !CurrentUser.hasRole("TEACHER")) {
            throw new AccessDeniedException("not the learner's timetable");
        }
        Optional<SchoolYearView> year = yearOf(date);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> classId = jdbc.sql("""
                        SELECT class_id FROM academics.enrolment
                        WHERE learner_id = ? AND school_year_id = ? AND status = 'ACTIVE'
                        """)
                .params(learnerId, year.get().id())
                .query(UUID.class)
                .optional();
        if (classId.isEmpty()) {
            return Optional.empty();
        }
        return published(year.get().id(), date, locale, l -> l.classId().equals(classId.get()));
    }

    @Override
    @PreAuthorize(STAFF)
    public Optional<TimetableView> forTeacher(UUID staffId, LocalDate date, Locale locale) {
        boolean self = people.currentStaff().map(s -> s.id().equals(staffId)).orElse(false);
        if (!self && !office()) {
            throw new AccessDeniedException("not the teacher's timetable");
        }
        return yearOf(date).flatMap(year -> published(year.id(), date, locale, l -> staffId.equals(l.staffId())));
    }

    /** The school year the date falls in. */
    private Optional<SchoolYearView> yearOf(LocalDate date) {
        return centres.schoolYears().stream()
                .filter(y -> !date.isBefore(y.startsOn()) && !date.isAfter(y.endsOn()))
                .findFirst();
    }

    private Optional<TimetableView> published(
            UUID schoolYearId, LocalDate date, Locale locale, java.util.function.Predicate<LessonRow> whose) {
        return versions.inForce(schoolYearId, date).map(version -> {
            Setup setup = setups.setup(schoolYearId);
            List<LessonRow> rows =
                    versions.lessons(version.id()).stream().filter(whose).toList();
            return new TimetableView(version, setup.grid(), views(rows, setup.rooms()), List.of(), List.of());
        });
    }

    // ---------------------------------------------------------------- helpers

    /** The rows measured against the version's data; refused, naming the causes, when the data allow no timetable. */
    private Measured measure(VersionView version, List<LessonRow> rows, Locale locale) {
        var assembled = assembler.assemble(version.schoolYearId(), setups.setup(version.schoolYearId()), rows);
        CentreProblem problem = Measured.problemOrRefusal(assembled, locale);
        return new Measured(problem, problem.placement(Measured.scheduled(rows)));
    }

    private VersionView draft(UUID versionId) {
        VersionView version = version(versionId);
        if (!version.editable()) {
            throw Rejected.conflict("timetable.version.notDraft", version.number());
        }
        return version;
    }

    private VersionView lockedDraft(UUID versionId, int revision) {
        VersionView version =
                versions.lock(versionId).orElseThrow(() -> Rejected.notFound("timetable.version.notFound"));
        if (!version.editable()) {
            throw Rejected.conflict("timetable.version.notDraft", version.number());
        }
        if (version.revision() != revision) {
            throw Rejected.conflict("timetable.edit.stale");
        }
        return version;
    }

    private static LessonRow row(List<LessonRow> rows, UUID lessonId) {
        return rows.stream()
                .filter(l -> l.id().equals(lessonId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("timetable.lesson.notFound"));
    }

    /** The rules that cost more now than in {@code before}. */
    private static List<Broken> newlyBroken(Map<String, Long> before, Measured measured) {
        return measured.broken().stream()
                .filter(b -> b.cost() > before.getOrDefault(b.label(), 0L))
                .toList();
    }

    private static Map<String, Long> costs(List<Broken> broken) {
        return broken.stream().collect(Collectors.toMap(Broken::label, Broken::cost, Long::sum));
    }

    /** The rows with the names to show (the rooms' names from the set-up). */
    static List<LessonView> views(List<LessonRow> rows, List<RoomRow> rooms) {
        Map<UUID, String> roomNames = rooms.stream().collect(Collectors.toMap(RoomRow::id, RoomRow::name));
        List<LessonView> views = new ArrayList<>();
        for (LessonRow l : rows) {
            views.add(new LessonView(
                    l.id(),
                    l.classId(),
                    l.className(),
                    l.subjectId(),
                    l.subjectCode(),
                    l.title(),
                    l.activity(),
                    l.staffId(),
                    l.teacherName(),
                    l.start(),
                    l.duration(),
                    l.roomId(),
                    l.roomId() == null ? null : roomNames.get(l.roomId()),
                    l.pinned()));
        }
        return views;
    }

    private static boolean office() {
        return CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK");
    }

    private static long orZero(@Nullable Long value) {
        return value == null ? 0 : value;
    }
}
