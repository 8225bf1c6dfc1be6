package vn.edu.ecenter.academics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("Cơ cấu học tập: chương trình, lớp, ghi danh, phân công")
class AcademicsTests {

    /** vn-regulations §9.1: the class-list order of these real names (tên, then đệm, then họ). */
    static final List<String> CLASS_LIST = List.of(
            "Lê Hoàng An",
            "Đặng Minh An",
            "Nguyễn Văn An",
            "Võ Thị Mỹ Anh",
            "Trần Thị Ánh",
            "Phạm Bình",
            "Huỳnh Văn Dũng", // d before đ
            "Nguyễn Thị Đào",
            "Bùi Thị Hà", // same tên: đệm "Thị" before "Thị Ngọc"
            "Trương Thị Ngọc Hà",
            "Ông Văn Ý");

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    SchoolYearView year;

    @BeforeEach
    void programmeAndYear() {
        fixture.asDirector(() -> academics.installStandardProgramme());
        year = fixture.schoolYear(2040);
    }

    private ClassView openClass(SchoolYearView in, String name, int grade) {
        return fixture.asDirector(
                () -> academics.createClass(new CreateClass(in.id(), name, grade, ClassSession.EVENING, "P.12", null)));
    }

    private SubjectView subject(String code) {
        return fixture.asDirector(() -> academics.subjects().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow());
    }

    @Test
    @DisplayName("Chương trình GDTX THPT cài một lần; cài lại không thêm gì")
    void installsTheStandardProgrammeOnce() {
        ProgrammeInstalled again = fixture.asDirector(() -> academics.installStandardProgramme());
        assertThat(again.added()).isZero();
        List<SubjectView> subjects = fixture.asDirector(() -> academics.subjects());
        assertThat(subjects)
                .extracting(SubjectView::code)
                .startsWith("VAN", "TOAN", "SU", "DIA", "KTPL", "LY", "HOA", "SINH", "CN", "TIN", "ANH");
        assertThat(subject("SU").periodsPerYear()).isEqualTo(52);
        assertThat(subject("TOAN").kind()).isEqualTo(SubjectKind.COMPULSORY);
        assertThat(subject("TIN").kind()).isEqualTo(SubjectKind.ELECTIVE);
        assertThat(subject("CDHT").scored()).isFalse();
    }

    @Test
    @DisplayName("Số tiết/năm đổi được theo năm học và khối, mặc định giữ nguyên")
    void periodsPerYearPerYearAndGrade() {
        SubjectView su = subject("SU");
        fixture.asDirector(() -> academics.setPeriodsPerYear(su.id(), year.id(), 11, 70));
        assertThat(fixture.asDirector(() -> academics.periodsPerYear(su.id(), year.id(), 11)))
                .isEqualTo(70);
        assertThat(fixture.asDirector(() -> academics.periodsPerYear(su.id(), year.id(), 10)))
                .isEqualTo(52);
    }

    @Test
    @DisplayName("Tổ hợp môn cần đúng 4 môn lựa chọn")
    void combinationNeedsFourElectives() {
        String code = "K" + AcademicsFixture.unique().toUpperCase();
        CombinationView combination = fixture.asDirector(() ->
                academics.defineCombination(code, "Khoa học tự nhiên", List.of("LY", "HOA", "SINH", "TIN", "ANH")));
        assertThat(combination.subjectCodes()).containsExactly("LY", "HOA", "SINH", "TIN", "ANH");
        assertThatThrownBy(() -> fixture.asDirector(
                        () -> academics.defineCombination(code + "X", "Thiếu", List.of("LY", "HOA", "SINH"))))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("academics.combination.electives");
    }

    @Test
    @DisplayName("Danh sách lớp xếp theo tên, đệm, họ với tên tiếng Việt thật")
    void classListInVietnameseOrder() {
        ClassView schoolClass = openClass(year, "10A1", 10);
        List<String> shuffled = new ArrayList<>(CLASS_LIST);
        Collections.shuffle(shuffled, new Random(3));
        List<Enrol> enrolments = shuffled.stream()
                .map(name -> new Enrol(fixture.learner(name), schoolClass.id(), year.startsOn(), null))
                .toList();
        fixture.asDirector(() -> academics.enrolAll(enrolments));

        List<ClassMember> list = fixture.asDirector(() -> academics.classList(schoolClass.id()));

        assertThat(list).extracting(member -> member.name().fullName()).containsExactlyElementsOf(CLASS_LIST);
        assertThat(list).extracting(ClassMember::number).startsWith(1, 2, 3);
        assertThat(fixture.asDirector(() -> academics.schoolClass(schoolClass.id()))
                        .orElseThrow()
                        .learners())
                .isEqualTo(CLASS_LIST.size());
    }

