package vn.edu.ecenter.timetable.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.academics.WorkloadLine;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.TeacherSlotKind;
import vn.edu.ecenter.timetable.TimetableSetups;
import vn.edu.ecenter.timetable.centre.CentreProblem;
import vn.edu.ecenter.timetable.centre.ImpossibleDemand;
import vn.edu.ecenter.timetable.centre.Rule;
import vn.edu.ecenter.timetable.centre.Rules;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.centre.Wording;
import vn.edu.ecenter.timetable.internal.CentreDataAssembler.Assembled;
import vn.edu.ecenter.timetable.internal.SetupStore.FixedRow;
import vn.edu.ecenter.timetable.internal.SetupStore.MeetingRow;
import vn.edu.ecenter.timetable.internal.SetupStore.OptionRow;
import vn.edu.ecenter.timetable.internal.SetupStore.RoomRow;
import vn.edu.ecenter.timetable.internal.SetupStore.Setup;
import vn.edu.ecenter.timetable.internal.SetupStore.TeacherSlotRow;

/** The set-up of a school year's timetables (see {@link TimetableSetups}), on top of {@link SetupStore}. */
@Service
@Transactional(readOnly = true)
class SetupService implements TimetableSetups {

    static final String OFFICE = TimetableService.OFFICE;

    static final int MAX_PERIODS = 10;
    static final int MAX_DURATION = 4;
    static final int MAX_NAME = 100;
    static final int MAX_CAPACITY = 500;
    static final int MAX_COURSE_PERIODS = 30;
    static final int MAX_WEIGHT = 1000;

    private final SetupStore store;
    private final CentreDataAssembler assembler;
    private final Academics academics;
    private final AuditTrail audit;
    private final BusinessClock clock;

    SetupService(
            SetupStore store,
            CentreDataAssembler assembler,
            Academics academics,
            AuditTrail audit,
            BusinessClock clock) {
        this.store = store;
        this.assembler = assembler;
        this.academics = academics;
        this.audit = audit;
        this.clock = clock;
    }

    // --- Week grid and rules ---

    @Override
    @PreAuthorize(OFFICE)
    public WeekGrid grid(UUID schoolYearId) {
        return store.setup(schoolYearId).grid();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public WeekGrid saveGrid(UUID schoolYearId, GridInput input) {
        WeekGrid grid = validGrid(input);
        Setup setup = store.setup(schoolYearId);
        store.saveGridAndRules(schoolYearId, grid, setup.rules(), CurrentUser.actor(), clock.instant());
        audit.record(AuditRecord.of("timetableSetup.gridSaved", "timetable_setup", schoolYearId.toString())
                .values(setup.grid(), grid));
        return grid;
    }

    private static WeekGrid validGrid(GridInput input) {
        if (input.days().isEmpty()) {
            throw new Rejected("timetable.setup.grid.noDay");
        }
        if (input.sessions().isEmpty()) {
            throw new Rejected("timetable.setup.grid.noSession");
        }
        List<SessionInput> sessions = new ArrayList<>(input.sessions());
        sessions.sort((a, b) -> a.kind().compareTo(b.kind()));
        List<WeekGrid.Session> built = new ArrayList<>();
        @Nullable LocalTime previousEnd = null;
        @Nullable ClassSession previousKind = null;
        for (SessionInput session : sessions) {
            Object name = session(session.kind());
            if (session.kind() == previousKind) {
                throw new Rejected("timetable.setup.grid.sessionTwice", name);
            }
            int count = session.periods().size();
            if (count < 1 || count > MAX_PERIODS) {
                throw new Rejected("timetable.setup.grid.periodCount", name, count, MAX_PERIODS);
            }
            List<WeekGrid.Period> periods = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                PeriodInput period = session.periods().get(i);
                int number = i + 1;
                LocalTime start = period.start();
                LocalTime end = period.end();
                if (start == null || end == null) {
                    throw new Rejected("timetable.setup.grid.periodTime", name, number);
                }
                if (!end.isAfter(start)) {
                    throw new Rejected("timetable.setup.grid.periodOrder", name, number, start, end);
                }
                if (previousEnd != null && start.isBefore(previousEnd)) {
                    throw new Rejected("timetable.setup.grid.overlap", name, number, start, previousEnd);
                }
                periods.add(new WeekGrid.Period(number, start, end));
                previousEnd = end;
            }
            for (int after : session.breakAfter()) {
                if (after < 1 || after >= count) {
                    throw new Rejected("timetable.setup.grid.breakAfterInvalid", name, after, count);
                }
            }
            built.add(new WeekGrid.Session(session.kind(), periods, session.breakAfter()));
            previousKind = session.kind();
        }
        List<DayOfWeek> days = input.days().stream().distinct().sorted().toList();
        return new WeekGrid(days, built);
    }

