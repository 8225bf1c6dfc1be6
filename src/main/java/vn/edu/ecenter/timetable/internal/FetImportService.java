package vn.edu.ecenter.timetable.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.shared.VietnameseText;
import vn.edu.ecenter.timetable.FetImportReport;
import vn.edu.ecenter.timetable.FetImportReport.Kind;
import vn.edu.ecenter.timetable.FetImportReport.Tally;
import vn.edu.ecenter.timetable.FetImports;
import vn.edu.ecenter.timetable.TeacherSlotKind;
import vn.edu.ecenter.timetable.TimetableSetups;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.centre.Wording;
import vn.edu.ecenter.timetable.fet.Activity;
import vn.edu.ecenter.timetable.fet.FetConstraint;
import vn.edu.ecenter.timetable.fet.FetDocument;
import vn.edu.ecenter.timetable.fet.FetFormatException;
import vn.edu.ecenter.timetable.fet.FetReader;
import vn.edu.ecenter.timetable.fet.Scope;
import vn.edu.ecenter.timetable.fet.StudentsSet;
import vn.edu.ecenter.timetable.fet.TimeSlot;

/**
 * Import of a FET file (see {@link FetImports}). The file is read and planned against the centre's records first
 * ({@link Plan}); the preview reports the plan, the import writes it through the public APIs of people and academics
 * and the set-up, in one transaction.
 *
 * <p>Decisions: subjects are never created (a FET subject the programme lacks is reported, and its activities are
 * skipped; the programme is the director's); chào cờ and sinh hoạt lớp are fixed activities, not assignments; a
 * class's subject already assigned differently is kept unless the user asked to replace it; a FET teacher with a
 * one-word name ("C.Anh", common in Vietnamese FET files) is registered with that word as family and given name, and
 * the report asks for the full name.
 */
@Service
@Transactional(readOnly = true)
class FetImportService implements FetImports {

    static final String OFFICE = TimetableService.OFFICE;

    /** The most periods a week an assignment may have (academics refuses more). */
    static final int MAX_PERIODS = 20;

    /** TT 04/2026: a GDTX teacher's norm, periods a week. */
    static final int WORKLOAD_NORM = 17;

    private static final Pattern GRADE = Pattern.compile("(?<!\\d)(10|11|12)(?!\\d)");

    /** Folded names and abbreviations of the programme's subjects, by subject code. */
    private static final Map<String, String> SUBJECT_ALIASES = aliases();

    private final Academics academics;
    private final People people;
    private final TimetableSetups setups;
    private final SetupStore store;
    private final AuditTrail audit;

    FetImportService(Academics academics, People people, TimetableSetups setups, SetupStore store, AuditTrail audit) {
        this.academics = academics;
        this.people = people;
        this.setups = setups;
        this.store = store;
        this.audit = audit;
    }

    @Override
    @PreAuthorize(OFFICE)
    public FetImportReport preview(UUID schoolYearId, byte[] file, boolean replaceAssignments, Locale locale) {
        return plan(schoolYearId, file, replaceAssignments, locale).report(false);
    }

    @Override
    @Transactional
    @PreAuthorize(OFFICE)
    public FetImportReport apply(UUID schoolYearId, byte[] file, boolean replaceAssignments, Locale locale) {
        Plan plan = plan(schoolYearId, file, replaceAssignments, locale);
        plan.write();
        FetImportReport report = plan.report(true);
        Map<String, Object> counts = new LinkedHashMap<>();
        report.tallies().forEach(t -> counts.put(t.kind().name(), List.of(t.matched(), t.created(), t.skipped())));
        audit.record(AuditRecord.of("timetableSetup.fetImported", "timetable_setup", schoolYearId.toString())
                .values(null, counts));
        return report;
    }