    @Test
    @DisplayName("Ghi danh, chuyển lớp, bỏ học, tiếp nhận lại: ngày và lý do được lưu")
    void enrolmentLifecycle() {
        ClassView a1 = openClass(year, "11A1", 11);
        ClassView a2 = openClass(year, "11A2", 11);
        UUID learner = fixture.learner("Nguyễn Thị Ánh Tuyết");
        LocalDate start = year.startsOn();

        fixture.asDirector(() -> academics.enrol(new Enrol(learner, a1.id(), start, null)));
        assertThatThrownBy(() -> fixture.asDirector(() -> academics.enrol(new Enrol(learner, a2.id(), start, null))))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).status())
                .isEqualTo(409);
        assertThatThrownBy(
                        () -> fixture.asDirector(() -> academics.transfer(learner, a2.id(), start.plusDays(10), "  ")))
                .isInstanceOf(Rejected.class);

        EnrolmentView moved =
                fixture.asDirector(() -> academics.transfer(learner, a2.id(), start.plusDays(10), "Đổi sang buổi tối"));
        assertThat(moved.className()).isEqualTo("11A2");
        assertThat(fixture.asDirector(() -> academics.classList(a1.id()))).isEmpty();
        assertThat(fixture.asDirector(() -> academics.classList(a2.id()))).hasSize(1);

        EnrolmentView dropped = fixture.asDirector(() -> academics.dropOut(learner, start.plusDays(40), "Đi làm xa"));
        assertThat(dropped.status()).isEqualTo(EnrolmentStatus.DROPPED_OUT);
        assertThat(fixture.asDirector(() -> academics.classList(a2.id()))).isEmpty();
        assertThatThrownBy(() -> fixture.asDirector(() -> academics.dropOut(learner, start.plusDays(41), "Lần hai")))
                .isInstanceOf(Rejected.class);

        EnrolmentView back =
                fixture.asDirector(() -> academics.readmit(learner, a1.id(), start.plusDays(60), "Trở lại học"));
        assertThat(back.status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(back.className()).isEqualTo("11A1");

        List<EnrolmentEvent> history = fixture.asDirector(() -> academics.history(learner));
        assertThat(history)
                .extracting(EnrolmentEvent::kind)
                .containsExactly(
                        EnrolmentEvent.Kind.ENROLLED,
                        EnrolmentEvent.Kind.TRANSFERRED,
                        EnrolmentEvent.Kind.DROPPED_OUT,
                        EnrolmentEvent.Kind.READMITTED);
        assertThat(history.get(1).fromClass()).isEqualTo("11A1");
        assertThat(history.get(1).toClass()).isEqualTo("11A2");
        assertThat(history.get(2).reason()).isEqualTo("Đi làm xa");
        assertThat(history.get(2).happenedOn()).isEqualTo(start.plusDays(40));
        assertThat(fixture.asDirector(() -> academics.enrolments(learner))).hasSize(3);
    }

    @Test
    @DisplayName("Chuyển năm: xem trước, chạy, chạy lại không đổi gì")
    void rolloverPreviewRunAndRerun() {
        SchoolYearView next = fixture.schoolYear(2041);
        ClassView c10 = openClass(year, "10A1", 10);
        ClassView c12 = openClass(year, "12A1", 12);
        UUID promoted = fixture.learner("Lê Văn Lên");
        UUID repeating = fixture.learner("Trần Thị Lại");
        UUID graduate = fixture.learner("Phạm Văn Xong");
        List<EnrolmentView> enrolled = fixture.asDirector(() -> academics.enrolAll(List.of(
                new Enrol(promoted, c10.id(), year.startsOn(), null),
                new Enrol(repeating, c10.id(), year.startsOn(), null),
                new Enrol(graduate, c12.id(), year.startsOn(), null))));
        UUID repeatingEnrolment = enrolled.stream()
                .filter(e -> e.learnerId().equals(repeating))
                .findFirst()
                .orElseThrow()
                .id();
        fixture.asDirector(() -> academics.decideYearEnd(repeatingEnrolment, YearEndOutcome.REPEAT));

        RolloverPlan plan = fixture.asDirector(() -> academics.previewRollover(year.id(), next.id()));
        assertThat(plan.missingClasses()).containsExactly("10A1", "11A1");
        assertThat(plan.pending()).isEqualTo(3);
        assertThatThrownBy(() -> fixture.asDirector(() -> academics.runRollover(year.id(), next.id())))
                .isInstanceOf(Rejected.class);
        assertThat(fixture.asDirector(() -> academics.classList(c10.id()))).hasSize(2);

        ClassView n10 = openClass(next, "10A1", 10);
        ClassView n11 = openClass(next, "11A1", 11);
        RolloverResult first = fixture.asDirector(() -> academics.runRollover(year.id(), next.id()));
        assertThat(first).isEqualTo(new RolloverResult(1, 1, 1));
        assertThat(fixture.asDirector(() -> academics.classList(n11.id())))
                .extracting(m -> m.learnerId())
                .containsExactly(promoted);
        assertThat(fixture.asDirector(() -> academics.classList(n10.id())))
                .extracting(m -> m.learnerId())
                .containsExactly(repeating);
        assertThat(fixture.asDirector(() -> academics.history(graduate)))
                .extracting(EnrolmentEvent::kind)
                .containsExactly(EnrolmentEvent.Kind.ENROLLED, EnrolmentEvent.Kind.GRADUATED);

        RolloverResult second = fixture.asDirector(() -> academics.runRollover(year.id(), next.id()));
        assertThat(second.changed()).isZero();
        RolloverPlan after = fixture.asDirector(() -> academics.previewRollover(year.id(), next.id()));
        assertThat(after.pending()).isZero();
        assertThat(after.lines()).hasSize(3).allMatch(RolloverPlan.Line::done);
        assertThat(fixture.asDirector(() -> academics.enrolments(promoted))).hasSize(2);
    }

    @Test
    @DisplayName("Phân công giảng dạy và quyền của giáo viên, GVCN")
    void assignmentsAndTeacherRights() {
        ClassView schoolClass = openClass(year, "10A5", 10);
        ClassView other = openClass(year, "10A6", 10);
        var homeroom = fixture.teacherWithAccount("Nguyễn Thị Chủ Nhiệm");
        var maths = fixture.teacherWithAccount("Trần Văn Toán");
        fixture.asDirector(() -> academics.updateClass(
                schoolClass.id(),
                new CreateClass(year.id(), "10A5", 10, ClassSession.MORNING, "P.3", homeroom.staffId())));
        SubjectView toan = subject("TOAN");
        fixture.asDirector(() -> academics.assignAll(List.of(
                new Assign(schoolClass.id(), toan.id(), maths.staffId(), new BigDecimal("3")),
                new Assign(schoolClass.id(), subject("VAN").id(), homeroom.staffId(), new BigDecimal("3")))));
        fixture.asDirector(() ->
                academics.enrol(new Enrol(fixture.learner("Lê Thị Học"), schoolClass.id(), year.startsOn(), null)));

        List<AssignmentView> assignments = fixture.asDirector(() -> academics.assignments(schoolClass.id()));
        assertThat(assignments).extracting(AssignmentView::subjectCode).containsExactly("VAN", "TOAN");
        assertThat(assignments.get(1).teacherUsername()).isEqualTo(maths.username());

        assertThat(fixture.as(Role.TEACHER, homeroom.accountId(), () -> academics.isHomeroomTeacher(schoolClass.id())))
                .isTrue();
        assertThat(fixture.as(Role.TEACHER, maths.accountId(), () -> academics.isHomeroomTeacher(schoolClass.id())))
                .isFalse();
        assertThat(fixture.as(Role.TEACHER, maths.accountId(), () -> academics.teaches(schoolClass.id(), "TOAN")))
                .isTrue();
        assertThat(fixture.as(Role.TEACHER, maths.accountId(), () -> academics.teaches(schoolClass.id(), "VAN")))
                .isFalse();
        assertThat(fixture.as(Role.TEACHER, maths.accountId(), () -> academics.classList(schoolClass.id())))
                .hasSize(1);
        assertThatThrownBy(() -> fixture.as(Role.TEACHER, maths.accountId(), () -> academics.classList(other.id())))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> fixture.as(Role.ACCOUNTANT, null, () -> academics.classList(schoolClass.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> fixture.as(
                        Role.TEACHER,
                        maths.accountId(),
                        () -> academics.assign(new Assign(other.id(), toan.id(), maths.staffId(), BigDecimal.ONE))))
                .isInstanceOf(AuthorizationDeniedException.class);
        List<TeachingView> teaching = fixture.asDirector(() -> academics.teachingOf(homeroom.staffId(), year.id()));
        assertThat(teaching).singleElement().satisfies(view -> {
            assertThat(view.className()).isEqualTo("10A5");
            assertThat(view.homeroom()).isTrue();
            assertThat(view.subjectCodes()).containsExactly("VAN");
        });
    }

    @Test
    @DisplayName("Giáo viên chỉ dạy môn lựa chọn thấy học viên có môn đó trong tổ hợp; GVCN thấy cả lớp")
    void electiveTeachersSeeTheLearnersOfTheirElective() {
        ClassView schoolClass = openClass(year, "11B1", 11);
        var homeroom = fixture.teacherWithAccount("Phan Thị Chủ Nhiệm");
        var physics = fixture.teacherWithAccount("Đỗ Văn Lý");
        fixture.asDirector(() -> academics.updateClass(
                schoolClass.id(),
                new CreateClass(year.id(), "11B1", 11, ClassSession.AFTERNOON, null, homeroom.staffId())));
        String u = AcademicsFixture.unique().toUpperCase();
        CombinationView science = fixture.asDirector(
                () -> academics.defineCombination("N" + u, "Tự nhiên", List.of("LY", "HOA", "SINH", "TIN")));
        CombinationView social = fixture.asDirector(
                () -> academics.defineCombination("X" + u, "Xã hội", List.of("DIA", "KTPL", "CN", "TIN")));
        UUID scientist = fixture.learner("Nguyễn Văn Tự Nhiên");
        UUID socialite = fixture.learner("Trần Thị Xã Hội");
        UUID undecided = fixture.learner("Lê Văn Chưa Chọn");
        fixture.asDirector(() -> academics.enrolAll(List.of(
                new Enrol(scientist, schoolClass.id(), year.startsOn(), science.id()),
                new Enrol(socialite, schoolClass.id(), year.startsOn(), social.id()),
                new Enrol(undecided, schoolClass.id(), year.startsOn(), null))));
        fixture.asDirector(() -> academics.assign(
                new Assign(schoolClass.id(), subject("LY").id(), physics.staffId(), new BigDecimal("2"))));

        assertThat(fixture.as(Role.TEACHER, physics.accountId(), () -> academics.classList(schoolClass.id())))
                .extracting(ClassMember::learnerId)
                .containsExactlyInAnyOrder(scientist, undecided);
        assertThat(fixture.as(Role.TEACHER, homeroom.accountId(), () -> academics.classList(schoolClass.id())))
                .hasSize(3);
        assertThat(fixture.asDirector(() -> academics.classList(schoolClass.id())))
                .extracting(ClassMember::combinationCode)
                .containsExactlyInAnyOrder("N" + u, "X" + u, null);

        fixture.asDirector(() -> academics.assign(
                new Assign(schoolClass.id(), subject("TOAN").id(), physics.staffId(), new BigDecimal("3"))));
        assertThat(fixture.as(Role.TEACHER, physics.accountId(), () -> academics.classList(schoolClass.id())))
                .hasSize(3);
    }

    @Test
    @DisplayName("Định mức: GVCN được giảm 4 tiết, giảm thêm vượt 50% bị từ chối, báo cáo thừa/thiếu giờ")
    void workloadReport() {
        ClassView schoolClass = openClass(year, "12A9", 12);
        UUID teacher = fixture.teacher("Võ Văn Định Mức", null, 17);
        fixture.asDirector(() -> academics.updateClass(
                schoolClass.id(), new CreateClass(year.id(), "12A9", 12, ClassSession.EVENING, null, teacher)));
        fixture.asDirector(() ->
                academics.assign(new Assign(schoolClass.id(), subject("TOAN").id(), teacher, new BigDecimal("3"))));
        fixture.asDirector(() -> academics.addReduction(teacher, year.id(), 3, "Tổ trưởng chuyên môn"));
        assertThatThrownBy(() -> fixture.asDirector(() -> academics.addReduction(teacher, year.id(), 2, "Công đoàn")))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("academics.reduction.cap");

        WorkloadLine line = fixture.asDirector(() -> academics.workload(year.id())).stream()
                .filter(l -> l.staffId().equals(teacher))
                .findFirst()
                .orElseThrow();
        assertThat(line.homeroomOf()).containsExactly("12A9");
        assertThat(line.workload().countedReduction()).isEqualByComparingTo("7");
        assertThat(line.workload().owed()).isEqualByComparingTo("10");
        assertThat(line.workload().balance()).isEqualByComparingTo("-7");
        assertThat(line.workload().shortfall()).isTrue();
    }
}