    @Override
    @PreAuthorize(OFFICE)
    public Rules rules(UUID schoolYearId) {
        return store.setup(schoolYearId).rules();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public Rules saveRules(UUID schoolYearId, Map<Rule, RuleInput> settings) {
        Map<Rule, Rules.Setting> valid = new EnumMap<>(Rule.class);
        settings.forEach((rule, input) -> valid.put(rule, setting(rule, input)));
        return saveRules(schoolYearId, new Rules(valid), "timetableSetup.rulesSaved");
    }

    /** A rule's setting as typed, refused naming the rule when its weight or limit is out of range. */
    private static Rules.Setting setting(Rule rule, RuleInput input) {
        if (input.weight() < 1 || input.weight() > MAX_WEIGHT) {
            throw new Rejected("timetable.setup.rule.weight", ruleName(rule), MAX_WEIGHT);
        }
        LimitRange range = TimetableSetups.limitRange(rule);
        int limit = range == null ? 0 : input.limit();
        if (range != null && (limit < range.min() || limit > range.max())) {
            throw new Rejected("timetable.setup.rule.limit", ruleName(rule), range.min(), range.max());
        }
        return new Rules.Setting(input.enabled(), input.hard(), input.weight(), limit);
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public Rules restoreDefaultRules(UUID schoolYearId) {
        return saveRules(schoolYearId, Rules.defaults(), "timetableSetup.rulesRestored");
    }

    private Rules saveRules(UUID schoolYearId, Rules rules, String action) {
        Setup setup = store.setup(schoolYearId);
        store.saveGridAndRules(schoolYearId, setup.grid(), rules, CurrentUser.actor(), clock.instant());
        audit.record(AuditRecord.of(action, "timetable_setup", schoolYearId.toString())
                .values(setup.rules(), rules));
        return rules;
    }

    // --- Rooms ---

    @Override
    @PreAuthorize(OFFICE)
    public List<Room> rooms() {
        return store.rooms().stream().map(SetupService::room).toList();
    }

    @Override
    @PreAuthorize(OFFICE)
    public List<String> roomKinds() {
        return store.rooms().stream().map(RoomRow::kind).distinct().sorted().toList();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public Room addRoom(String name, String kind, int capacity) {
        String roomName = name.strip();
        String roomKind = kind.strip();
        if (roomName.isEmpty() || roomName.length() > MAX_NAME) {
            throw new Rejected("timetable.setup.room.name", MAX_NAME);
        }
        if (roomKind.isEmpty() || roomKind.length() > MAX_NAME) {
            throw new Rejected("timetable.setup.room.kind", roomName, MAX_NAME);
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new Rejected("timetable.setup.room.capacity", roomName, MAX_CAPACITY);
        }
        if (store.rooms().stream().anyMatch(r -> r.name().equalsIgnoreCase(roomName))) {
            throw Rejected.conflict("timetable.setup.room.duplicate", roomName);
        }
        RoomRow row = new RoomRow(UUID.randomUUID(), roomName, roomKind, capacity);
        try {
            store.addRoom(row);
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("timetable.setup.room.duplicate", roomName);
        }
        audit.record(AuditRecord.of(
                        "timetableSetup.roomAdded", "timetable_room", row.id().toString())
                .values(null, row));
        return room(row);
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public void removeRoom(UUID roomId) {
        RoomRow row = store.room(roomId).orElseThrow(() -> Rejected.notFound("timetable.setup.room.notFound"));
        store.removeRoom(roomId);
        audit.record(AuditRecord.of("timetableSetup.roomRemoved", "timetable_room", roomId.toString())
                .values(row, null));
    }

    private static Room room(RoomRow row) {
        return new Room(row.id(), row.name(), row.kind(), row.capacity());
    }

    // --- Fixed activities ---

    @Override
    @PreAuthorize(OFFICE)
    public List<FixedActivity> fixedActivities(UUID schoolYearId) {
        return store.fixed(schoolYearId).stream().map(SetupService::activity).toList();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public FixedActivity addFixedActivity(UUID schoolYearId, NewFixedActivity activity) {
        String name = activity.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new Rejected("timetable.setup.fixed.name", MAX_NAME);
        }
        WeekGrid grid = store.setup(schoolYearId).grid();
        if (!grid.days().contains(activity.day())) {
            throw new Rejected("timetable.setup.fixed.day", name, day(activity.day()));
        }
        if (activity.duration() < 1 || activity.duration() > MAX_DURATION) {
            throw new Rejected("timetable.setup.fixed.duration", name, MAX_DURATION);
        }
        List<WeekGrid.Session> sessions;
        if (activity.session() == null) {
            sessions = grid.sessions();
        } else {
            int index = grid.sessionIndex(activity.session());
            if (index < 0) {
                throw new Rejected("timetable.setup.fixed.session", name, session(activity.session()));
            }
            sessions = List.of(grid.sessions().get(index));
        }
        int last = activity.period() + activity.duration() - 1;
        for (WeekGrid.Session session : sessions) {
            if (activity.period() < 1 || last > session.periods().size()) {
                throw new Rejected(
                        "timetable.setup.fixed.period",
                        name,
                        activity.period(),
                        last,
                        session.periods().size(),
                        session(session.kind()));
            }
        }
        FixedRow row = new FixedRow(
                UUID.randomUUID(),
                name,
                activity.session(),
                activity.day(),
                activity.period(),
                activity.duration(),
                activity.homeroomLeads());
        store.addFixed(schoolYearId, row);
        audit.record(AuditRecord.of(
                        "timetableSetup.fixedAdded",
                        "timetable_fixed_activity",
                        row.id().toString())
                .values(null, row));
        return activity(row);
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public List<FixedActivity> addUsualFixedActivities(UUID schoolYearId) {
        WeekGrid grid = store.setup(schoolYearId).grid();
        Wording vietnamese = Wording.vietnamese();
        List<NewFixedActivity> usual = new ArrayList<>();
        if (grid.days().contains(DayOfWeek.MONDAY)) {
            usual.add(new NewFixedActivity(
                    vietnamese.text("timetable.setup.usual.salute"), null, DayOfWeek.MONDAY, 1, 1, false));
        }
        if (grid.days().contains(DayOfWeek.SATURDAY)) {
            for (WeekGrid.Session session : grid.sessions()) {
                usual.add(new NewFixedActivity(
                        vietnamese.text("timetable.setup.usual.classMeeting"),
                        session.kind(),
                        DayOfWeek.SATURDAY,
                        session.periods().size(),
                        1,
                        true));
            }
        }
        List<FixedRow> present = store.fixed(schoolYearId);
        List<FixedActivity> added = new ArrayList<>();
        for (NewFixedActivity activity : usual) {
            boolean there = present.stream()
                    .anyMatch(f -> f.name().equalsIgnoreCase(activity.name())
                            && f.day() == activity.day()
                            && f.session() == activity.session()
                            && f.period() == activity.period());
            if (!there) {
                added.add(addFixedActivity(schoolYearId, activity));
            }
        }
        return added;
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public void removeFixedActivity(UUID activityId) {
        FixedRow row =
                store.fixedActivity(activityId).orElseThrow(() -> Rejected.notFound("timetable.setup.fixed.notFound"));
        store.removeFixed(activityId);
        audit.record(AuditRecord.of("timetableSetup.fixedRemoved", "timetable_fixed_activity", activityId.toString())
                .values(row, null));
    }

    private static FixedActivity activity(FixedRow row) {
        return new FixedActivity(
                row.id(), row.name(), row.session(), row.day(), row.period(), row.duration(), row.homeroomLeads());
    }

    // --- Subject-group meetings ---

    @Override
    @PreAuthorize(OFFICE)
    public List<Meeting> meetings(UUID schoolYearId) {
        return store.meetings(schoolYearId).stream().map(SetupService::meeting).toList();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public Meeting addMeeting(UUID schoolYearId, NewMeeting meeting) {
        String name = meeting.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new Rejected("timetable.setup.meeting.name", MAX_NAME);
        }
        List<String> codes = meeting.subjectCodes().stream().distinct().toList();
        if (codes.isEmpty()) {
            throw new Rejected("timetable.setup.meeting.subjects", name);
        }
        Set<String> programme =
                academics.subjects().stream().map(SubjectView::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!programme.contains(code)) {
                throw new Rejected("timetable.setup.meeting.subject", name, code);
            }
        }
        WeekGrid grid = store.setup(schoolYearId).grid();
        if (!grid.days().contains(meeting.day())) {
            throw new Rejected("timetable.setup.meeting.day", name, day(meeting.day()));
        }
        if (grid.sessionIndex(meeting.session()) < 0) {
            throw new Rejected("timetable.setup.meeting.session", name, session(meeting.session()));
        }
        MeetingRow row = new MeetingRow(UUID.randomUUID(), name, codes, meeting.day(), meeting.session());
        store.addMeeting(schoolYearId, row);
        audit.record(AuditRecord.of(
                        "timetableSetup.meetingAdded",
                        "timetable_group_meeting",
                        row.id().toString())
                .values(null, row));
        return meeting(row);
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public void removeMeeting(UUID meetingId) {
        MeetingRow row =
                store.meeting(meetingId).orElseThrow(() -> Rejected.notFound("timetable.setup.meeting.notFound"));
        store.removeMeeting(meetingId);
        audit.record(AuditRecord.of("timetableSetup.meetingRemoved", "timetable_group_meeting", meetingId.toString())
                .values(row, null));
    }

    private static Meeting meeting(MeetingRow row) {
        return new Meeting(row.id(), row.name(), row.subjectCodes(), row.day(), row.session());
    }

    // --- Teachers' unavailable slots ---

    @Override
    @PreAuthorize(OFFICE)
    public List<TeacherSlots> teachers(UUID schoolYearId) {
        Map<UUID, int[]> counts = new HashMap<>();
        for (TeacherSlotRow row : store.teacherSlots(schoolYearId)) {
            counts.computeIfAbsent(row.staffId(), id -> new int[2])[row.elsewhere() ? 1 : 0]++;
        }
        return academics.workload(schoolYearId).stream()
                .map(line -> {
                    int[] count = counts.getOrDefault(line.staffId(), new int[2]);
                    return new TeacherSlots(line.staffId(), line.name().fullName(), count[0], count[1]);
                })
                .toList();
    }

    @Override
    @PreAuthorize(OFFICE)
    public Map<Slot, TeacherSlotKind> teacherSlots(UUID schoolYearId, UUID staffId) {
        Map<Slot, TeacherSlotKind> slots = new LinkedHashMap<>();
        store.teacherSlots(schoolYearId).stream()
                .filter(row -> row.staffId().equals(staffId))
                .forEach(row ->
                        slots.put(row.slot(), row.elsewhere() ? TeacherSlotKind.ELSEWHERE : TeacherSlotKind.BUSY));
        return slots;
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public void saveTeacherSlots(UUID schoolYearId, UUID staffId, Map<Slot, TeacherSlotKind> slots) {
        WorkloadLine teacher = academics.workload(schoolYearId).stream()
                .filter(line -> line.staffId().equals(staffId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("timetable.setup.teacher.notFound"));
        WeekGrid grid = store.setup(schoolYearId).grid();
        List<TeacherSlotRow> rows = new ArrayList<>();
        for (Map.Entry<Slot, TeacherSlotKind> entry : slots.entrySet()) {
            Slot slot = entry.getKey();
            if (grid.time(slot) < 0) {
                throw new Rejected(
                        "timetable.setup.teacher.slot",
                        teacher.name().fullName(),
                        day(slot.day()),
                        session(slot.session()),
                        slot.period());
            }
            rows.add(new TeacherSlotRow(staffId, slot, entry.getValue() == TeacherSlotKind.ELSEWHERE));
        }
        Map<Slot, TeacherSlotKind> before = teacherSlots(schoolYearId, staffId);
        store.replaceTeacherSlots(schoolYearId, staffId, rows);
        audit.record(AuditRecord.of("timetableSetup.teacherSlotsSaved", "timetable_teacher_slot", staffId.toString())
                .values(slotsForAudit(before), slotsForAudit(slots)));
    }

    private static Map<String, String> slotsForAudit(Map<Slot, TeacherSlotKind> slots) {
        Map<String, String> values = new LinkedHashMap<>();
        slots.forEach((slot, kind) -> values.put(slot.day() + "/" + slot.session() + "/" + slot.period(), kind.name()));
        return values;
    }

    // --- Course options ---

    @Override
    @PreAuthorize(OFFICE)
    public List<CourseOption> courseOptions(UUID schoolYearId) {
        Map<String, OptionRow> options = store.options();
        return academics.assignmentsOfYear(schoolYearId).stream()
                .map(a -> courseOption(a, options.get(CentreDataAssembler.courseId(a.classId(), a.subjectId()))))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public CourseOption saveCourseOption(
            UUID schoolYearId,
            UUID classId,
            UUID subjectId,
            @Nullable Integer periods,
            int doubles,
            @Nullable String roomKind) {
        AssignmentView assignment = academics.assignmentsOfYear(schoolYearId).stream()
                .filter(a -> a.classId().equals(classId) && a.subjectId().equals(subjectId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("timetable.setup.course.notFound"));
        String subject = assignment.subjectName();
        String className = assignment.className();
        if (periods != null && (periods < 0 || periods > MAX_COURSE_PERIODS)) {
            throw new Rejected("timetable.setup.course.periods", subject, className, MAX_COURSE_PERIODS);
        }
        int timetabled = periods == null ? CentreDataAssembler.periods(assignment.periodsPerWeek()) : periods;
        if (doubles < 0 || 2 * doubles > timetabled) {
            throw new Rejected("timetable.setup.course.doubles", subject, className, doubles, 2 * doubles, timetabled);
        }
        String kind = roomKind == null || roomKind.isBlank() ? null : roomKind.strip();
        if (kind != null && store.rooms().stream().noneMatch(r -> r.kind().equals(kind))) {
            throw new Rejected("timetable.setup.course.roomKind", subject, className, kind);
        }
        String courseId = CentreDataAssembler.courseId(classId, subjectId);
        OptionRow before = store.options().get(courseId);
        OptionRow row = new OptionRow(classId, subjectId, periods, doubles, kind);
        if (periods == null && doubles == 0 && kind == null) {
            store.removeOption(classId, subjectId);
        } else {
            store.saveOption(row);
        }
        audit.record(AuditRecord.of("timetableSetup.courseOptionSaved", "timetable_course_option", courseId)
                .values(before, row));
        return courseOption(assignment, row);
    }

    private static CourseOption courseOption(AssignmentView a, @Nullable OptionRow option) {
        return new CourseOption(
                a.classId(),
                a.className(),
                a.subjectId(),
                a.subjectCode(),
                a.subjectName(),
                a.teacherName(),
                a.periodsPerWeek(),
                CentreDataAssembler.periods(a.periodsPerWeek()),
                option == null ? null : option.periods(),
                option == null ? 0 : option.doubles(),
                option == null ? null : option.roomKind());
    }

    // --- The up-front check ---

    @Override
    @PreAuthorize(OFFICE)
    public DataCheck check(UUID schoolYearId, Locale locale) {
        Assembled assembled = assembler.assemble(schoolYearId, store.setup(schoolYearId), List.of());
        int courses = assembled.data().courses().size();
        if (courses == 0) {
            return new DataCheck(0, List.of());
        }
        try {
            CentreProblem.of(assembled.data(), Wording.of(locale));
            return new DataCheck(courses, List.of());
        } catch (ImpossibleDemand e) {
            return new DataCheck(courses, e.reasons());
        }
    }

    // --- Words for refusals, resolved in the reader's language ---

    private static Object session(ClassSession kind) {
        return new DefaultMessageSourceResolvable("timetable.session." + kind);
    }

    private static Object day(DayOfWeek day) {
        return new DefaultMessageSourceResolvable("timetable.day." + day);
    }

    private static Object ruleName(Rule rule) {
        return new DefaultMessageSourceResolvable("timetable.rule." + rule + ".name");
    }
}
