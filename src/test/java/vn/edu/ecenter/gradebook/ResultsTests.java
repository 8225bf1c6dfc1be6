package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.SubjectDetails;
import vn.edu.ecenter.academics.SubjectKind;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.attendance.AttendanceEntry;
import vn.edu.ecenter.gradebook.attendance.AttendanceFixture;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Results computed from marks saved through the score book, conduct entered by the homeroom teacher and attendance
 * recorded through the attendance API. The class takes Ngữ văn, Toán, Lịch sử, Vật lí, Hóa học (scored, so the five
 * subjects TT 43 counts) and a comment-only subject, "Hoạt động trải nghiệm", taught by another teacher.
 */
@EcenterTest
@DisplayName("Kết quả học tập: bảng tổng hợp, kết quả của học viên, lên lớp, kiểm tra lại, quyền xem")
class ResultsTests {

    @LocalServerPort
    int port;

    @Autowired
    AcademicsFixture academicsFixture;

    @Autowired
    AttendanceFixture attendanceFixture;

    @Autowired
    Academics academics;

    @Autowired
    Gradebook gradebook;

    @Autowired
    ScoreLoading loading;

    @Autowired
    Results results;

    @Autowired
    Remarks remarks;

    @Autowired
    Attendance attendance;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    UUID classId;
    String className;
    Teacher homeroom;
    Teacher maths;
    Teacher commentTeacher;
    Teacher outsider;
    Map<String, UUID> subjects = new HashMap<>();
    UUID an;
    UUID binh;
    UUID chi;
    UUID dung;

    static final List<String> SCORED = List.of("VAN", "TOAN", "SU", "LY", "HOA");

    @BeforeEach
    void openClass() {
        var year = academicsFixture.currentYear();
        academicsFixture.asDirector(() -> academics.installStandardProgramme());
        String unique = AcademicsFixture.unique();
        String nx = "NX" + unique.toUpperCase();
        academicsFixture.asDirector(() -> academics.addSubject(
                new SubjectDetails(nx, "Hoạt động trải nghiệm " + unique, SubjectKind.COMPULSORY, false, 35, 30)));
        homeroom = academicsFixture.teacherWithAccount("Phạm Thị Chủ Nhiệm");
        maths = academicsFixture.teacherWithAccount("Nguyễn Văn Toán");
        commentTeacher = academicsFixture.teacherWithAccount("Lê Thị Trải Nghiệm");
        outsider = academicsFixture.teacherWithAccount("Võ Văn Lớp Khác");
        className = "KQ" + unique;
        classId = academicsFixture
                .asDirector(() -> academics.createClass(
                        new CreateClass(year.id(), className, 10, ClassSession.EVENING, null, homeroom.staffId())))
                .id();
        UUID combination = academicsFixture
                .asDirector(() -> academics.defineCombination(
                        "KQ" + unique.toUpperCase(), "Tự nhiên", List.of("LY", "HOA", "SINH", "TIN")))
                .id();
        an = academicsFixture.learner("Trần Văn An");
        binh = academicsFixture.learner("Lê Thị Bình");
        chi = academicsFixture.learner("Đỗ Minh Chi");
        dung = academicsFixture.learner("Hoàng Văn Dũng");
        academicsFixture.asDirector(() -> academics.enrolAll(List.of(an, binh, chi, dung).stream()
                .map(learner -> new Enrol(learner, classId, year.startsOn(), combination))
                .toList()));
        List<SubjectView> all = academicsFixture.asDirector(() -> academics.subjects());
        for (SubjectView subject : all) {
            if (SCORED.contains(subject.code()) || subject.code().equals(nx)) {
                subjects.put(subject.code().equals(nx) ? "NX" : subject.code(), subject.id());
            }
        }
        List<Assign> assignments = new ArrayList<>();
        for (String code : SCORED) {
            assignments.add(new Assign(classId, subjects.get(code), maths.staffId(), BigDecimal.valueOf(2)));
        }
        assignments.add(new Assign(classId, subjects.get("NX"), commentTeacher.staffId(), BigDecimal.ONE));
        academicsFixture.asDirector(() -> academics.assignAll(assignments));
    }

