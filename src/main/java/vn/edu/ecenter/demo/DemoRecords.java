package vn.edu.ecenter.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CombinationView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.LearningTopics;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.attendance.AttendanceEntry;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.identity.AccountSummary;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.ProvisionAccount;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.PeopleBulk;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.shared.PersonName;

/**
 * The records of the demo centre: the GDTX programme, 60 teachers covering every subject, 30 classes over grades
 * 10–12 (sáng, chiều, tối), about 1,200 learners with realistic names, guardians for the learners under 18, every
 * learner enrolled with an elective combination, and teaching assignments for every class. Class 10A1 (45 learners)
 * has homeroom teacher {@code gv.toan} and one teacher per subject, {@code gv.<subject>}, each with the demo password,
 * and the attendance of its last few school days, taken by {@code gv.toan}. Everything is drawn from a fixed seed, so
 * every demo centre is the same (the attendance days are the latest before the day the demo centre is loaded).
 */
@Component
class DemoRecords {

    /** Demo accounts with the demo password, listed in the README: one teacher per subject of class 10A1. */
    static final Map<String, String> SUBJECT_TEACHERS = new LinkedHashMap<>();

    static {
        SUBJECT_TEACHERS.put("VAN", "gv.van");
        SUBJECT_TEACHERS.put("TOAN", "gv.toan");
        SUBJECT_TEACHERS.put("SU", "gv.su");
        SUBJECT_TEACHERS.put("DIA", "gv.dia");
        SUBJECT_TEACHERS.put("KTPL", "gv.ktpl");
        SUBJECT_TEACHERS.put("LY", "gv.ly");
        SUBJECT_TEACHERS.put("HOA", "gv.hoa");
        SUBJECT_TEACHERS.put("SINH", "gv.sinh");
        SUBJECT_TEACHERS.put("CN", "gv.cn");
        SUBJECT_TEACHERS.put("TIN", "gv.tin");
        SUBJECT_TEACHERS.put("ANH", "gv.anh");
    }

    /** Teachers per subject, 60 in all. */
    private static final Map<String, Integer> TEACHERS_PER_SUBJECT = Map.ofEntries(
            Map.entry("VAN", 9),
            Map.entry("TOAN", 9),
            Map.entry("SU", 5),
            Map.entry("DIA", 5),
            Map.entry("KTPL", 5),
            Map.entry("LY", 5),
            Map.entry("HOA", 5),
            Map.entry("SINH", 5),
            Map.entry("CN", 3),
            Map.entry("TIN", 4),
            Map.entry("ANH", 5));

    /** The demo learner of 10A1 and the guardian, with the demo password (README). */
    static final String DEMO_LEARNER_CODE = "7926000001";

    static final String DEMO_GUARDIAN_PHONE = "0901000001";

    private static final List<String> WARDS = List.of(
            "Phường Chợ Quán",
            "Phường Sài Gòn",
            "Phường Bến Thành",
            "Phường Tân Định",
            "Phường An Đông",
            "Phường Chợ Lớn",
            "Phường Bình Tây",
            "Phường Gia Định",
            "Phường Bình Thạnh",
            "Phường Phú Nhuận",
            "Phường Thủ Đức",
            "Phường Hạnh Thông",
            "Xã Bình Chánh",
            "Xã Hóc Môn");

    private static final List<String> STREETS = List.of(
            "Nguyễn Văn Cừ",
            "Trần Hưng Đạo",
            "Lê Lợi",
            "Nguyễn Trãi",
            "Hai Bà Trưng",
            "Võ Văn Kiệt",
            "Cách Mạng Tháng Tám",
            "Điện Biên Phủ",
            "Lý Thường Kiệt",
            "Phan Đăng Lưu",
            "Nguyễn Thị Minh Khai",
            "Âu Cơ");

    private final Academics academics;
    private final LearningTopics topics;
    private final People people;
    private final PeopleBulk bulk;
    private final Identity identity;
    private final Attendance attendance;
    private final BusinessClock clock;

