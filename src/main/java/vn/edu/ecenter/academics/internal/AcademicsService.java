package vn.edu.ecenter.academics.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.academics.CalendarDay;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassPage;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CombinationView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.EnrolmentEvent;
import vn.edu.ecenter.academics.EnrolmentStatus;
import vn.edu.ecenter.academics.EnrolmentView;
import vn.edu.ecenter.academics.ProgrammeInstalled;
import vn.edu.ecenter.academics.Reduction;
import vn.edu.ecenter.academics.RolloverPlan;
import vn.edu.ecenter.academics.RolloverResult;
import vn.edu.ecenter.academics.SubjectDetails;
import vn.edu.ecenter.academics.SubjectKind;
import vn.edu.ecenter.academics.SubjectPeriods;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.academics.TeachingView;
import vn.edu.ecenter.academics.TeachingWeek;
import vn.edu.ecenter.academics.WorkloadLine;
import vn.edu.ecenter.academics.WorkloadRule;
import vn.edu.ecenter.academics.YearEndOutcome;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * The academic structure in SQL. Learners' and staff members' names are read from module people's tables in the same
 * query that lists them (read only), so a class list is one query whatever its size; see docs/architecture.md.
 */
@Service
@Transactional(readOnly = true)
class AcademicsService implements Academics {

    static final String MANAGE = "hasAnyRole('DIRECTOR', 'CLERK', 'SYSTEM_ADMIN')";
    static final String DIRECT = "hasAnyRole('DIRECTOR', 'SYSTEM_ADMIN')";
    static final String STAFF = "hasAnyRole('DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER', 'SYSTEM_ADMIN')";
    static final String READ_CLASSES = "hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER', 'SYSTEM_ADMIN')";

    private static final java.time.format.DateTimeFormatter DATE = vn.edu.ecenter.shared.VietnameseText.DATE;

    private final JdbcClient jdbc;
    private final Centres centres;
    private final AuditTrail audit;
    private final BusinessClock clock;

    AcademicsService(JdbcClient jdbc, Centres centres, AuditTrail audit, BusinessClock clock) {
        this.jdbc = jdbc;
        this.centres = centres;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- programme

    @Override
    @PreAuthorize(STAFF)
    public List<SubjectView> subjects() {
        return jdbc.sql("SELECT * FROM academics.subject WHERE active ORDER BY position, code")
                .query((rs, n) -> subject(rs))
                .list();
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public ProgrammeInstalled installStandardProgramme() {
        int added = 0;
        for (SubjectDetails details : StandardProgramme.SUBJECTS) {
            added += jdbc.sql("""
                    INSERT INTO academics.subject (centre_id, id, code, name, kind, scored, periods_per_year, position)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (centre_id, code) DO NOTHING
                    """)
                    .params(
                            UUID.randomUUID(),
                            details.code(),
                            details.name(),
                            details.kind().name(),
                            details.scored(),
                            details.periodsPerYear(),
                            details.position())
                    .update();
        }
        jdbc.sql("INSERT INTO academics.workload_settings (centre_id) VALUES (platform.current_centre()) "
                        + "ON CONFLICT DO NOTHING")
                .update();
        var result = new ProgrammeInstalled(added, StandardProgramme.SUBJECTS.size() - added);
        if (added > 0) {
            audit.record(AuditRecord.of("programme.installed", "subject", null).values(null, result));
        }
        return result;
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public SubjectView addSubject(SubjectDetails details) {
        String code = details.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{1,20}")) {
            throw new Rejected("academics.subject.code.format", details.code());
        }
        if (details.name().isBlank()) {
            throw new Rejected("academics.subject.name.required");
        }
        checkPeriods(details.periodsPerYear());
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO academics.subject (centre_id, id, code, name, kind, scored, periods_per_year, position)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            code,
                            VietnameseText.clean(details.name()),
                            details.kind().name(),
                            details.scored(),
                            details.periodsPerYear(),
                            details.position())
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("academics.subject.code.taken", code);
        }
        audit.record(AuditRecord.of("subject.added", "subject", id.toString()).values(null, details));
        return subjectById(id);
    }