    // ---------------------------------------------------------------- helpers

    /** Every column of the learner's semester gets the same mark, so the semester average is that mark. */
    private void fill(String subject, int semester, Map<UUID, String> marks) {
        academicsFixture.as(
                Role.SYSTEM_ADMIN,
                null,
                () -> loading.loadScores(
                        classId, subjects.get(subject), semester, (learner, slot) -> marks.get(learner)));
    }

    /** All five scored subjects, both semesters, at one mark per learner; the comment-only subject Đ. */
    private void fillYear(Map<UUID, String> marks) {
        for (String subject : SCORED) {
            fill(subject, 1, marks);
            fill(subject, 2, marks);
        }
        Map<UUID, String> passed = new HashMap<>();
        marks.keySet().forEach(learner -> passed.put(learner, "Đ"));
        fill("NX", 1, passed);
        fill("NX", 2, passed);
    }

    private void conduct(int semester, Map<UUID, Rating> levels) {
        List<ConductInput> inputs = new ArrayList<>();
        levels.forEach((learner, level) -> inputs.add(new ConductInput(learner, level.name(), null)));
        academicsFixture.as(Role.TEACHER, homeroom.accountId(), () -> {
            gradebook.saveConduct(classId, semester, inputs);
            return null;
        });
    }

    private ClassResults summary(Teacher teacher, ResultPeriod period) {
        return academicsFixture.as(Role.TEACHER, teacher.accountId(), () -> results.classResults(classId, period));
    }

    private static ClassResults.Row row(ClassResults summary, UUID learner) {
        return summary.rows().stream()
                .filter(r -> r.learnerId().equals(learner))
                .findFirst()
                .orElseThrow();
    }

    private static String shown(ClassResults summary, UUID learner, String subjectCode) {
        for (int i = 0; i < summary.subjects().size(); i++) {
            if (summary.subjects().get(i).code().startsWith(subjectCode)) {
                SubjectResult result = row(summary, learner).results().get(i);
                return switch (result) {
                    case null -> "not taken";
                    case SubjectResult.Average a -> a.value().display();
                    case SubjectResult.Commented c -> c.value().display();
                    case SubjectResult.Incomplete i2 -> "incomplete";
                };
            }
        }
        throw new AssertionError("no column " + subjectCode);
    }

    private LearnerYear retest(Teacher teacher, UUID learner, String subject, String value) {
        return academicsFixture.as(
                Role.TEACHER,
                teacher.accountId(),
                () -> results.recordRetest(classId, learner, subjects.get(subject), value));
    }