    DemoRecords(
            Academics academics,
            LearningTopics topics,
            People people,
            PeopleBulk bulk,
            Identity identity,
            Attendance attendance,
            BusinessClock clock) {
        this.academics = academics;
        this.topics = topics;
        this.people = people;
        this.bulk = bulk;
        this.identity = identity;
        this.attendance = attendance;
        this.clock = clock;
    }

    /** The demo's classes of the current school year: 10A1 … 10A10, 11A1 … 11A10, 12A1 … 12A10. */
    static final List<String> CLASS_NAMES = java.util.stream.IntStream.rangeClosed(10, 12)
            .boxed()
            .flatMap(grade -> java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(n -> grade + "A" + n))
            .toList();

    /**
     * Whether the demo year of the current centre has what {@link #load} writes: the 30 demo classes, each with learners,
     * and teaching assignments, written last (called inside the centre, as system administrator).
     */
    boolean looksComplete(UUID yearId) {
        List<ClassView> demo = academics.classes(yearId).stream()
                .filter(c -> CLASS_NAMES.contains(c.name()))
                .toList();
        return demo.size() == CLASS_NAMES.size()
                && demo.stream().allMatch(c -> c.learners() > 0)
                && !academics.assignments(demo.getLast().id()).isEmpty();
    }

    /** Loads the records into the current centre (called inside it, as system administrator). */
    void load(UUID centreId, SchoolYearView year, String password) {
        SplittableRandom random = new SplittableRandom(20262027L);
        DemoNames names = new DemoNames(random);
        academics.installStandardProgramme();
        academics.markDays(year.id(), vn.edu.ecenter.academics.DemoCalendar.days2026());
        Map<String, SubjectView> subjects = new HashMap<>();
        academics.subjects().forEach(subject -> subjects.put(subject.code(), subject));
        List<CombinationView> combinations = List.of(
                academics.defineCombination("TN1", "Khoa học tự nhiên 1", List.of("LY", "HOA", "SINH", "TIN")),
                academics.defineCombination("XH1", "Khoa học xã hội 1", List.of("DIA", "KTPL", "CN", "TIN")),
                academics.defineCombination("XH2", "Khoa học xã hội 2", List.of("DIA", "KTPL", "LY", "HOA")));

        Map<String, List<StaffSummary>> teachers = teachers(centreId, names, random, password);
        List<ClassView> classes = academics.createClasses(classes(year, teachers));
        learningTopics(classes);
        learners(centreId, year, classes, combinations, names, random, password);
        assignments(classes, combinations, subjects, teachers);
        attendance(
                centreId,
                year,
                classes.stream()
                        .filter(c -> c.name().equals("10A1"))
                        .findFirst()
                        .orElseThrow(),
                random);
    }

    /** The demo's learning topics (chuyên đề học tập) and the classes that take them (class name → topic codes). */
    static final Map<String, List<String>> CLASS_TOPICS = Map.of(
            "10A1", List.of("CD_TOAN", "CD_VAN"),
            "10A2", List.of("CD_TOAN"),
            "11A1", List.of("CD_VAN"),
            "12A1", List.of("CD_TOAN", "CD_VAN"));

    /**
     * Defines "Chuyên đề Toán" and "Chuyên đề Ngữ văn" (unless the centre has them) and sets them for a few classes, so
     * that those classes' mathematics and literature sheets show a CĐ column counted as ĐĐGtx.
     */
    private void learningTopics(List<ClassView> classes) {
        Set<String> known = new java.util.HashSet<>();
        topics.learningTopics().forEach(topic -> known.add(topic.code()));
        if (!known.contains("CD_TOAN")) {
            topics.defineLearningTopic("CD_TOAN", "Chuyên đề Toán", "TOAN");
        }
        if (!known.contains("CD_VAN")) {
            topics.defineLearningTopic("CD_VAN", "Chuyên đề Ngữ văn", "VAN");
        }
        for (ClassView schoolClass : classes) {
            List<String> codes = CLASS_TOPICS.get(schoolClass.name());
            if (codes != null) {
                topics.setClassTopics(schoolClass.id(), codes);
            }
        }
    }