    private Plan plan(UUID schoolYearId, byte[] file, boolean replace, Locale locale) {
        FetDocument document;
        try {
            document = FetReader.read(new ByteArrayInputStream(file));
        } catch (FetFormatException e) {
            throw new Rejected("timetable.fetImport.badFile", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Rejected("timetable.fetImport.badFile", String.valueOf(e.getMessage()));
        }
        Plan plan = new Plan(schoolYearId, document, replace, Wording.of(locale));
        plan.make();
        return plan;
    }

    /** What importing one document into one school year does, worked out before anything is written. */
    private final class Plan {

        private final UUID yearId;
        private final FetDocument document;
        private final boolean replace;
        private final Wording words;
        private final WeekGrid grid;

        private final List<String> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<Kind, int[]> tallies = new LinkedHashMap<>();

        /** FET subject → programme subject; FET subjects that are fixed activities. */
        private final Map<String, SubjectView> subjects = new LinkedHashMap<>();

        private final Set<String> fixedSubjects = new LinkedHashSet<>();

        /** FET class name → the class (existing or to open); students set → the classes it stands for. */
        private final Map<String, PlannedClass> classes = new LinkedHashMap<>();

        private final Map<String, List<String>> classesOf = new LinkedHashMap<>();

        /** FET teacher → staff (existing or to register). */
        private final Map<String, PlannedTeacher> teachers = new LinkedHashMap<>();

        private final Map<String, PlannedAssignment> assignments = new LinkedHashMap<>();
        private final List<PlannedRoom> rooms = new ArrayList<>();
        private final Map<String, Set<Slot>> busy = new LinkedHashMap<>();

        /** How FET's hours map onto the grid: every time of the day, one session, or not at all (null). */
        private @Nullable ClassSession hoursSession;

        private boolean hoursAreWholeDay;

        Plan(UUID yearId, FetDocument document, boolean replace, Wording words) {
            this.yearId = yearId;
            this.document = document;
            this.replace = replace;
            this.words = words;
            this.grid = store.setup(yearId).grid();
            for (Kind kind : Kind.values()) {
                tallies.put(kind, new int[3]);
            }
        }

        private void count(Kind kind, int column) {
            tallies.get(kind)[column]++;
        }

        private void problem(String key, Object... args) {
            problems.add(words.text("timetable.fetImport." + key, args));
        }

        private void note(String key, Object... args) {
            notes.add(words.text("timetable.fetImport." + key, args));
        }

        FetImportReport report(boolean applied) {
            List<Tally> list = new ArrayList<>();
            tallies.forEach((kind, c) -> list.add(new Tally(kind, c[0], c[1], c[2])));
            return new FetImportReport(applied, list, problems, notes);
        }

        void make() {
            List<Activity> active = document.activeActivities().toList();
            Set<String> usedSubjects = new LinkedHashSet<>();
            Set<String> usedTeachers = new LinkedHashSet<>();
            active.forEach(a -> {
                usedSubjects.add(a.subject());
                usedTeachers.addAll(a.teachers());
            });
            int inactive = document.activities().size() - active.size();
            if (inactive > 0) {
                note("inactiveActivities", inactive);
            }
            matchSubjects(usedSubjects);
            planClasses();
            mapHours();
            planTeachers(usedTeachers, active);
            planAssignments(active);
            planRooms();
            planBusySlots();
            listOtherConstraints();
        }

        // --- Subjects ---

        private void matchSubjects(Set<String> used) {
            List<SubjectView> programme = academics.subjects();
            for (String name : used) {
                String key = key(name);
                if (isFixedActivity(key)) {
                    fixedSubjects.add(name);
                    count(Kind.SUBJECTS, 2);
                    continue;
                }
                SubjectView subject = programme.stream()
                        .filter(s -> key(s.name()).equals(key)
                                || key(s.code()).equals(key)
                                || s.code().equals(SUBJECT_ALIASES.get(key)))
                        .findFirst()
                        .orElse(null);
                if (subject == null) {
                    problem("subject.unmatched", name);
                    count(Kind.SUBJECTS, 2);
                } else {
                    subjects.put(name, subject);
                    count(Kind.SUBJECTS, 0);
                }
            }
            if (!fixedSubjects.isEmpty()) {
                note("subject.fixed", String.join(", ", quoted(fixedSubjects)));
            }
        }

        // --- Classes ---

        /** A year without groups is a class; otherwise its groups are (their subgroups belong to them). */
        private void planClasses() {
            Map<String, ClassView> existing = new LinkedHashMap<>();
            academics.classes(yearId).forEach(c -> existing.put(key(c.name()).replace(" ", ""), c));
            for (StudentsSet year : document.years()) {
                List<StudentsSet> units = year.parts().isEmpty() ? List.of(year) : year.parts();
                for (StudentsSet unit : units) {
                    classesOf
                            .computeIfAbsent(year.name(), n -> new ArrayList<>())
                            .add(unit.name());
                    classesOf
                            .computeIfAbsent(unit.name(), n -> new ArrayList<>())
                            .add(unit.name());
                    unit.withAllParts().skip(1).forEach(sub -> classesOf
                            .computeIfAbsent(sub.name(), n -> new ArrayList<>())
                            .add(unit.name()));
                    if (classes.containsKey(unit.name())) {
                        continue;
                    }
                    ClassView found = existing.get(key(unit.name()).replace(" ", ""));
                    if (found != null) {
                        classes.put(
                                unit.name(), new PlannedClass(unit.name(), found.id(), found.grade(), found.session()));
                        count(Kind.CLASSES, 0);
                        continue;
                    }
                    Matcher grade = GRADE.matcher(unit.name());
                    if (!grade.find()) {
                        problem("class.noGrade", unit.name());
                        count(Kind.CLASSES, 2);
                        continue;
                    }
                    ClassSession session = sessionOf(unit, year);
                    if (session == null) {
                        session = grid.sessions().getFirst().kind();
                        note("class.defaultSession", unit.name(), sessionName(session));
                    }
                    classes.put(
                            unit.name(),
                            new PlannedClass(unit.name(), null, Integer.parseInt(grade.group(1)), session));
                    count(Kind.CLASSES, 1);
                }
            }
            classesOf.values().forEach(list -> {
                List<String> distinct = list.stream().distinct().toList();
                list.clear();
                list.addAll(distinct);
            });
        }

        /**
         * The session of a class: the one its not-available times leave it (as eCenter's export says it), or a
         * session named in the class's, its year's or the institution's name; null when nothing says.
         */
        private @Nullable ClassSession sessionOf(StudentsSet unit, StudentsSet year) {
            if (document.hours().size() == grid.timesPerDay()) {
                Set<TimeSlot> blocked = new HashSet<>();
                document.timeConstraints().stream()
                        .filter(FetConstraint.NotAvailableTimes.class::isInstance)
                        .map(FetConstraint.NotAvailableTimes.class::cast)
                        .filter(c -> c.header().active())
                        .filter(c -> c.scope() instanceof Scope.OneStudentsSet set
                                && (set.name().equals(unit.name()) || set.name().equals(year.name())))
                        .forEach(c -> blocked.addAll(c.slots()));
                if (!blocked.isEmpty()) {
                    Set<ClassSession> open = new HashSet<>();
                    for (int day = 0;
                            day < Math.min(document.days().size(), grid.days().size());
                            day++) {
                        for (int hour = 0; hour < grid.timesPerDay(); hour++) {
                            if (!blocked.contains(new TimeSlot(day, hour))) {
                                open.add(grid.slot(hour).session());
                            }
                        }
                    }
                    if (open.size() == 1) {
                        return open.iterator().next();
                    }
                }
            }
            for (String text : List.of(unit.name(), year.name(), document.institutionName(), document.comments())) {
                List<String> found = List.of(key(text).split(" "));
                if (found.contains("sang")) {
                    return ClassSession.MORNING;
                }
                if (found.contains("chieu")) {
                    return ClassSession.AFTERNOON;
                }
                if (found.contains("toi")) {
                    return ClassSession.EVENING;
                }
            }
            return null;
        }

        // --- The week ---

        private void mapHours() {
            int fetDays = document.days().size();
            int days = grid.days().size();
            if (fetDays != days) {
                problem("grid.days", fetDays, days, Math.min(fetDays, days));
            }
            int hours = document.hours().size();
            if (hours == grid.timesPerDay()) {
                hoursAreWholeDay = true;
                return;
            }
            Set<ClassSession> sessions = new HashSet<>();
            classes.values().forEach(c -> sessions.add(c.session()));
            if (sessions.size() == 1) {
                ClassSession session = sessions.iterator().next();
                int index = grid.sessionIndex(session);
                int periods =
                        index < 0 ? 0 : grid.sessions().get(index).periods().size();
                if (index >= 0 && hours <= periods) {
                    hoursSession = session;
                    note("grid.session", hours, sessionName(session), periods);
                    return;
                }
                if (index >= 0) {
                    problem("grid.hoursTooMany", hours, sessionName(session), periods);
                    return;
                }
            }
            problem("grid.hours", hours, grid.timesPerDay());
        }

        /** The centre's slot of a FET slot, by position; null when it has none. */
        private @Nullable Slot slot(TimeSlot time) {
            if (time.day() >= grid.days().size()) {
                return null;
            }
            if (hoursAreWholeDay) {
                Slot inDay = grid.slot(time.hour());
                return new Slot(grid.days().get(time.day()), inDay.session(), inDay.period());
            }
            if (hoursSession != null) {
                return new Slot(grid.days().get(time.day()), hoursSession, time.hour() + 1);
            }
            return null;
        }

        // --- Teachers ---

        private void planTeachers(Set<String> used, List<Activity> active) {
            List<StaffSummary> staff = people.staff();
            Set<String> codes = new HashSet<>();
            staff.forEach(s -> codes.add(s.code().toLowerCase(Locale.ROOT)));
            int unused = 0;
            for (var teacher : document.teachers()) {
                String name = teacher.name().strip();
                if (!used.contains(teacher.name())) {
                    unused++;
                    continue;
                }
                String key = key(name);
                List<StaffSummary> same = staff.stream()
                        .filter(s -> key(s.name().fullName()).equals(key))
                        .toList();
                if (!same.isEmpty()) {
                    StaffSummary chosen = same.getFirst();
                    if (same.size() > 1) {
                        note("teacher.ambiguous", name, same.size(), chosen.code());
                    }
                    teachers.put(teacher.name(), new PlannedTeacher(name, chosen.id(), null));
                    count(Kind.TEACHERS, 0);
                    continue;
                }
                PersonName personName;
                if (name.split("\\s+").length >= 2) {
                    personName = PersonName.parse(name);
                } else {
                    personName = new PersonName(name, "", name, name);
                    note("teacher.shortName", name);
                }
                Set<String> subjectCodes = new LinkedHashSet<>();
                active.stream()
                        .filter(a -> a.teachers().contains(teacher.name()) && subjects.containsKey(a.subject()))
                        .forEach(a -> subjectCodes.add(subjects.get(a.subject()).code()));
                String code = code(name, codes);
                codes.add(code);
                teachers.put(
                        teacher.name(),
                        new PlannedTeacher(
                                name,
                                null,
                                new StaffDetails(
                                        code,
                                        personName,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "TEACHER",
                                        null,
                                        null,
                                        subjectCodes,
                                        WORKLOAD_NORM)));
                note("teacher.created", name, code);
                count(Kind.TEACHERS, 1);
            }
            if (unused > 0) {
                note("teacher.unused", unused);
                tallies.get(Kind.TEACHERS)[2] += unused;
            }
        }

        // --- Assignments ---

        private void planAssignments(List<Activity> active) {
            Map<String, Map<String, Integer>> periods = new LinkedHashMap<>();
            Map<String, String> className = new LinkedHashMap<>();
            Map<String, String> subjectName = new LinkedHashMap<>();
            int fixed = 0;
            for (Activity activity : active) {
                if (fixedSubjects.contains(activity.subject())) {
                    fixed++;
                    continue;
                }
                SubjectView subject = subjects.get(activity.subject());
                if (subject == null) {
                    count(Kind.ASSIGNMENTS, 2);
                    continue;
                }
                if (activity.teachers().isEmpty()) {
                    problem("activity.noTeacher", activity.id(), activity.subject());
                    count(Kind.ASSIGNMENTS, 2);
                    continue;
                }
                String teacher = activity.teachers().getFirst();
                if (activity.teachers().size() > 1) {
                    note(
                            "activity.teachers",
                            activity.id(),
                            activity.subject(),
                            String.join(", ", quoted(activity.teachers())),
                            teacher);
                }
                Set<String> targets = new LinkedHashSet<>();
                for (String students : activity.students()) {
                    targets.addAll(classesOf.getOrDefault(students, List.of()));
                }
                targets.removeIf(c -> !classes.containsKey(c));
                if (targets.isEmpty()) {
                    problem(
                            "activity.noClass",
                            activity.id(),
                            activity.subject(),
                            String.join(", ", activity.students()));
                    count(Kind.ASSIGNMENTS, 2);
                    continue;
                }
                if (targets.size() > 1) {
                    note(
                            "activity.classes",
                            activity.id(),
                            activity.subject(),
                            String.join(", ", targets),
                            activity.duration());
                }
                for (String target : targets) {
                    String key = target + "/" + subject.code();
                    className.put(key, target);
                    subjectName.put(key, activity.subject());
                    periods.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .merge(teacher, activity.duration(), Integer::sum);
                }
            }
            if (fixed > 0) {
                note("activity.fixed", fixed);
            }
            Map<String, AssignmentView> existing = new LinkedHashMap<>();
            academics.assignmentsOfYear(yearId).forEach(a -> existing.put(a.classId() + "/" + a.subjectCode(), a));
            for (Map.Entry<String, Map<String, Integer>> entry : periods.entrySet()) {
                String key = entry.getKey();
                PlannedClass schoolClass = classes.get(className.get(key));
                String subjectLabel = subjectName.get(key);
                SubjectView subject = subjects.get(subjectLabel);
                int total = entry.getValue().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                String teacher = entry.getValue().entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
                if (entry.getValue().size() > 1) {
                    note(
                            "assignment.severalTeachers",
                            subjectLabel,
                            schoolClass.name(),
                            String.join(", ", quoted(entry.getValue().keySet())),
                            teacher,
                            total);
                }
                if (total > MAX_PERIODS) {
                    problem("assignment.tooMany", subjectLabel, schoolClass.name(), total, MAX_PERIODS);
                    count(Kind.ASSIGNMENTS, 2);
                    continue;
                }
                PlannedTeacher planned = teachers.get(teacher);
                AssignmentView current =
                        schoolClass.id() == null ? null : existing.get(schoolClass.id() + "/" + subject.code());
                PlannedAssignment assignment =
                        new PlannedAssignment(schoolClass, subject, planned, BigDecimal.valueOf(total));
                if (current == null) {
                    assignments.put(key, assignment);
                    count(Kind.ASSIGNMENTS, 1);
                } else if (current.staffId().equals(planned.staffId())
                        && current.periodsPerWeek().compareTo(assignment.periods()) == 0) {
                    count(Kind.ASSIGNMENTS, 0);
                } else if (replace) {
                    assignments.put(key, assignment);
                    note(
                            "assignment.replaced",
                            subject.name(),
                            schoolClass.name(),
                            current.teacherName(),
                            current.periodsPerWeek().stripTrailingZeros().toPlainString(),
                            planned.name(),
                            total);
                    count(Kind.ASSIGNMENTS, 1);
                } else {
                    problem(
                            "assignment.kept",
                            subject.name(),
                            schoolClass.name(),
                            current.teacherName(),
                            current.periodsPerWeek().stripTrailingZeros().toPlainString(),
                            planned.name(),
                            total);
                    count(Kind.ASSIGNMENTS, 2);
                }
            }
        }

        // --- Rooms ---

        private void planRooms() {
            Set<String> known = new HashSet<>();
            store.rooms().forEach(r -> known.add(r.name().toLowerCase(Locale.ROOT)));
            for (var room : document.rooms()) {
                String name = room.name().strip();
                if (known.contains(name.toLowerCase(Locale.ROOT))) {
                    count(Kind.ROOMS, 0);
                    continue;
                }
                if (name.isEmpty() || name.length() > SetupService.MAX_NAME) {
                    problem("room.name", name, SetupService.MAX_NAME);
                    count(Kind.ROOMS, 2);
                    continue;
                }
                known.add(name.toLowerCase(Locale.ROOT));
                String kind = roomKind(name, room.comments());
                int capacity = room.capacity();
                if (capacity < 1 || capacity > SetupService.MAX_CAPACITY) {
                    int clamped = Math.max(1, Math.min(SetupService.MAX_CAPACITY, capacity));
                    note("room.capacity", name, capacity, clamped);
                    capacity = clamped;
                }
                rooms.add(new PlannedRoom(name, kind, capacity));
                note("room.created", name, kind, capacity);
                count(Kind.ROOMS, 1);
            }
        }

        private String roomKind(String name, String comments) {
            String comment = comments.strip();
            if (!comment.isEmpty() && comment.length() <= SetupService.MAX_NAME && !comment.contains("\n")) {
                return comment;
            }
            List<String> found = List.of(key(name).split(" "));
            String folded = key(name);
            if (found.contains("tin") || folded.contains("may tinh") || folded.contains("phong may")) {
                return words.text("timetable.fetImport.kind.computer");
            }
            if (found.contains("ly")
                    || found.contains("li")
                    || found.contains("hoa")
                    || found.contains("sinh")
                    || folded.contains("thi nghiem")
                    || folded.contains("thuc hanh")) {
                return words.text("timetable.fetImport.kind.lab");
            }
            return words.text("timetable.fetImport.kind.other");
        }

        // --- Busy slots ---

        private void planBusySlots() {
            for (FetConstraint constraint : document.timeConstraints()) {
                if (!(constraint instanceof FetConstraint.NotAvailableTimes na)
                        || !(na.scope() instanceof Scope.OneTeacher one)
                        || !constraint.header().active()) {
                    continue;
                }
                PlannedTeacher teacher = teachers.get(one.name());
                if (teacher == null) {
                    problem("busy.noTeacher", one.name(), na.slots().size());
                    tallies.get(Kind.BUSY_SLOTS)[2] += na.slots().size();
                    continue;
                }
                Map<Slot, TeacherSlotKind> current =
                        teacher.staffId() == null ? Map.of() : setups.teacherSlots(yearId, teacher.staffId());
                Set<Slot> slots = busy.computeIfAbsent(one.name(), n -> new LinkedHashSet<>());
                int unmapped = 0;
                for (TimeSlot time : na.slots()) {
                    Slot slot = slot(time);
                    if (slot == null || grid.time(slot) < 0) {
                        unmapped++;
                    } else if (current.containsKey(slot)) {
                        count(Kind.BUSY_SLOTS, 0);
                    } else if (slots.add(slot)) {
                        count(Kind.BUSY_SLOTS, 1);
                    }
                }
                if (unmapped > 0) {
                    problem("busy.unmapped", one.name(), unmapped);
                    tallies.get(Kind.BUSY_SLOTS)[2] += unmapped;
                }
            }
        }

        // --- Other constraints ---

        private void listOtherConstraints() {
            Map<String, Integer> others = new TreeMap<>();
            document.constraints().forEach(c -> {
                if (c instanceof FetConstraint.BasicCompulsoryTime || c instanceof FetConstraint.BasicCompulsorySpace) {
                    return;
                }
                if (c instanceof FetConstraint.NotAvailableTimes na
                        && na.scope() instanceof Scope.OneTeacher
                        && c.header().active()) {
                    count(Kind.CONSTRAINTS, 0);
                    return;
                }
                others.merge(c.elementName(), 1, Integer::sum);
                count(Kind.CONSTRAINTS, 2);
            });
            others.forEach((name, count) -> problem("constraint.notImported", name, count));
        }

        // --- Writing ---

        void write() {
            for (PlannedTeacher teacher : teachers.values()) {
                if (teacher.staffId() == null && teacher.details() != null) {
                    teacher.created = people.registerStaff(teacher.details()).id();
                }
            }
            List<PlannedClass> toOpen =
                    classes.values().stream().filter(c -> c.id() == null).toList();
            if (!toOpen.isEmpty()) {
                List<ClassView> opened = academics.createClasses(toOpen.stream()
                        .map(c -> new CreateClass(yearId, c.name(), c.grade(), c.session(), null, null))
                        .toList());
                for (ClassView view : opened) {
                    toOpen.stream().filter(c -> c.name().equals(view.name())).forEach(c -> c.opened = view.id());
                }
            }
            List<Assign> assigns = assignments.values().stream()
                    .map(a -> new Assign(
                            a.schoolClass().classId(),
                            a.subject().id(),
                            a.teacher().staffIdOrCreated(),
                            a.periods()))
                    .toList();
            if (!assigns.isEmpty()) {
                academics.assignAll(assigns);
            }
            for (PlannedRoom room : rooms) {
                setups.addRoom(room.name(), room.kind(), room.capacity());
            }
            for (Map.Entry<String, Set<Slot>> entry : busy.entrySet()) {
                if (entry.getValue().isEmpty()) {
                    continue;
                }
                UUID staffId = teachers.get(entry.getKey()).staffIdOrCreated();
                Map<Slot, TeacherSlotKind> slots = new LinkedHashMap<>(setups.teacherSlots(yearId, staffId));
                entry.getValue().forEach(slot -> slots.putIfAbsent(slot, TeacherSlotKind.BUSY));
                setups.saveTeacherSlots(yearId, staffId, slots);
            }
        }

        private Object sessionName(ClassSession session) {
            return words.text("timetable.session." + session);
        }
    }

    /** A class of the file: an existing class ({@code id} set) or one to open. */
    private static final class PlannedClass {
        private final String name;
        private final @Nullable UUID id;
        private final int grade;
        private final ClassSession session;
        private @Nullable UUID opened;

        PlannedClass(String name, @Nullable UUID id, int grade, ClassSession session) {
            this.name = name;
            this.id = id;
            this.grade = grade;
            this.session = session;
        }

        String name() {
            return name;
        }

        @Nullable
        UUID id() {
            return id;
        }

        int grade() {
            return grade;
        }

        ClassSession session() {
            return session;
        }

        UUID classId() {
            UUID known = id != null ? id : opened;
            if (known == null) {
                throw new IllegalStateException("class not opened: " + name);
            }
            return known;
        }
    }

    /** A teacher of the file: an existing staff member ({@code staffId} set) or one to register. */
    private static final class PlannedTeacher {
        private final String name;
        private final @Nullable UUID staffId;
        private final @Nullable StaffDetails details;
        private @Nullable UUID created;

        PlannedTeacher(String name, @Nullable UUID staffId, @Nullable StaffDetails details) {
            this.name = name;
            this.staffId = staffId;
            this.details = details;
        }

        String name() {
            return name;
        }

        @Nullable
        UUID staffId() {
            return staffId;
        }

        @Nullable
        StaffDetails details() {
            return details;
        }

        UUID staffIdOrCreated() {
            UUID known = staffId != null ? staffId : created;
            if (known == null) {
                throw new IllegalStateException("teacher not registered: " + name);
            }
            return known;
        }
    }

    private record PlannedAssignment(
            PlannedClass schoolClass, SubjectView subject, PlannedTeacher teacher, BigDecimal periods) {}

    private record PlannedRoom(String name, String kind, int capacity) {}

    // --- Names ---

    /** Folded, with punctuation as spaces: "Ngữ Văn" and "ngu-van" both give "ngu van". */
    static String key(String text) {
        return VietnameseText.fold(text.replaceAll("[.,;:_/()\\-]+", " "));
    }

    /** Chào cờ, sinh hoạt lớp (SHL, SHCN): fixed activities of the week, not subjects. */
    static boolean isFixedActivity(String key) {
        return key.equals("chao co")
                || key.startsWith("sinh hoat")
                || key.equals("shl")
                || key.equals("shcn")
                || key.equals("sh lop");
    }

    /** A staff code free in the centre for a registered teacher: "gv.nguyen.thi.ha", then "gv.nguyen.thi.ha.2". */
    static String code(String name, Set<String> taken) {
        String base = "gv." + key(name).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
        if (base.length() > 36) {
            base = base.substring(0, 36);
        }
        if (base.equals("gv.")) {
            base = "gv.giaovien";
        }
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "." + n;
        }
        return code;
    }