    /** A guardian account linked to the learner, as the people module links them. */
    private String guardianOf(UUID learner) {
        String username = accounts.open(Role.GUARDIAN);
        UUID account = accounts.idOf(username);
        UUID guardian = UUID.randomUUID();
        tenancy.inCentre(academicsFixture.centre(), () -> {
            PersonName name = PersonName.parse("Trần Thị Phụ Huynh");
            jdbc.sql("""
                            INSERT INTO people.guardian (centre_id, id, family_name, middle_name, given_name, full_name,
                                                         search_key, phone, account_id)
                            VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            guardian,
                            name.family(),
                            name.middle(),
                            name.given(),
                            name.fullName(),
                            name.searchKey(),
                            "09"
                                    + String.valueOf(Math.abs(guardian.getMostSignificantBits()))
                                            .substring(0, 8),
                            account)
                    .update();
            jdbc.sql("""
                            INSERT INTO people.learner_guardian (centre_id, learner_id, guardian_id, relation)
                            VALUES (platform.current_centre(), ?, ?, 'MOTHER')
                            """).params(learner, guardian).update();
        });
        return username;
    }

    // ---------------------------------------------------------------- averages and results

    @Test
    @DisplayName("ĐTBmhk từ điểm đã lưu (làm tròn 7,88 → 7,9); ĐTBmcn từ ĐTBmhk đã làm tròn; chưa đủ điểm thì null")
    void averagesFromSavedMarks() {
        // Toán, HK I of An: four ĐĐGtx 7, ĐĐGgk 8, ĐĐGck 9: (28 + 16 + 27) / 9 = 7,888… → 7,9.
        academicsFixture.as(
                Role.SYSTEM_ADMIN,
                null,
                () -> loading.loadScores(classId, subjects.get("TOAN"), 1, (learner, slot) -> {
                    if (!learner.equals(an)) {
                        return null;
                    }
                    return switch (slot.kind()) {
                        case TX -> "7";
                        case GK -> "8";
                        case CK -> "9";
                    };
                }));
        fill("TOAN", 2, Map.of(an, "8,5"));
        // Bình misses the end-of-term mark of Toán, HK I.
        academicsFixture.as(
                Role.SYSTEM_ADMIN,
                null,
                () -> loading.loadScores(
                        classId,
                        subjects.get("TOAN"),
                        1,
                        (learner, slot) -> learner.equals(binh) && slot.kind() != MarkSlot.Kind.CK ? "9" : null));

        ClassResults first = summary(homeroom, ResultPeriod.HK1);
        assertThat(first.rows()).extracting(r -> r.name().given()).containsExactly("An", "Bình", "Chi", "Dũng");
        assertThat(shown(first, an, "TOAN")).isEqualTo("7,9");
        assertThat(shown(first, binh, "TOAN")).isEqualTo("incomplete");
        assertThat(row(first, an).learning())
                .as("other subjects have no marks yet")
                .isNull();
        // (7,9 + 2 · 8,5) / 3 = 8,3
        assertThat(shown(summary(homeroom, ResultPeriod.CN), an, "TOAN")).isEqualTo("8,3");
        assertThat(row(summary(homeroom, ResultPeriod.CN), an).decision()).isNull();
    }

    @Test
    @DisplayName("Kết quả học tập học kỳ và cả năm; môn đánh giá bằng nhận xét Đ/CĐ; rèn luyện cả năm theo bảng")
    void learningAndConductResults() {
        fillYear(Map.of(an, "8,5", binh, "7", chi, "6", dung, "4"));
        fill("NX", 1, Map.of()); // already Đ for everyone
        conduct(1, Map.of(an, Rating.KHA, binh, Rating.TOT, chi, Rating.TOT, dung, Rating.DAT));
        conduct(2, Map.of(an, Rating.TOT, binh, Rating.DAT, chi, Rating.KHA, dung, Rating.DAT));

        ClassResults first = summary(homeroom, ResultPeriod.HK1);
        assertThat(shown(first, an, "NX")).isEqualTo("Đ");
        assertThat(row(first, an).learning()).isEqualTo(Rating.TOT);
        assertThat(row(first, binh).learning()).isEqualTo(Rating.KHA);
        assertThat(row(first, chi).learning()).isEqualTo(Rating.DAT);
        assertThat(row(first, dung).learning()).isEqualTo(Rating.CHUA_DAT);
        assertThat(row(first, an).conduct()).isEqualTo(Rating.KHA);

        ClassResults year = summary(homeroom, ResultPeriod.CN);
        // HK I Khá, HK II Tốt → Tốt; HK I Tốt, HK II Đạt → Khá; HK I Tốt, HK II Khá → Khá.
        assertThat(row(year, an).conduct()).isEqualTo(Rating.TOT);
        assertThat(row(year, binh).conduct()).isEqualTo(Rating.KHA);
        assertThat(row(year, chi).conduct()).isEqualTo(Rating.KHA);
        assertThat(row(year, an).decision()).isEqualTo(Decision.LEN_LOP);
        assertThat(row(year, chi).decision()).isEqualTo(Decision.LEN_LOP);
        assertThat(row(year, dung).decision()).isEqualTo(Decision.KIEM_TRA_LAI);
        assertThat(row(year, dung).retestSubjects()).containsExactlyInAnyOrderElementsOf(SCORED);
    }

    @Test
    @DisplayName("Môn nhận xét Chưa đạt ở HK II: cả năm Chưa đạt, học tập không được Tốt hay Khá")
    void commentOnlyFailure() {
        fillYear(Map.of(an, "9"));
        fill("NX", 2, Map.of());
        jdbcUpdate(
                "UPDATE gradebook.score SET level = 'CHUA_DAT' WHERE class_id = ? AND subject_id = ? AND semester = 2",
                classId,
                subjects.get("NX"));
        ClassResults year = summary(homeroom, ResultPeriod.CN);
        assertThat(shown(year, an, "NX")).isEqualTo("CĐ");
        assertThat(row(year, an).learning()).isEqualTo(Rating.DAT);
        assertThat(row(summary(homeroom, ResultPeriod.HK1), an).learning()).isEqualTo(Rating.TOT);
    }

    private void jdbcUpdate(String sql, Object... parameters) {
        tenancy.inCentre(academicsFixture.centre(), () -> {
            jdbc.sql(sql).params(parameters).update();
        });
    }

    @Test
    @DisplayName("Quyết định cuối năm: lên lớp, kiểm tra lại, rèn luyện hè, và ở lại lớp khi nghỉ quá 45 ngày")
    void decisions() {
        fillYear(Map.of(an, "8", binh, "6", chi, "8", dung, "9"));
        // Bình: Toán 3,0 in both semesters → year 3,0 below the floor → learning Chưa đạt.
        jdbcUpdate(
                "UPDATE gradebook.score SET score = 3 WHERE class_id = ? AND subject_id = ? AND learner_id = ?",
                classId,
                subjects.get("TOAN"),
                binh);
        conduct(1, Map.of(an, Rating.TOT, binh, Rating.TOT, chi, Rating.CHUA_DAT, dung, Rating.TOT));
        conduct(2, Map.of(an, Rating.TOT, binh, Rating.TOT, chi, Rating.CHUA_DAT, dung, Rating.TOT));
        // Dũng: absent 46 school days (excused ones count too).
        List<java.time.LocalDate> days = attendanceFixture.pastSchoolDays(46);
        for (java.time.LocalDate day : days) {
            academicsFixture.as(
                    Role.TEACHER,
                    homeroom.accountId(),
                    () -> attendance.record(
                            classId, day, null, List.of(new AttendanceEntry(dung, AttendanceStatus.EXCUSED))));
        }

        ClassResults year = summary(homeroom, ResultPeriod.CN);
        assertThat(row(year, an).decision()).isEqualTo(Decision.LEN_LOP);
        assertThat(row(year, binh).decision()).isEqualTo(Decision.KIEM_TRA_LAI);
        assertThat(row(year, binh).retestSubjects()).containsExactly("TOAN");
        assertThat(row(year, chi).decision()).isEqualTo(Decision.REN_LUYEN_HE);
        assertThat(row(year, dung).learning()).isEqualTo(Rating.TOT);
        assertThat(row(year, dung).absences().total()).isEqualByComparingTo("46");
        assertThat(row(year, dung).decision()).isEqualTo(Decision.O_LAI_LOP);
    }

    @Test
    @DisplayName(
            "Kiểm tra lại: điểm thay điểm cả năm, xếp loại lại; môn không phải kiểm tra lại và điểm sai bị từ chối")
    void retestReclassifies() {
        fillYear(Map.of(an, "6", binh, "6"));
        jdbcUpdate(
                "UPDATE gradebook.score SET score = 3 WHERE class_id = ? AND subject_id = ? AND learner_id = ?",
                classId,
                subjects.get("TOAN"),
                binh);
        conduct(1, Map.of(an, Rating.TOT, binh, Rating.TOT));
        conduct(2, Map.of(an, Rating.TOT, binh, Rating.TOT));

        assertThatThrownBy(() -> retest(homeroom, binh, "VAN", "7"))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> assertThat(e.kind())
                        .isEqualTo(GradebookRejection.Kind.CONFLICT));
        assertThatThrownBy(() -> retest(homeroom, an, "TOAN", "7"))
                .as("An passed, nothing to re-test")
                .isInstanceOf(GradebookRejection.class);
        assertThatThrownBy(() -> retest(homeroom, binh, "TOAN", "10,5"))
                .isInstanceOfSatisfying(
                        GradebookRejection.class, e -> assertThat(e.kind()).isEqualTo(GradebookRejection.Kind.INVALID));
        assertThatThrownBy(() -> retest(maths, binh, "TOAN", "7"))
                .as("the subject teacher does not record re-tests")
                .isInstanceOfSatisfying(GradebookRejection.class, e -> assertThat(e.kind())
                        .isEqualTo(GradebookRejection.Kind.FORBIDDEN));
        assertThat(count("SELECT count(*) FROM gradebook.retest WHERE class_id = ?", classId))
                .isZero();

        LearnerYear after = retest(homeroom, binh, "TOAN", "6,5");
        LearnerYear.Subject toan = after.subjects().stream()
                .filter(s -> s.code().equals("TOAN"))
                .findFirst()
                .orElseThrow();
        assertThat(((SubjectResult.Average) toan.yearAtYearEnd()).value().display())
                .isEqualTo("3,0");
        assertThat(((SubjectResult.Average) toan.year()).value().display()).isEqualTo("6,5");
        assertThat(after.learningBeforeRetests())
                .isEqualTo(new vn.edu.ecenter.gradebook.rules.LearningResult.Classified(Rating.CHUA_DAT));
        assertThat(after.year().learningRating()).isEqualTo(Rating.DAT);
        assertThat(after.decision()).isEqualTo(Decision.LEN_LOP);
        ClassResults year = summary(homeroom, ResultPeriod.CN);
        assertThat(shown(year, binh, "TOAN")).isEqualTo("6,5");
        assertThat(row(year, binh).decision()).isEqualTo(Decision.LEN_LOP);

        // Still below 5,0 after the re-test: repeat the grade.
        LearnerYear failed = retest(homeroom, binh, "TOAN", "4");
        assertThat(failed.decision()).isEqualTo(Decision.O_LAI_LOP);
        // A blank mark removes the re-test: back to the year-end decision.
        assertThat(retest(homeroom, binh, "TOAN", " ").decision()).isEqualTo(Decision.KIEM_TRA_LAI);
    }

    private int count(String sql, Object... parameters) {
        return tenancy.inCentre(
                academicsFixture.centre(),
                () -> jdbc.sql(sql).params(parameters).query(Integer.class).single());
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    @DisplayName("Quyền: GVCN và giám đốc xem cả lớp; giáo viên bộ môn chỉ cột môn mình; giáo viên khác bị từ chối")
    void staffRights() {
        fillYear(Map.of(an, "8"));
        ClassResults own = summary(commentTeacher, ResultPeriod.HK1);
        assertThat(own.wholeClass()).isFalse();
        assertThat(own.subjects())
                .extracting(ClassResults.Subject::code)
                .containsExactly(own.subjects().getFirst().code());
        assertThat(own.subjects().getFirst().code()).startsWith("NX");
        assertThat(row(own, an).learning()).isNull();
        assertThat(row(own, an).absences()).isNull();

        assertThat(summary(maths, ResultPeriod.HK1).subjects())
                .extracting(ClassResults.Subject::code)
                .containsExactlyElementsOf(SCORED);
        assertThat(summary(homeroom, ResultPeriod.HK1).subjects()).hasSize(6);
        ClassResults director = academicsFixture.asDirector(() -> results.classResults(classId, ResultPeriod.HK1));
        assertThat(director.wholeClass()).isTrue();
        assertThat(row(director, an).learning()).isEqualTo(Rating.TOT);

        assertThatThrownBy(() -> summary(outsider, ResultPeriod.HK1))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> assertThat(e.kind())
                        .isEqualTo(GradebookRejection.Kind.FORBIDDEN));
        assertThatThrownBy(() ->
                        academicsFixture.as(Role.TEACHER, maths.accountId(), () -> results.learnerYear(classId, an)))
                .isInstanceOf(GradebookRejection.class);
        assertThatThrownBy(() ->
                        academicsFixture.as(Role.LEARNER, null, () -> results.classResults(classId, ResultPeriod.HK1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Quyền: học viên chỉ xem của mình, phụ huynh chỉ xem của con mình")
    void learnerAndGuardianRights() {
        fillYear(Map.of(an, "8", binh, "6"));
        String anAccount = attendanceFixture.learnerAccount(an);
        List<LearnerYear> mine = attendanceFixture.asLearnerAccount(anAccount, () -> results.myResults());
        assertThat(mine).extracting(LearnerYear::learnerId).containsExactly(an);
        assertThat(mine.getFirst().first().learningRating()).isEqualTo(Rating.TOT);
        assertThat(mine.getFirst().absences()).isNotNull();
        assertThat(attendanceFixture
                        .asLearnerAccount(anAccount, () -> results.learnerYear(classId, an))
                        .learnerId())
                .isEqualTo(an);
        assertThatThrownBy(
                        () -> attendanceFixture.asLearnerAccount(anAccount, () -> results.learnerYear(classId, binh)))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> assertThat(e.kind())
                        .isEqualTo(GradebookRejection.Kind.FORBIDDEN));

        String guardian = guardianOf(binh);
        UUID guardianAccount = accounts.idOf(guardian);
        List<LearnerYear> children = academicsFixture.as(Role.GUARDIAN, guardianAccount, () -> results.myResults());
        assertThat(children).extracting(LearnerYear::learnerId).containsExactly(binh);
        assertThat(children.getFirst().first().learningRating()).isEqualTo(Rating.DAT);
        assertThatThrownBy(() ->
                        academicsFixture.as(Role.GUARDIAN, guardianAccount, () -> results.learnerYear(classId, an)))
                .isInstanceOf(GradebookRejection.class);

        // The page, on a phone: the learner's own subjects and the teachers' remarks on them, nobody else's.
        academicsFixture.as(
                Role.TEACHER,
                maths.accountId(),
                () -> remarks.saveSubjectRemarks(
                        classId,
                        subjects.get("TOAN"),
                        2,
                        List.of(new RemarkInput(an, "Giải toán nhanh, cần trình bày kỹ.", 0))));
        academicsFixture.as(
                Role.TEACHER,
                homeroom.accountId(),
                () -> remarks.saveHomeroomRemarks(
                        classId,
                        List.of(
                                new RemarkInput(an, "Chăm ngoan.", 0),
                                new RemarkInput(binh, "Cần đi học đều hơn.", 0))));
        Page page = Browser.signedIn(port, anAccount, TestAccounts.PASSWORD).get("/my/results");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText())
                .contains("Trần Văn An", "Toán", "8,0")
                .contains("Giải toán nhanh, cần trình bày kỹ.", "Nhận xét của giáo viên chủ nhiệm: Chăm ngoan.")
                .doesNotContain("Lê Thị Bình", "Cần đi học đều hơn.");
        Page guardianPage =
                Browser.signedIn(port, guardian, TestAccounts.PASSWORD).get("/my/results");
        assertThat(guardianPage.mainText()).contains("Lê Thị Bình").doesNotContain("Trần Văn An");
    }

    // ---------------------------------------------------------------- API, export, pages

    private String token(Teacher teacher) {
        Page token = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\":\"" + teacher.username() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}");
        return "Bearer " + token.json().get("access_token").asString();
    }

    @Test
    @DisplayName(
            "API /summary?period=CN: điểm từng môn, học tập, rèn luyện, ngày nghỉ, quyết định; lỗi JSON tiếng Việt")
    void summaryApi() {
        fillYear(Map.of(an, "8,5", binh, "6"));
        conduct(1, Map.of(an, Rating.TOT, binh, Rating.TOT));
        conduct(2, Map.of(an, Rating.TOT, binh, Rating.TOT));
        String path = "/api/v1/gradebook/classes/" + classId + "/summary";

        Page page = Browser.at(port).getJson(path + "?period=CN", "Authorization", token(homeroom));
        assertThat(page.status()).isEqualTo(200);
        JsonNode json = page.json();
        assertThat(json.get("period").asString()).isEqualTo("CN");
        assertThat(json.get("ruleSet").asString()).isEqualTo("TT43_2021");
        assertThat(json.get("subjects")).hasSize(6);
        JsonNode first = json.get("learners").get(0);
        assertThat(first.get("learnerId").asString()).isEqualTo(an.toString());
        assertThat(first.get("fullName").asString()).isEqualTo("Trần Văn An");
        JsonNode toan = null;
        for (JsonNode subject : first.get("subjects")) {
            if (subject.get("code").asString().equals("TOAN")) {
                toan = subject;
            }
        }
        assertThat(toan).isNotNull();
        assertThat(toan.get("average").asString()).isEqualTo("8,5");
        assertThat(first.get("learningResult").asString()).isEqualTo("TOT");
        assertThat(first.get("conduct").asString()).isEqualTo("TOT");
        assertThat(first.get("daysAbsent").get("total").asInt()).isZero();
        assertThat(first.get("decision").asString()).isEqualTo("LEN_LOP");
        JsonNode second = json.get("learners").get(1);
        assertThat(second.get("learningResult").asString()).isEqualTo("DAT");
        JsonNode chiRow = json.get("learners").get(2);
        assertThat(chiRow.get("learningResult").isNull()).isTrue();
        assertThat(chiRow.get("decision").isNull()).isTrue();

        JsonNode semester = Browser.at(port)
                .getJson(path + "?period=HK1", "Authorization", token(homeroom))
                .json();
        assertThat(semester.get("learners").get(0).get("decision").isNull()).isTrue();

        Page wrong = Browser.at(port).getJson(path + "?period=HK3", "Authorization", token(homeroom));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("message").asString()).contains("HK3", "HK1, HK2 hoặc CN");
        Page outside = Browser.at(port).getJson(path + "?period=HK1", "Authorization", token(outsider));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("message").asString()).contains(className);
    }

    @Test
    @DisplayName("Bảng tổng hợp: trang của GVCN và tệp Excel mở được bằng POI")
    void summaryPageAndExport() throws Exception {
        fillYear(Map.of(an, "8,5", binh, "6"));
        Browser browser = Browser.signedIn(port, homeroom.username(), TestAccounts.PASSWORD);
        Page page = browser.get("/gradebook/classes/" + classId + "/summary?period=HK1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Bảng tổng hợp", "Trần Văn An", "8,5", "Tốt");

        HttpResponse<byte[]> download =
                browser.download("/gradebook/classes/" + classId + "/summary/export.xlsx?period=HK1");
        assertThat(download.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                row.forEach(cell -> texts.add(cell.toString()));
            }
            assertThat(texts).contains("Trần Văn An", "Toán", "Tốt", "8.5");
        }
    }

    @Test
    @DisplayName("Tổng quan của giám đốc: biểu đồ SVG có nhãn chữ và bảng số liệu thay thế")
    void overviewCharts() {
        fillYear(Map.of(an, "8,5", binh, "6"));
        String director = accounts.open(Role.DIRECTOR);
        Page page = Browser.signedIn(port, director, TestAccounts.PASSWORD).get("/gradebook/overview?period=HK1");
        assertThat(page.status()).isEqualTo(200);
        Document document = page.document();
        assertThat(document.select("svg[role=img]")).isNotEmpty();
        assertThat(document.select("svg desc").text()).contains("Tốt");
        assertThat(document.select("svg text").eachText()).contains("Tốt", "Từ 8,0");
        assertThat(document.select("figure details table")).isNotEmpty();
        assertThat(document.select("figcaption").eachText()).contains(className);
        assertThat(document.select("script:not([src])")).isEmpty();
        assertThat(document.select("[style]")).isEmpty();
    }
}