    /** Days of attendance for 10A1, taken the way its homeroom teacher takes them. */
    static final int ATTENDANCE_DAYS = 5;

    /**
     * The attendance of 10A1 on its last {@link #ATTENDANCE_DAYS} school days up to today (fewer early in the year), as
     * {@code gv.toan} records it: a few learners absent with or without leave or late each day, and the demo learner
     * absent with leave once, so that the demo guardian sees an absence.
     */
    private void attendance(UUID centreId, SchoolYearView year, ClassView schoolClass, SplittableRandom random) {
        var account = identity.accountsOfCurrentCentre().stream()
                .filter(a -> a.username().equals("gv.toan"))
                .map(AccountSummary::id)
                .findFirst();
        if (account.isEmpty()) {
            return;
        }
        var homeroom = new SignedInUser(
                account.get(), "gv.toan", DemoCentre.TEACHER_NAME, Set.of(Role.TEACHER), centreId, false);
        asUser(homeroom, () -> {
            List<LocalDate> days = new ArrayList<>();
            LocalDate today = clock.today().isAfter(year.endsOn()) ? year.endsOn() : clock.today();
            for (LocalDate day = today;
                    days.size() < ATTENDANCE_DAYS && !day.isBefore(year.startsOn());
                    day = day.minusDays(1)) {
                if (academics.isSchoolDay(day)) {
                    days.addFirst(day);
                }
            }
            List<ClassMember> members = academics.classList(schoolClass.id());
            for (int d = 0; d < days.size(); d++) {
                List<AttendanceEntry> entries = new ArrayList<>();
                for (ClassMember member : members) {
                    int draw = random.nextInt(100);
                    AttendanceStatus status = draw < 3
                            ? AttendanceStatus.EXCUSED
                            : draw < 5
                                    ? AttendanceStatus.UNEXCUSED
                                    : draw < 8 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
                    if (member.code().equals(DEMO_LEARNER_CODE)) {
                        status =
                                d == Math.max(0, days.size() - 2) ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                    }
                    entries.add(new AttendanceEntry(member.learnerId(), status));
                }
                attendance.record(schoolClass.id(), days.get(d), null, entries);
            }
        });
    }