    private static void checkPeriods(int periods) {
        if (periods < 0 || periods > 400) {
            throw new Rejected("academics.subject.periods.range", periods);
        }
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public void setPeriodsPerYear(UUID subjectId, UUID schoolYearId, int grade, int periodsPerYear) {
        checkGrade(grade);
        checkPeriods(periodsPerYear);
        subjectById(subjectId);
        try {
            jdbc.sql("""
                    INSERT INTO academics.subject_periods (centre_id, subject_id, school_year_id, grade, periods_per_year)
                    VALUES (platform.current_centre(), ?, ?, ?, ?)
                    ON CONFLICT (centre_id, subject_id, school_year_id, grade) DO UPDATE SET periods_per_year = EXCLUDED.periods_per_year
                    """).params(subjectId, schoolYearId, grade, periodsPerYear).update();
        } catch (DataIntegrityViolationException e) {
            throw Rejected.notFound("academics.schoolYear.notFound");
        }
        audit.record(AuditRecord.of("subject.periods", "subject", subjectId.toString())
                .values(null, Map.of("schoolYearId", schoolYearId, "grade", grade, "periodsPerYear", periodsPerYear)));
    }

    @Override
    @PreAuthorize(STAFF)
    public int periodsPerYear(UUID subjectId, UUID schoolYearId, int grade) {
        return jdbc.sql("""
                SELECT coalesce(p.periods_per_year, s.periods_per_year)
                FROM academics.subject s
                LEFT JOIN academics.subject_periods p
                  ON p.subject_id = s.id AND p.school_year_id = ? AND p.grade = ?
                WHERE s.id = ?
                """)
                .params(schoolYearId, grade, subjectId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> Rejected.notFound("academics.subject.notFound"));
    }

    @Override
    @PreAuthorize(STAFF)
    public List<SubjectPeriods> periodsOfYear(UUID schoolYearId) {
        Map<UUID, Map<Integer, Integer>> overrides = new HashMap<>();
        jdbc.sql("SELECT subject_id, grade, periods_per_year FROM academics.subject_periods WHERE school_year_id = ?")
                .param(schoolYearId)
                .query((rs, n) -> overrides
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(rs.getInt(2), rs.getInt(3)))
                .list();
        return subjects().stream()
                .map(subject -> {
                    Map<Integer, Integer> byGrade = new java.util.TreeMap<>();
                    for (int grade = 10; grade <= 12; grade++) {
                        byGrade.put(
                                grade,
                                overrides
                                        .getOrDefault(subject.id(), Map.of())
                                        .getOrDefault(grade, subject.periodsPerYear()));
                    }
                    return new SubjectPeriods(subject, byGrade);
                })
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public CombinationView defineCombination(String code, String name, List<String> subjectCodes) {
        String clean = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!clean.matches("[A-Z0-9_-]{1,20}")) {
            throw new Rejected("academics.combination.code.format", code);
        }
        if (name.isBlank()) {
            throw new Rejected("academics.combination.name.required");
        }
        Map<String, SubjectView> known =
                subjects().stream().collect(Collectors.toMap(SubjectView::code, Function.identity()));
        List<String> codes = subjectCodes.stream()
                .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
        for (String c : codes) {
            SubjectView subject = known.get(c);
            if (subject == null || subject.kind() == SubjectKind.COMPULSORY) {
                throw new Rejected("academics.combination.subject.unknown", c);
            }
        }
        long electives = codes.stream()
                .filter(c -> known.get(c).kind() == SubjectKind.ELECTIVE)
                .count();
        // TT 12/2022/TT-BGDĐT: a learner takes four electives.
        if (electives != StandardProgramme.ELECTIVES_PER_LEARNER) {
            throw new Rejected("academics.combination.electives", StandardProgramme.ELECTIVES_PER_LEARNER, electives);
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO academics.combination (centre_id, id, code, name, subject_codes)
                    VALUES (platform.current_centre(), ?, ?, ?, ?)
                    """)
                    .params(id, clean, VietnameseText.clean(name), codes.toArray(String[]::new))
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("academics.combination.code.taken", clean);
        }
        audit.record(AuditRecord.of("combination.defined", "combination", id.toString())
                .values(null, Map.of("code", clean, "subjects", codes)));
        return new CombinationView(id, clean, VietnameseText.clean(name), codes);
    }

    @Override
    @PreAuthorize(STAFF)
    public List<CombinationView> combinations() {
        return jdbc.sql("SELECT * FROM academics.combination ORDER BY code")
                .query((rs, n) -> new CombinationView(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        strings(rs.getArray("subject_codes"))))
                .list();
    }

    // ---------------------------------------------------------------- calendar

    @Override
    @PreAuthorize(STAFF)
    public List<CalendarDay> calendar(UUID schoolYearId) {
        return jdbc.sql("SELECT * FROM academics.calendar_day WHERE school_year_id = ? ORDER BY day")
                .param(schoolYearId)
                .query((rs, n) -> new CalendarDay(
                        rs.getObject("day", LocalDate.class),
                        CalendarDay.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getBoolean("assumption")))
                .list();
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public void markDays(UUID schoolYearId, Collection<CalendarDay> days) {
        for (CalendarDay day : days) {
            if (day.name().isBlank()) {
                throw new Rejected("academics.calendar.name.required");
            }
            try {
                jdbc.sql("""
                        INSERT INTO academics.calendar_day (centre_id, school_year_id, day, kind, name, assumption)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?)
                        ON CONFLICT (centre_id, day) DO UPDATE
                          SET school_year_id = EXCLUDED.school_year_id, kind = EXCLUDED.kind, name = EXCLUDED.name,
                              assumption = EXCLUDED.assumption
                        """)
                        .params(
                                schoolYearId,
                                day.day(),
                                day.kind().name(),
                                VietnameseText.clean(day.name()),
                                day.assumption())
                        .update();
            } catch (DataIntegrityViolationException e) {
                throw Rejected.notFound("academics.schoolYear.notFound");
            }
        }
        audit.record(AuditRecord.of("calendar.marked", "school_year", schoolYearId.toString())
                .values(null, days));
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public void unmarkDay(UUID schoolYearId, LocalDate day) {
        deleteAndRecord(
                AuditRecord.of("calendar.unmarked", "school_year", schoolYearId.toString())
                        .values(day, null),
                "DELETE FROM academics.calendar_day WHERE school_year_id = ? AND day = ?",
                schoolYearId,
                day);
    }

    @Override
    @PreAuthorize(STAFF)
    public Optional<TeachingWeek> teachingWeek(LocalDate date) {
        return currentCalendar().flatMap(calendar -> calendar.weekOf(date));
    }

    @Override
    @PreAuthorize(STAFF)
    public boolean isSchoolDay(LocalDate date) {
        return currentCalendar().map(calendar -> calendar.isSchoolDay(date)).orElse(false);
    }

    private Optional<TeachingCalendar> currentCalendar() {
        return centres.currentSchoolYear()
                .map(year -> new TeachingCalendar(
                        year,
                        calendar(year.id()).stream().collect(Collectors.toMap(CalendarDay::day, Function.identity()))));
    }

    // ---------------------------------------------------------------- classes

    private static final String CLASS_SELECT = """
            SELECT c.*, s.full_name AS homeroom_name, a.username AS homeroom_username,
                   (SELECT count(*) FROM academics.enrolment e WHERE e.class_id = c.id AND e.status = 'ACTIVE') AS learners
            FROM academics.school_class c
            LEFT JOIN people.staff_member s ON s.centre_id = c.centre_id AND s.id = c.homeroom_staff_id
            LEFT JOIN identity.account a ON a.id = s.account_id
            """;

    @Override
    @PreAuthorize(STAFF)
    public List<ClassView> classes(UUID schoolYearId) {
        return jdbc
                .sql(CLASS_SELECT + " WHERE c.school_year_id = ? ORDER BY c.grade, c.name")
                .param(schoolYearId)
                .query((rs, n) -> schoolClass(rs))
                .list()
                .stream()
                .sorted(CLASS_ORDER)
                .toList();
    }

    /** Grade, then name in Vietnamese order with numbers compared as numbers (10A2 before 10A10). */
    static final java.util.Comparator<ClassView> CLASS_ORDER = java.util.Comparator.comparingInt(ClassView::grade)
            .thenComparing(ClassView::name, AcademicsService::compareClassNames);

    static int compareClassNames(String left, String right) {
        String[] a = left.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        String[] b = right.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean digits =
                    a[i].chars().allMatch(Character::isDigit) && b[i].chars().allMatch(Character::isDigit);
            int c = digits
                    ? new java.math.BigInteger(a[i]).compareTo(new java.math.BigInteger(b[i]))
                    : VietnameseText.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Override
    @PreAuthorize(STAFF)
    public List<ClassView> currentClasses() {
        return centres.currentSchoolYear().map(year -> classes(year.id())).orElse(List.of());
    }

    @Override
    @PreAuthorize(STAFF)
    public Optional<ClassView> schoolClass(UUID classId) {
        return jdbc.sql(CLASS_SELECT + " WHERE c.id = ?")
                .param(classId)
                .query((rs, n) -> schoolClass(rs))
                .optional();
    }

    private ClassView classById(UUID classId) {
        return schoolClass(classId).orElseThrow(() -> Rejected.notFound("academics.class.notFound"));
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public ClassView createClass(CreateClass command) {
        UUID id = insertClass(command);
        audit.record(
                AuditRecord.of("class.created", "school_class", id.toString()).values(null, command));
        return classById(id);
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public List<ClassView> createClasses(List<CreateClass> commands) {
        List<UUID> ids = commands.stream().map(this::insertClass).toList();
        audit.record(AuditRecord.of("class.createdMany", "school_class", null).values(null, commands));
        Set<UUID> wanted = new HashSet<>(ids);
        return jdbc
                .sql(CLASS_SELECT + " WHERE c.id = ANY (?::uuid[])")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> schoolClass(rs))
                .list()
                .stream()
                .filter(view -> wanted.contains(view.id()))
                .sorted(CLASS_ORDER)
                .toList();
    }

    private UUID insertClass(CreateClass command) {
        String name = checkClass(command);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO academics.school_class (centre_id, id, school_year_id, name, grade, session, room, homeroom_staff_id)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            command.schoolYearId(),
                            name,
                            command.grade(),
                            command.session().name(),
                            blankToNull(command.room()),
                            command.homeroomStaffId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("academics.class.name.taken", name);
        } catch (DataIntegrityViolationException e) {
            throw new Rejected("academics.class.reference", name);
        }
        return id;
    }

    private static String checkClass(CreateClass command) {
        checkGrade(command.grade());
        String name = VietnameseText.clean(command.name());
        if (name == null || !name.matches("[\\p{L}0-9._-]{1,20}")) {
            throw new Rejected("academics.class.name.format", command.name());
        }
        return name;
    }

    private static void checkGrade(int grade) {
        if (grade < 10 || grade > 12) {
            throw new Rejected("academics.class.grade.range", grade);
        }
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public ClassView updateClass(UUID classId, CreateClass command) {
        ClassView before = classById(classId);
        String name = checkClass(command);
        try {
            jdbc.sql("""
                    UPDATE academics.school_class SET name = ?, grade = ?, session = ?, room = ?, homeroom_staff_id = ?
                    WHERE id = ?
                    """)
                    .params(
                            name,
                            command.grade(),
                            command.session().name(),
                            blankToNull(command.room()),
                            command.homeroomStaffId(),
                            classId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("academics.class.name.taken", name);
        } catch (DataIntegrityViolationException e) {
            throw new Rejected("academics.class.reference", name);
        }
        audit.record(AuditRecord.of("class.updated", "school_class", classId.toString())
                .values(before, command));
        return classById(classId);
    }

    // ---------------------------------------------------------------- enrolment

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public EnrolmentView enrol(Enrol command) {
        checkEnrolment(command);
        UUID id = insertEnrolment(command, EnrolmentEvent.Kind.ENROLLED, null, null);
        audit.record(AuditRecord.of(
                        "enrolment.enrolled", "learner", command.learnerId().toString())
                .values(null, command));
        return enrolmentById(id);
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public List<EnrolmentView> enrolAll(List<Enrol> commands) {
        List<UUID> ids = new ArrayList<>();
        Map<UUID, UUID> yearOfClass = new HashMap<>();
        for (Enrol command : commands) {
            ids.add(insertEnrolment(command, EnrolmentEvent.Kind.ENROLLED, null, null, yearOfClass));
        }
        audit.record(AuditRecord.of("enrolment.enrolledMany", "school_class", null)
                .values(null, Map.of("count", commands.size())));
        return enrolmentsWhere("e.id = ANY (?::uuid[])", (Object)
                ids.stream().map(UUID::toString).toArray(String[]::new));
    }

    /**
     * What one enrolment typed on a page must satisfy before it is written, each with its own message: the class
     * exists, the date lies in the class's school year, the combination exists, and the learner is not already active
     * in a class of that year (named, so the clerk knows to transfer instead).
     */
    private void checkEnrolment(Enrol command) {
        ClassView target = classById(command.classId());
        SchoolYearView year = centres.schoolYears().stream()
                .filter(y -> y.id().equals(target.schoolYearId()))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("academics.schoolYear.notFound"));
        if (command.startsOn().isBefore(year.startsOn()) || command.startsOn().isAfter(year.endsOn())) {
            throw new Rejected(
                    "academics.enrolment.dateOutsideYear",
                    DATE.format(command.startsOn()),
                    year.name(),
                    DATE.format(year.startsOn()),
                    DATE.format(year.endsOn()));
        }
        if (command.combinationId() != null
                && combinations().stream().noneMatch(c -> c.id().equals(command.combinationId()))) {
            throw Rejected.notFound("academics.combination.notFound");
        }
        Optional<EnrolmentView> active = enrolmentsWhere(
                        "e.learner_id = ? AND e.school_year_id = ? AND e.status = 'ACTIVE'",
                        command.learnerId(),
                        year.id())
                .stream()
                .findFirst();
        if (active.isPresent()) {
            throw Rejected.conflict(
                    "academics.enrolment.alreadyActiveIn", active.get().className(), year.name());
        }
    }

    private UUID insertEnrolment(
            Enrol command, EnrolmentEvent.Kind kind, @Nullable UUID fromClass, @Nullable String reason) {
        return insertEnrolment(command, kind, fromClass, reason, new HashMap<>());
    }

    private UUID insertEnrolment(
            Enrol command,
            EnrolmentEvent.Kind kind,
            @Nullable UUID fromClass,
            @Nullable String reason,
            Map<UUID, UUID> yearOfClass) {
        UUID yearId = yearOfClass.get(command.classId());
        if (yearId == null) {
            yearId = jdbc.sql("SELECT school_year_id FROM academics.school_class WHERE id = ?")
                    .param(command.classId())
                    .query(UUID.class)
                    .optional()
                    .orElseThrow(() -> Rejected.notFound("academics.class.notFound"));
            yearOfClass.put(command.classId(), yearId);
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO academics.enrolment (centre_id, id, learner_id, school_year_id, class_id, combination_id, status, starts_on)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, 'ACTIVE', ?)
                    """)
                    .params(
                            id,
                            command.learnerId(),
                            yearId,
                            command.classId(),
                            command.combinationId(),
                            command.startsOn())
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("academics.enrolment.alreadyActive");
        } catch (DataIntegrityViolationException e) {
            throw Rejected.notFound("academics.learner.notFound");
        }
        event(command.learnerId(), kind, command.startsOn(), fromClass, command.classId(), reason);
        return id;
    }

    private void event(
            UUID learnerId,
            EnrolmentEvent.Kind kind,
            LocalDate on,
            @Nullable UUID fromClass,
            @Nullable UUID toClass,
            @Nullable String reason) {
        jdbc.sql("""
                INSERT INTO academics.enrolment_event
                  (centre_id, id, learner_id, kind, happened_on, from_class_id, to_class_id, reason, recorded_by)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), learnerId, kind.name(), on, fromClass, toClass, reason, CurrentUser.actor())
                .update();
    }

    private static final String CLASS_MEMBERS = """
            SELECT l.id, l.code, l.family_name, l.middle_name, l.given_name, l.full_name, l.birth_date, l.sex,
                   e.id AS enrolment_id, k.code AS combination_code, k.subject_codes
            FROM academics.enrolment e
            JOIN people.learner l ON l.centre_id = e.centre_id AND l.id = e.learner_id
            LEFT JOIN academics.combination k ON k.centre_id = e.centre_id AND k.id = e.combination_id
            WHERE e.class_id = ? AND e.status = 'ACTIVE'
            """;

    @Override
    @PreAuthorize(READ_CLASSES)
    public List<ClassMember> classList(UUID classId) {
        return members(classId, checkMayRead(classId).electives());
    }

    @Override
    @PreAuthorize(READ_CLASSES)
    public ClassPage classPage(UUID classId) {
        Access access = checkMayRead(classId);
        return new ClassPage(
                classById(classId), members(classId, access.electives()), assignmentRows(classId), access.homeroom());
    }

    private List<ClassMember> members(UUID classId, @Nullable Set<String> electivesTaught) {
        record Row(
                UUID id,
                String code,
                PersonName name,
                LocalDate birthDate,
                Sex sex,
                UUID enrolmentId,
                @Nullable String combination,
                @Nullable List<String> subjects) {}
        List<Row> rows = jdbc.sql(CLASS_MEMBERS)
                .param(classId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        new PersonName(
                                rs.getString("family_name"),
                                rs.getString("middle_name"),
                                rs.getString("given_name"),
                                rs.getString("full_name")),
                        rs.getObject("birth_date", LocalDate.class),
                        Sex.valueOf(rs.getString("sex")),
                        rs.getObject("enrolment_id", UUID.class),
                        rs.getString("combination_code"),
                        rs.getArray("subject_codes") == null ? null : strings(rs.getArray("subject_codes"))))
                .list();
        // vn-regulations §9.1: tên, then đệm, then họ, in Vietnamese collation; the code breaks a tie of equal names.
        List<Row> sorted = rows.stream()
                .filter(row -> electivesTaught == null
                        || row.subjects() == null
                        || row.subjects().stream().anyMatch(electivesTaught::contains))
                .sorted(java.util.Comparator.comparing(Row::name, PersonName.CLASS_LIST_ORDER)
                        .thenComparing(Row::code))
                .toList();
        List<ClassMember> members = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Row row = sorted.get(i);
            members.add(new ClassMember(
                    i + 1,
                    row.id(),
                    row.code(),
                    row.name(),
                    row.birthDate(),
                    row.sex(),
                    row.enrolmentId(),
                    row.combination()));
        }
        return members;
    }

    /**
     * What a reader may see of a class.
     *
     * @param homeroom whether the reader is its homeroom teacher (not looked up for the director and clerks)
     * @param electives null for the whole class, or the elective codes that decide which learners the teacher sees
     */
    private record Access(boolean homeroom, @Nullable Set<String> electives) {}

    /**
     * The director and clerks read every class; a teacher reads the classes they teach or lead. The homeroom teacher
     * and the teachers of compulsory subjects see the whole class; a teacher who teaches only electives there sees the
     * learners whose combination (tổ hợp môn) includes one of them, and those without a combination yet.
     */
    private Access checkMayRead(UUID classId) {
        if (CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK") || CurrentUser.isSystemAdmin()) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM academics.school_class WHERE id = ?)")
                    .param(classId)
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                throw Rejected.notFound("academics.class.notFound");
            }
            return new Access(false, null);
        }
        UUID staff = currentStaffId().orElseThrow(() -> Rejected.notFound("academics.class.notFound"));
        record Taught(
                boolean homeroom,
                @Nullable String code,
                @Nullable String kind) {}
        List<Taught> taught = jdbc.sql("""
                SELECT coalesce(c.homeroom_staff_id = ?, false) AS homeroom, s.code, s.kind
                FROM academics.school_class c
                LEFT JOIN academics.teaching_assignment t
                  ON t.centre_id = c.centre_id AND t.class_id = c.id AND t.staff_id = ?
                LEFT JOIN academics.subject s ON s.centre_id = t.centre_id AND s.id = t.subject_id
                WHERE c.id = ?
                """)
                .params(staff, staff, classId)
                .query((rs, n) -> new Taught(rs.getBoolean("homeroom"), rs.getString("code"), rs.getString("kind")))
                .list();
        boolean homeroom = taught.stream().anyMatch(Taught::homeroom);
        List<Taught> subjects = taught.stream().filter(t -> t.code() != null).toList();
        if (!homeroom && subjects.isEmpty()) {
            throw Rejected.notFound("academics.class.notFound");
        }
        boolean wholeClass = homeroom
                || subjects.stream()
                        .anyMatch(t -> !SubjectKind.ELECTIVE.name().equals(t.kind())
                                && !SubjectKind.OPTIONAL.name().equals(t.kind()));
        return new Access(
                homeroom,
                wholeClass ? null : subjects.stream().map(Taught::code).collect(Collectors.toSet()));
    }

    @Override
    @PreAuthorize(MANAGE)
    public Optional<EnrolmentView> currentEnrolment(UUID learnerId) {
        return centres.currentSchoolYear()
                .flatMap(
                        year -> enrolmentsWhere(
                                        "e.learner_id = ? AND e.school_year_id = ? AND e.status = 'ACTIVE'",
                                        learnerId,
                                        year.id())
                                .stream()
                                .findFirst());
    }

    @Override
    @PreAuthorize(READ_CLASSES)
    public List<EnrolmentView> enrolments(UUID learnerId) {
        checkMayReadLearner(learnerId);
        return enrolmentsWhere("e.learner_id = ?", learnerId);
    }

    /**
     * The director and clerks read every learner's enrolments; a teacher only those of the learners of the class they
     * lead as homeroom teacher (GVCN) in the current school year. Anyone else is refused (403), not told "not found":
     * the teacher may see the learner on another page, but not this record.
     */
    private void checkMayReadLearner(UUID learnerId) {
        if (CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK") || CurrentUser.isSystemAdmin()) {
            return;
        }
        Optional<UUID> staff = currentStaffId();
        Optional<SchoolYearView> year = centres.currentSchoolYear();
        boolean homeroom = staff.isPresent()
                && year.isPresent()
                && jdbc.sql("""
                                SELECT EXISTS (SELECT 1 FROM academics.enrolment e
                                  JOIN academics.school_class c ON c.centre_id = e.centre_id AND c.id = e.class_id
                                  WHERE e.learner_id = ? AND e.school_year_id = ? AND e.status = 'ACTIVE'
                                    AND c.homeroom_staff_id = ?)
                                """)
                        .params(learnerId, year.get().id(), staff.get())
                        .query(Boolean.class)
                        .single();
        if (!homeroom) {
            throw new AccessDeniedException("not the homeroom teacher of the learner's current class");
        }
    }

    private List<EnrolmentView> enrolmentsWhere(String condition, Object... parameters) {
        return jdbc.sql("""
                SELECT e.*, c.name AS class_name FROM academics.enrolment e
                JOIN academics.school_class c ON c.centre_id = e.centre_id AND c.id = e.class_id
                WHERE
                """ + condition + " ORDER BY e.starts_on DESC, e.ends_on DESC NULLS FIRST")
                .params(parameters)
                .query((rs, n) -> enrolment(rs))
                .list();
    }

    private EnrolmentView enrolmentById(UUID id) {
        return enrolmentsWhere("e.id = ?", id).getFirst();
    }

    /** The learner's active enrolment, the latest when (wrongly) several years are active. */
    private EnrolmentView activeEnrolment(UUID learnerId) {
        return enrolmentsWhere("e.learner_id = ? AND e.status = 'ACTIVE'", learnerId).stream()
                .findFirst()
                .orElseThrow(() -> new Rejected("academics.enrolment.notActive"));
    }

    private void end(EnrolmentView enrolment, EnrolmentStatus status, LocalDate on, String reason) {
        if (on.isBefore(enrolment.startsOn())) {
            throw new Rejected("academics.enrolment.dateBeforeStart", DATE.format(enrolment.startsOn()));
        }
        jdbc.sql(
                        "UPDATE academics.enrolment SET status = ?, ends_on = ?, end_reason = ? WHERE id = ? AND status = 'ACTIVE'")
                .params(status.name(), on, reason, enrolment.id())
                .update();
    }

    private static String reason(String reason) {
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw new Rejected("academics.enrolment.reason.required");
        }
        if (clean.length() > 500) {
            throw new Rejected("academics.enrolment.reason.size");
        }
        return clean;
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public EnrolmentView transfer(UUID learnerId, UUID toClassId, LocalDate on, String reason) {
        String why = reason(reason);
        EnrolmentView from = activeEnrolment(learnerId);
        ClassView to = classById(toClassId);
        if (to.id().equals(from.classId())) {
            throw new Rejected("academics.transfer.sameClass", to.name());
        }
        if (!to.schoolYearId().equals(from.schoolYearId())) {
            throw new Rejected("academics.transfer.otherYear", to.name());
        }
        end(from, EnrolmentStatus.TRANSFERRED, on, why);
        UUID id = insertEnrolment(
                new Enrol(learnerId, toClassId, on, from.combinationId()),
                EnrolmentEvent.Kind.TRANSFERRED,
                from.classId(),
                why);
        audit.record(AuditRecord.of("enrolment.transferred", "learner", learnerId.toString())
                .values(from.className(), to.name())
                .because(why));
        return enrolmentById(id);
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public EnrolmentView leaveCentre(UUID learnerId, LocalDate on, String reason) {
        return endWith(learnerId, on, reason, EnrolmentStatus.LEFT, EnrolmentEvent.Kind.LEFT);
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public EnrolmentView dropOut(UUID learnerId, LocalDate on, String reason) {
        return endWith(learnerId, on, reason, EnrolmentStatus.DROPPED_OUT, EnrolmentEvent.Kind.DROPPED_OUT);
    }

    private EnrolmentView endWith(
            UUID learnerId, LocalDate on, String reason, EnrolmentStatus status, EnrolmentEvent.Kind kind) {
        String why = reason(reason);
        EnrolmentView enrolment = activeEnrolment(learnerId);
        end(enrolment, status, on, why);
        event(learnerId, kind, on, enrolment.classId(), null, why);
        audit.record(AuditRecord.of(
                        "enrolment." + kind.name().toLowerCase(java.util.Locale.ROOT), "learner", learnerId.toString())
                .values(enrolment.className(), status.name())
                .because(why));
        return enrolmentById(enrolment.id());
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public EnrolmentView readmit(UUID learnerId, UUID classId, LocalDate on, String reason) {
        String why = reason(reason);
        List<EnrolmentView> all = enrolments(learnerId);
        if (all.stream().anyMatch(e -> e.status() == EnrolmentStatus.ACTIVE)) {
            throw Rejected.conflict("academics.enrolment.alreadyActive");
        }
        EnrolmentView last = all.stream()
                .filter(e -> e.status() == EnrolmentStatus.LEFT || e.status() == EnrolmentStatus.DROPPED_OUT)
                .findFirst()
                .orElseThrow(() -> new Rejected("academics.readmit.notLeft"));
        if (last.endsOn() != null && on.isBefore(last.endsOn())) {
            throw new Rejected("academics.enrolment.dateBeforeStart", DATE.format(last.endsOn()));
        }
        UUID id = insertEnrolment(
                new Enrol(learnerId, classId, on, last.combinationId()), EnrolmentEvent.Kind.READMITTED, null, why);
        audit.record(AuditRecord.of("enrolment.readmitted", "learner", learnerId.toString())
                .values(null, classId)
                .because(why));
        return enrolmentById(id);
    }

    @Override
    @PreAuthorize(READ_CLASSES)
    public List<EnrolmentEvent> history(UUID learnerId) {
        checkMayReadLearner(learnerId);
        return jdbc.sql("""
                SELECT ev.*, f.name AS from_name, t.name AS to_name
                FROM academics.enrolment_event ev
                LEFT JOIN academics.school_class f ON f.centre_id = ev.centre_id AND f.id = ev.from_class_id
                LEFT JOIN academics.school_class t ON t.centre_id = ev.centre_id AND t.id = ev.to_class_id
                WHERE ev.learner_id = ?
                ORDER BY ev.happened_on, ev.recorded_at
                """)
                .param(learnerId)
                .query((rs, n) -> new EnrolmentEvent(
                        EnrolmentEvent.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("happened_on", LocalDate.class),
                        rs.getString("from_name"),
                        rs.getString("to_name"),
                        rs.getString("reason"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    // ---------------------------------------------------------------- rollover

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public void decideYearEnd(UUID enrolmentId, YearEndOutcome outcome) {
        int changed = jdbc.sql("""
                UPDATE academics.enrolment SET outcome = ? WHERE id = ? AND status = 'ACTIVE' AND rolled_over_at IS NULL
                """).params(outcome.name(), enrolmentId).update();
        if (changed == 0) {
            throw Rejected.notFound("academics.enrolment.notActive");
        }
        audit.record(AuditRecord.of("enrolment.yearEnd", "enrolment", enrolmentId.toString())
                .values(null, outcome));
    }

    @Override
    @PreAuthorize(MANAGE)
    public RolloverPlan previewRollover(UUID fromYearId, UUID toYearId) {
        if (fromYearId.equals(toYearId)) {
            throw new Rejected("academics.rollover.sameYear");
        }
        Map<String, UUID> nextClasses = new HashMap<>();
        jdbc.sql("SELECT id, name FROM academics.school_class WHERE school_year_id = ?")
                .param(toYearId)
                .query((rs, n) -> nextClasses.put(rs.getString("name"), rs.getObject("id", UUID.class)))
                .list();
        Set<UUID> activeNextYear = new HashSet<>(
                jdbc.sql("SELECT learner_id FROM academics.enrolment WHERE school_year_id = ? AND status = 'ACTIVE'")
                        .param(toYearId)
                        .query(UUID.class)
                        .list());
        List<RolloverPlan.Line> lines = new ArrayList<>();
        Set<String> missing = new TreeSet<>(VietnameseText.order());
        jdbc.sql("""
                SELECT e.id, e.learner_id, e.outcome, e.rolled_over_at, c.name, c.grade,
                       l.code, l.family_name, l.middle_name, l.given_name, l.full_name
                FROM academics.enrolment e
                JOIN academics.school_class c ON c.centre_id = e.centre_id AND c.id = e.class_id
                JOIN people.learner l ON l.centre_id = e.centre_id AND l.id = e.learner_id
                WHERE e.school_year_id = ? AND (e.status = 'ACTIVE' OR e.rolled_over_at IS NOT NULL)
                """)
                .param(fromYearId)
                .query((rs, n) -> {
                    int grade = rs.getInt("grade");
                    String decided = rs.getString("outcome");
                    YearEndOutcome outcome = decided != null
                            ? YearEndOutcome.valueOf(decided)
                            : grade == 12 ? YearEndOutcome.GRADUATE : YearEndOutcome.PROMOTE;
                    UUID learner = rs.getObject("learner_id", UUID.class);
                    boolean done = rs.getTimestamp("rolled_over_at") != null || activeNextYear.contains(learner);
                    String target = targetClass(rs.getString("name"), grade, outcome);
                    if (target != null && !done && !nextClasses.containsKey(target)) {
                        missing.add(target);
                    }
                    lines.add(new RolloverPlan.Line(
                            rs.getObject("id", UUID.class),
                            learner,
                            rs.getString("code"),
                            new PersonName(
                                    rs.getString("family_name"),
                                    rs.getString("middle_name"),
                                    rs.getString("given_name"),
                                    rs.getString("full_name")),
                            rs.getString("name"),
                            outcome,
                            target,
                            done));
                    return learner;
                })
                .list();
        lines.sort(java.util.Comparator.comparing(
                        (RolloverPlan.Line line) -> line.fromClass(), AcademicsService::compareClassNames)
                .thenComparing(RolloverPlan.Line::name, PersonName.CLASS_LIST_ORDER)
                // Equal names keep one order (the learner code), so the page and its export list them alike.
                .thenComparing(RolloverPlan.Line::code));
        return new RolloverPlan(fromYearId, toYearId, lines, List.copyOf(missing));
    }

    /**
     * The class of the next year: the same name one grade up for a promoted learner (10A1 → 11A1), the same name for a
     * repeating one, none for a graduate. A name that does not start with its grade cannot be mapped.
     */
    static @Nullable String targetClass(String name, int grade, YearEndOutcome outcome) {
        return switch (outcome) {
            case GRADUATE -> null;
            case REPEAT -> name;
            case PROMOTE -> {
                String prefix = Integer.toString(grade);
                yield grade < 12 && name.startsWith(prefix)
                        ? (grade + 1) + name.substring(prefix.length())
                        : name + "+";
            }
        };
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public RolloverResult runRollover(UUID fromYearId, UUID toYearId) {
        RolloverPlan plan = previewRollover(fromYearId, toYearId);
        if (!plan.missingClasses().isEmpty()) {
            throw Rejected.conflict("academics.rollover.missingClasses", String.join(", ", plan.missingClasses()));
        }
        Map<String, UUID> nextClasses = new HashMap<>();
        jdbc.sql("SELECT id, name FROM academics.school_class WHERE school_year_id = ?")
                .param(toYearId)
                .query((rs, n) -> nextClasses.put(rs.getString("name"), rs.getObject("id", UUID.class)))
                .list();
        LocalDate nextStart = jdbc.sql("SELECT starts_on FROM centres.school_year WHERE id = ?")
                .param(toYearId)
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> Rejected.notFound("academics.schoolYear.notFound"));
        LocalDate today = clock.today();
        int promoted = 0;
        int repeating = 0;
        int graduated = 0;
        for (RolloverPlan.Line line : plan.lines()) {
            if (line.done()) {
                continue;
            }
            LocalDate endsOn = jdbc.sql(
                            "SELECT greatest(starts_on, least(?::date, ?::date)) FROM academics.enrolment WHERE id = ?")
                    .params(today, nextStart.minusDays(1), line.enrolmentId())
                    .query(LocalDate.class)
                    .single();
            jdbc.sql("""
                    UPDATE academics.enrolment SET status = 'COMPLETED', ends_on = ?, outcome = ?, rolled_over_at = now()
                    WHERE id = ? AND status = 'ACTIVE'
                    """)
                    .params(endsOn, line.outcome().name(), line.enrolmentId())
                    .update();
            UUID fromClass = jdbc.sql("SELECT class_id FROM academics.enrolment WHERE id = ?")
                    .param(line.enrolmentId())
                    .query(UUID.class)
                    .single();
            switch (line.outcome()) {
                case GRADUATE -> {
                    event(line.learnerId(), EnrolmentEvent.Kind.GRADUATED, endsOn, fromClass, null, null);
                    graduated++;
                }
                case PROMOTE, REPEAT -> {
                    UUID combination = jdbc.sql("SELECT combination_id FROM academics.enrolment WHERE id = ?")
                            .param(line.enrolmentId())
                            .query(UUID.class)
                            .optional()
                            .orElse(null);
                    UUID toClass = nextClasses.get(line.toClass());
                    insertEnrolment(
                            new Enrol(line.learnerId(), toClass, nextStart, combination),
                            line.outcome() == YearEndOutcome.PROMOTE
                                    ? EnrolmentEvent.Kind.PROMOTED
                                    : EnrolmentEvent.Kind.REPEATED,
                            fromClass,
                            null);
                    if (line.outcome() == YearEndOutcome.PROMOTE) {
                        promoted++;
                    } else {
                        repeating++;
                    }
                }
            }
        }
        var result = new RolloverResult(promoted, repeating, graduated);
        if (result.changed() > 0) {
            audit.record(AuditRecord.of("rollover.run", "school_year", fromYearId.toString())
                    .values(null, Map.of("toYearId", toYearId, "result", result)));
        }
        return result;
    }

    // ---------------------------------------------------------------- assignments

    private static final String ASSIGNMENT_SELECT = """
            SELECT t.*, c.name AS class_name, c.grade, s.code AS subject_code, s.name AS subject_name, s.position,
                   m.full_name AS teacher_name, a.username AS teacher_username
            FROM academics.teaching_assignment t
            JOIN academics.school_class c ON c.centre_id = t.centre_id AND c.id = t.class_id
            JOIN academics.subject s ON s.centre_id = t.centre_id AND s.id = t.subject_id
            JOIN people.staff_member m ON m.centre_id = t.centre_id AND m.id = t.staff_id
            LEFT JOIN identity.account a ON a.id = m.account_id
            """;

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public AssignmentView assign(Assign command) {
        upsertAssignment(command);
        audit.record(AuditRecord.of(
                        "assignment.set", "school_class", command.classId().toString())
                .values(null, command));
        return assignmentOf(command.classId(), command.subjectId());
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public List<AssignmentView> assignAll(List<Assign> commands) {
        commands.forEach(this::upsertAssignment);
        audit.record(AuditRecord.of("assignment.setMany", "school_class", null)
                .values(null, Map.of("count", commands.size())));
        Map<String, AssignmentView> written = new HashMap<>();
        jdbc.sql(ASSIGNMENT_SELECT + " WHERE t.class_id = ANY (?::uuid[])")
                .param(commands.stream()
                        .map(c -> c.classId().toString())
                        .distinct()
                        .toArray(String[]::new))
                .query((rs, n) -> assignment(rs))
                .list()
                .forEach(a -> written.put(a.classId() + "/" + a.subjectId(), a));
        return commands.stream()
                .map(command -> written.get(command.classId() + "/" + command.subjectId()))
                .toList();
    }

    private void upsertAssignment(Assign command) {
        BigDecimal periods = command.periodsPerWeek();
        if (periods.signum() <= 0
                || periods.compareTo(BigDecimal.valueOf(20)) > 0
                || periods.stripTrailingZeros().scale() > 1) {
            throw new Rejected("academics.assignment.periods.range", periods);
        }
        try {
            jdbc.sql("""
                    INSERT INTO academics.teaching_assignment (centre_id, class_id, subject_id, staff_id, periods_per_week)
                    VALUES (platform.current_centre(), ?, ?, ?, ?)
                    ON CONFLICT (centre_id, class_id, subject_id) DO UPDATE
                      SET staff_id = EXCLUDED.staff_id, periods_per_week = EXCLUDED.periods_per_week
                    """)
                    .params(command.classId(), command.subjectId(), command.staffId(), periods)
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw Rejected.notFound("academics.assignment.reference");
        }
    }

    private AssignmentView assignmentOf(UUID classId, UUID subjectId) {
        return jdbc.sql(ASSIGNMENT_SELECT + " WHERE t.class_id = ? AND t.subject_id = ?")
                .params(classId, subjectId)
                .query((rs, n) -> assignment(rs))
                .single();
    }

    @Override
    @Transactional
    @PreAuthorize(MANAGE)
    public void unassign(UUID classId, UUID subjectId) {
        deleteAndRecord(
                AuditRecord.of("assignment.removed", "school_class", classId.toString())
                        .values(subjectId, null),
                "DELETE FROM academics.teaching_assignment WHERE class_id = ? AND subject_id = ?",
                classId,
                subjectId);
    }

    @Override
    @PreAuthorize(READ_CLASSES)
    public List<AssignmentView> assignments(UUID classId) {
        checkMayRead(classId);
        return assignmentRows(classId);
    }

    private List<AssignmentView> assignmentRows(UUID classId) {
        return jdbc.sql(ASSIGNMENT_SELECT + " WHERE t.class_id = ? ORDER BY s.position, s.code")
                .param(classId)
                .query((rs, n) -> assignment(rs))
                .list();
    }

    @Override
    @PreAuthorize(MANAGE)
    public List<AssignmentView> assignmentsOfYear(UUID schoolYearId) {
        return jdbc.sql(ASSIGNMENT_SELECT + " WHERE c.school_year_id = ? ORDER BY c.grade, c.name, s.position")
                .param(schoolYearId)
                .query((rs, n) -> assignment(rs))
                .list();
    }

    // ---------------------------------------------------------------- workload (TT 04/2026)

    @Override
    @PreAuthorize(STAFF)
    public WorkloadRule workloadRule() {
        return jdbc.sql("SELECT homeroom_reduction, reduction_cap_percent FROM academics.workload_settings")
                .query((rs, n) -> new WorkloadRule(rs.getInt(1), rs.getInt(2)))
                .optional()
                .orElse(WorkloadRule.TT_04_2026);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('DIRECTOR')")
    public void setWorkloadRule(WorkloadRule rule) {
        WorkloadRule before = workloadRule();
        jdbc.sql("""
                INSERT INTO academics.workload_settings (centre_id, homeroom_reduction, reduction_cap_percent)
                VALUES (platform.current_centre(), ?, ?)
                ON CONFLICT (centre_id) DO UPDATE
                  SET homeroom_reduction = EXCLUDED.homeroom_reduction, reduction_cap_percent = EXCLUDED.reduction_cap_percent
                """)
                .params(rule.homeroomReduction(), rule.reductionCapPercent())
                .update();
        audit.record(AuditRecord.of("workload.rule", "workload_settings", null).values(before, rule));
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public Reduction addReduction(UUID staffId, UUID schoolYearId, int periods, String reason) {
        String why = reason(reason);
        Integer norm = jdbc.sql("SELECT workload_norm FROM people.staff_member WHERE id = ? FOR UPDATE")
                .param(staffId)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> Rejected.notFound("academics.staff.notFound"));
        boolean homeroom = jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM academics.school_class WHERE school_year_id = ? AND homeroom_staff_id = ?)")
                .params(schoolYearId, staffId)
                .query(Boolean.class)
                .single();
        List<Integer> existing = jdbc.sql(
                        "SELECT periods FROM academics.workload_reduction WHERE school_year_id = ? AND staff_id = ?")
                .params(schoolYearId, staffId)
                .query(Integer.class)
                .list();
        WorkloadRule rule = workloadRule();
        if (periods < WorkloadRule.MIN_REDUCTION || periods > WorkloadRule.MAX_REDUCTION) {
            throw new Rejected("academics.reduction.range", WorkloadRule.MIN_REDUCTION, WorkloadRule.MAX_REDUCTION);
        }
        // TT 04/2026: all reductions together at most half the norm (the share is the centre's setting).
        if (!rule.admits(norm, homeroom, existing, periods)) {
            throw Rejected.conflict("academics.reduction.cap", rule.reductionCap(norm), rule.reductionCapPercent());
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO academics.workload_reduction (centre_id, id, school_year_id, staff_id, periods, reason)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?)
                    """).params(id, schoolYearId, staffId, periods, why).update();
        } catch (DataIntegrityViolationException e) {
            throw Rejected.notFound("academics.schoolYear.notFound");
        }
        var reduction = new Reduction(id, staffId, periods, why);
        audit.record(AuditRecord.of("workload.reduction", "staff_member", staffId.toString())
                .values(null, reduction));
        return reduction;
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECT)
    public void removeReduction(UUID reductionId) {
        deleteAndRecord(
                AuditRecord.of("workload.reductionRemoved", "workload_reduction", reductionId.toString()),
                "DELETE FROM academics.workload_reduction WHERE id = ?",
                reductionId);
    }

    /** Runs the delete statement and records the fact only when it removed a row: removing nothing is no event. */
    private void deleteAndRecord(AuditRecord fact, String delete, Object... params) {
        if (jdbc.sql(delete).params(params).update() > 0) {
            audit.record(fact);
        }
    }

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'SYSTEM_ADMIN')")
    public List<WorkloadLine> workload(UUID schoolYearId) {
        WorkloadRule rule = workloadRule();
        Map<UUID, BigDecimal> assigned = new HashMap<>();
        jdbc.sql("""
                SELECT t.staff_id, sum(t.periods_per_week) FROM academics.teaching_assignment t
                JOIN academics.school_class c ON c.centre_id = t.centre_id AND c.id = t.class_id
                WHERE c.school_year_id = ? GROUP BY t.staff_id
                """)
                .param(schoolYearId)
                .query((rs, n) -> assigned.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                .list();
        Map<UUID, List<String>> homeroom = new HashMap<>();
        jdbc.sql(
                        "SELECT homeroom_staff_id, name FROM academics.school_class WHERE school_year_id = ? AND homeroom_staff_id IS NOT NULL")
                .param(schoolYearId)
                .query((rs, n) -> homeroom.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        Map<UUID, List<Reduction>> reductions = new HashMap<>();
        jdbc.sql("SELECT * FROM academics.workload_reduction WHERE school_year_id = ? ORDER BY periods DESC, reason")
                .param(schoolYearId)
                .query((rs, n) -> {
                    var reduction = new Reduction(
                            rs.getObject("id", UUID.class),
                            rs.getObject("staff_id", UUID.class),
                            rs.getInt("periods"),
                            rs.getString("reason"));
                    reductions
                            .computeIfAbsent(reduction.staffId(), k -> new ArrayList<>())
                            .add(reduction);
                    return reduction;
                })
                .list();
        return jdbc
                .sql("""
                SELECT m.id, m.code, m.family_name, m.middle_name, m.given_name, m.full_name, m.workload_norm, m.position,
                       a.username
                FROM people.staff_member m LEFT JOIN identity.account a ON a.id = m.account_id
                WHERE m.active
                """)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    boolean teaches = "TEACHER".equals(rs.getString("position")) || assigned.containsKey(id);
                    if (!teaches) {
                        return null;
                    }
                    List<String> leads = homeroom.getOrDefault(id, List.of());
                    List<Reduction> others = reductions.getOrDefault(id, List.of());
                    return new WorkloadLine(
                            id,
                            rs.getString("code"),
                            new PersonName(
                                    rs.getString("family_name"),
                                    rs.getString("middle_name"),
                                    rs.getString("given_name"),
                                    rs.getString("full_name")),
                            rs.getString("username"),
                            leads,
                            others,
                            rule.evaluate(
                                    rs.getInt("workload_norm"),
                                    !leads.isEmpty(),
                                    others.stream().map(Reduction::periods).toList(),
                                    assigned.getOrDefault(id, BigDecimal.ZERO)));
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(WorkloadLine::name, PersonName.CLASS_LIST_ORDER))
                .toList();
    }

    // ---------------------------------------------------------------- homeroom rights

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean isHomeroomTeacher(UUID classId) {
        return currentStaffId()
                .map(staff -> jdbc.sql(
                                "SELECT EXISTS (SELECT 1 FROM academics.school_class WHERE id = ? AND homeroom_staff_id = ?)")
                        .params(classId, staff)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean teaches(UUID classId, @Nullable String subjectCode) {
        return currentStaffId()
                .map(staff -> jdbc.sql("""
                                SELECT EXISTS (SELECT 1 FROM academics.teaching_assignment t
                                  JOIN academics.subject s ON s.centre_id = t.centre_id AND s.id = t.subject_id
                                  WHERE t.class_id = ? AND t.staff_id = ? AND (?::text IS NULL OR s.code = ?))
                                """)
                        .params(classId, staff, subjectCode, subjectCode)
                        .query(Boolean.class)
                        .single())
                .orElse(false);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<TeachingView> myTeaching() {
        Optional<UUID> staff = currentStaffId();
        Optional<SchoolYearView> year = centres.currentSchoolYear();
        if (staff.isEmpty() || year.isEmpty()) {
            return List.of();
        }
        return teaching(staff.get(), year.get().id());
    }

    @Override
    @PreAuthorize(MANAGE)
    public List<TeachingView> teachingOf(UUID staffId, UUID schoolYearId) {
        return teaching(staffId, schoolYearId);
    }

    private List<TeachingView> teaching(UUID staffId, UUID schoolYearId) {
        record Row(
                UUID classId,
                String name,
                int grade,
                boolean homeroom,
                @Nullable String subject) {}
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.name, c.grade, c.homeroom_staff_id = ? AS homeroom, s.code
                FROM academics.school_class c
                LEFT JOIN academics.teaching_assignment t ON t.centre_id = c.centre_id AND t.class_id = c.id AND t.staff_id = ?
                LEFT JOIN academics.subject s ON s.centre_id = t.centre_id AND s.id = t.subject_id
                WHERE c.school_year_id = ? AND (c.homeroom_staff_id = ? OR t.staff_id IS NOT NULL)
                """)
                .params(staffId, staffId, schoolYearId, staffId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("grade"),
                        rs.getBoolean("homeroom"),
                        rs.getString("code")))
                .list();
        Map<UUID, TeachingView> byClass = new LinkedHashMap<>();
        for (Row row : rows) {
            TeachingView view = byClass.computeIfAbsent(
                    row.classId(),
                    k -> new TeachingView(
                            row.classId(), row.name(), row.grade(), new LinkedHashSet<>(), row.homeroom()));
            if (row.subject() != null) {
                view.subjectCodes().add(row.subject());
            }
        }
        return byClass.values().stream()
                .map(v -> new TeachingView(
                        v.classId(), v.className(), v.grade(), Set.copyOf(v.subjectCodes()), v.homeroom()))
                .sorted(java.util.Comparator.comparingInt(TeachingView::grade)
                        .thenComparing(TeachingView::className, AcademicsService::compareClassNames))
                .toList();
    }

    /** The staff record of the signed-in user (by account), if any. */
    Optional<UUID> currentStaffId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM people.staff_member WHERE account_id = ? AND active LIMIT 1")
                .param(user.accountId())
                .query(UUID.class)
                .optional();
    }

    // ---------------------------------------------------------------- mapping

    private SubjectView subjectById(UUID id) {
        return jdbc.sql("SELECT * FROM academics.subject WHERE id = ?")
                .param(id)
                .query((rs, n) -> subject(rs))
                .optional()
                .orElseThrow(() -> Rejected.notFound("academics.subject.notFound"));
    }

    private static SubjectView subject(ResultSet rs) throws SQLException {
        return new SubjectView(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                SubjectKind.valueOf(rs.getString("kind")),
                rs.getBoolean("scored"),
                rs.getInt("periods_per_year"),
                rs.getInt("position"));
    }

    private static ClassView schoolClass(ResultSet rs) throws SQLException {
        return new ClassView(
                rs.getObject("id", UUID.class),
                rs.getObject("school_year_id", UUID.class),
                rs.getString("name"),
                rs.getInt("grade"),
                ClassSession.valueOf(rs.getString("session")),
                rs.getString("room"),
                rs.getObject("homeroom_staff_id", UUID.class),
                rs.getString("homeroom_name"),
                rs.getString("homeroom_username"),
                rs.getInt("learners"));
    }

    private static EnrolmentView enrolment(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new EnrolmentView(
                rs.getObject("id", UUID.class),
                rs.getObject("learner_id", UUID.class),
                rs.getObject("school_year_id", UUID.class),
                rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                EnrolmentStatus.valueOf(rs.getString("status")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("end_reason"),
                rs.getObject("combination_id", UUID.class),
                outcome == null ? null : YearEndOutcome.valueOf(outcome));
    }

    private static AssignmentView assignment(ResultSet rs) throws SQLException {
        return new AssignmentView(
                rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_code"),
                rs.getString("subject_name"),
                rs.getObject("staff_id", UUID.class),
                rs.getString("teacher_name"),
                rs.getString("teacher_username"),
                rs.getBigDecimal("periods_per_week"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