    private static List<String> quoted(java.util.Collection<String> names) {
        return names.stream().map(n -> "«" + n + "»").toList();
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        alias(aliases, "VAN", "van", "ngu van", "nv", "van hoc");
        alias(aliases, "TOAN", "toan", "toan hoc");
        alias(aliases, "SU", "su", "lich su", "ls");
        alias(aliases, "DIA", "dia", "dia li", "dia ly", "dl");
        alias(aliases, "KTPL", "gdcd", "cd", "ktpl", "gd ktpl", "gdktpl", "giao duc cong dan");
        alias(aliases, "LY", "ly", "li", "vat li", "vat ly", "vl");
        alias(aliases, "HOA", "hoa", "hoa hoc", "hh");
        alias(aliases, "SINH", "sinh", "sinh hoc");
        alias(aliases, "CN", "cn", "cong nghe");
        alias(aliases, "TIN", "tin", "tin hoc");
        alias(aliases, "ANH", "anh", "tieng anh", "ta", "ngoai ngu", "nn", "av", "anh van");
        alias(aliases, "CDHT", "cdht", "chuyen de", "chuyen de hoc tap");
        alias(aliases, "GDQP", "gdqp", "qp", "gdqp an", "gdqpan", "quoc phong", "qpan");
        alias(aliases, "GDTC", "gdtc", "td", "the duc", "giao duc the chat");
        return Map.copyOf(aliases);
    }

    private static void alias(Map<String, String> aliases, String code, String... keys) {
        for (String key : keys) {
            aliases.put(key, code);
        }
    }
}