    private Map<String, List<StaffSummary>> teachers(
            UUID centreId, DemoNames names, SplittableRandom random, String password) {
        Map<String, List<StaffSummary>> bySubject = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : SUBJECT_TEACHERS.entrySet()) {
            String subject = entry.getKey();
            int count = TEACHERS_PER_SUBJECT.get(subject);
            List<StaffSummary> staff = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                String username = n == 1 ? entry.getValue() : entry.getValue() + n;
                boolean female = username.equals("gv.toan") || random.nextInt(100) < 62;
                PersonName name =
                        username.equals("gv.toan") ? PersonName.parse(DemoCentre.TEACHER_NAME) : names.next(female);
                if (n == 1) {
                    // The subject teachers of 10A1 sign in with the demo password (README); the others have accounts
                    // without a password until the centre issues one.
                    identity.provisionAccount(new ProvisionAccount(
                            centreId,
                            username,
                            name.fullName(),
                            username + "@lequydon.demo",
                            Set.of(Role.TEACHER),
                            password,
                            false));
                }
                staff.add(people.registerStaff(new StaffDetails(
                        username,
                        name,
                        LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        female ? Sex.FEMALE : Sex.MALE,
                        phone(9_100_000 + bySubject.size() * 100 + n),
                        username + "@lequydon.demo",
                        null,
                        "TEACHER",
                        random.nextInt(10) < 2 ? "Thạc sĩ" : "Cử nhân sư phạm",
                        random.nextInt(10) < 8 ? "Viên chức" : "Hợp đồng lao động",
                        Set.of(subject),
                        17)));
            }
            bySubject.put(subject, staff);
        }
        return bySubject;
    }

    private static List<CreateClass> classes(SchoolYearView year, Map<String, List<StaffSummary>> teachers) {
        List<StaffSummary> homeroom = teachers.values().stream()
                .flatMap(List::stream)
                .sorted((a, b) ->
                        Boolean.compare(!a.code().equals("gv.toan"), !b.code().equals("gv.toan")))
                .toList();
        List<CreateClass> classes = new ArrayList<>();
        int index = 0;
        for (int grade = 10; grade <= 12; grade++) {
            for (int n = 1; n <= 10; n++) {
                ClassSession session =
                        n <= 4 ? ClassSession.MORNING : n <= 7 ? ClassSession.AFTERNOON : ClassSession.EVENING;
                classes.add(new CreateClass(
                        year.id(),
                        grade + "A" + n, // CLASS_NAMES
                        grade,
                        session,
                        "P." + grade + String.format("%02d", n),
                        homeroom.get(index++ * 2 % homeroom.size()).id()));
            }
        }
        return classes;
    }

    private void learners(
            UUID centreId,
            SchoolYearView year,
            List<ClassView> classes,
            List<CombinationView> combinations,
            DemoNames names,
            SplittableRandom random,
            String password) {
        LocalDate firstDay = year.semesters().getFirst().startsOn();
        List<LearnerDetails> learners = new ArrayList<>();
        List<UUID> classOf = new ArrayList<>();
        List<@Nullable UUID> combinationOf = new ArrayList<>();
        int sequence = 0;
        for (int c = 0; c < classes.size(); c++) {
            ClassView schoolClass = classes.get(c);
            int size = schoolClass.name().equals("10A1") ? 45 : 38 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                sequence++;
                boolean female = random.nextInt(100) < 48;
                boolean adult = schoolClass.session() == ClassSession.EVENING && random.nextInt(100) < 60;
                int birthYear = adult
                        ? 1986 + random.nextInt(20)
                        : 2026 - schoolClass.grade() - 5 - (random.nextInt(10) < 2 ? 1 : 0);
                LocalDate born = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
                learners.add(learner(sequence, names.next(female), born, female, random));
                classOf.add(schoolClass.id());
                // Learners of one class take different electives: most follow the class's combination.
                int combination = (c + (random.nextInt(10) < 8 ? 0 : 1)) % combinations.size();
                combinationOf.add(combinations.get(combination).id());
            }
        }
        identity.provisionAccount(new ProvisionAccount(
                centreId,
                DEMO_LEARNER_CODE,
                learners.getFirst().name().fullName(),
                null,
                Set.of(Role.LEARNER),
                password,
                false));
        List<UUID> ids = bulk.insertLearners(learners);
        // In the demo every learner signs in with their mã học sinh and the demo password (README).
        identity.provisionSharedPassword(
                centreId, learners.stream().map(LearnerDetails::code).toList(), password);
        List<Enrol> enrolments = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            enrolments.add(new Enrol(ids.get(i), classOf.get(i), firstDay, combinationOf.get(i)));
        }
        academics.enrolAll(enrolments);
        guardians(centreId, learners, ids, names, random, password);
    }

    private static LearnerDetails learner(
            int sequence, PersonName name, LocalDate born, boolean female, SplittableRandom random) {
        int centuryAndSex = (born.getYear() >= 2000 ? 2 : 0) + (female ? 1 : 0);
        String citizenId = "079" + centuryAndSex + String.format("%02d", born.getYear() % 100)
                // the demo's own range of the six random digits, away from numbers tests and benchmarks generate
                + String.format("9%05d", sequence);
        return new LearnerDetails(
                String.format("7926%06d", sequence),
                name,
                born,
                female ? Sex.FEMALE : Sex.MALE,
                random.nextInt(100) < 93 ? "Kinh" : random.nextBoolean() ? "Hoa" : "Khmer",
                random.nextInt(100) < 80 ? "Không" : random.nextBoolean() ? "Phật giáo" : "Công giáo",
                "Việt Nam",
                "Thành phố Hồ Chí Minh",
                "Thành phố Hồ Chí Minh",
                citizenId,
                new Address(
                        (1 + random.nextInt(300)) + " " + STREETS.get(random.nextInt(STREETS.size())),
                        WARDS.get(random.nextInt(WARDS.size())),
                        "Thành phố Hồ Chí Minh",
                        null),
                phone(3_000_000 + sequence),
                null,
                random.nextInt(100) < 5 ? "Hộ nghèo" : null,
                null);
    }

    private void guardians(
            UUID centreId,
            List<LearnerDetails> learners,
            List<UUID> ids,
            DemoNames names,
            SplittableRandom random,
            String password) {
        List<PeopleBulk.GuardianLink> links = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            LearnerDetails learner = learners.get(i);
            if (learner.birthDate().isBefore(LocalDate.of(2008, 9, 1))) {
                continue; // adults manage their own records
            }
            boolean mother = random.nextBoolean();
            PersonName name = mother
                    ? names.next(true)
                    : PersonName.of(
                            learner.name().family(),
                            names.next(false).middle(),
                            names.next(false).given());
            String phone = i == 0 ? DEMO_GUARDIAN_PHONE : phone(1_000_000 + i + 1);
            links.add(new PeopleBulk.GuardianLink(
                    ids.get(i),
                    new GuardianDetails(name, phone, null, null),
                    mother ? Relation.MOTHER : Relation.FATHER));
        }
        identity.provisionAccount(new ProvisionAccount(
                centreId,
                DEMO_GUARDIAN_PHONE,
                links.getFirst().guardian().name().fullName(),
                null,
                Set.of(Role.GUARDIAN),
                password,
                false));
        bulk.linkGuardians(links);
    }

    private void assignments(
            List<ClassView> classes,
            List<CombinationView> combinations,
            Map<String, SubjectView> subjects,
            Map<String, List<StaffSummary>> teachers) {
        Map<String, Integer> turn = new HashMap<>();
        List<Assign> assignments = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            ClassView schoolClass = classes.get(c);
            boolean first = schoolClass.name().equals("10A1");
            List<String> codes = new ArrayList<>(List.of("VAN", "TOAN", "SU", "ANH"));
            // The electives of the class's main combination and of the one some of its learners take.
            for (String code : combinations.get(c % combinations.size()).subjectCodes()) {
                if (!codes.contains(code)) codes.add(code);
            }
            for (String code : combinations.get((c + 1) % combinations.size()).subjectCodes()) {
                if (!codes.contains(code)) codes.add(code);
            }
            for (String code : codes) {
                List<StaffSummary> staff = teachers.get(code);
                StaffSummary teacher;
                if (first) {
                    teacher = staff.getFirst();
                } else {
                    int next = turn.merge(code, 1, Integer::sum);
                    teacher = staff.get(next % staff.size());
                }
                SubjectView subject = subjects.get(code);
                assignments.add(
                        new Assign(schoolClass.id(), subject.id(), teacher.id(), perWeek(subject.periodsPerYear())));
            }
        }
        academics.assignAll(assignments);
    }

    /** Runs the work as the given user (inside the centre's transaction the demo loader already opened). */
    /** A demo account of the centre as a signed-in user, to load data as that person would enter it. */
    static SignedInUser demoUser(Identity identity, UUID centreId, String username, String fullName, Role role) {
        UUID account = identity.accountsOfCurrentCentre().stream()
                .filter(a -> a.username().equals(username))
                .map(AccountSummary::id)
                .findFirst()
                .orElseThrow();
        return new SignedInUser(account, username, fullName, Set.of(role), centreId, false);
    }

    static void asUser(SignedInUser user, Runnable work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** Periods per week from periods per year over the 35 teaching weeks, to the half period. */
    static BigDecimal perWeek(int periodsPerYear) {
        return BigDecimal.valueOf(periodsPerYear * 2L)
                .divide(BigDecimal.valueOf(35), 0, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    private static String phone(int number) {
        return String.format("09%08d", number);
    }
}
