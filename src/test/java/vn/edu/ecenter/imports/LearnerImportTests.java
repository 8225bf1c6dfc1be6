package vn.edu.ecenter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.edu.ecenter.imports.ImportFixtures.as;
import static vn.edu.ecenter.imports.ImportFixtures.citizenId;
import static vn.edu.ecenter.imports.ImportFixtures.freshCode;
import static vn.edu.ecenter.imports.ImportFixtures.freshPhone;
import static vn.edu.ecenter.imports.ImportFixtures.learner;
import static vn.edu.ecenter.imports.ImportFixtures.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.SignedIn;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.support.Xlsx;
import vn.edu.ecenter.support.Xlsx.Formula;

@EcenterTest
@DisplayName("Nhập học viên từ Excel")
class LearnerImportTests {

    @Autowired
    Imports imports;

    @Autowired
    People people;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    UUID centre;
    Authentication clerk;

    @BeforeEach
    void demoCentre() {
        centre = accounts.demoCentre();
        clerk = SignedIn.as("vanthu", centre, Role.CLERK);
    }

    private ImportReport run(byte[] file, boolean dryRun, ImportMode mode) {
        return as(clerk, () -> imports.run(ImportKind.LEARNERS, file, "hoc-vien.xlsx", null, dryRun, mode));
    }

    private static byte[] file(List<Object[]> rows) {
        return Xlsx.workbook().sheet("Học viên", rows).bytes();
    }

    private long learnersWithCodes(String... codes) {
        return tenancy.inCentre(centre, () -> jdbc.sql("SELECT count(*) FROM people.learner WHERE code = ANY (?)")
                .param(codes)
                .query(Long.class)
                .single());
    }

    @Test
    @DisplayName("Chạy thử báo cáo điều sẽ xảy ra và không ghi gì")
    void dryRunWritesNothing() {
        String a = freshCode();
        String b = freshCode();
        byte[] xlsx = file(sheet(
                learner(a, "Nguyễn Văn An", "05/09/2009", "Nam", citizenId(2009, false)),
                learner(b, "Trần Thị Bình", LocalDate.of(2009, 1, 2), "Nữ", citizenId(2009, true)),
                learner(freshCode(), "Lê Cúc", "31/02/2009", "Nữ", null)));

        ImportReport report = run(xlsx, true, ImportMode.VALID);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.written()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(4);
            assertThat(error.column()).isEqualTo("Ngày sinh");
        });
        assertThat(learnersWithCodes(a, b)).isZero();
    }

    @Test
    @DisplayName("Nhập lại cùng một tệp không thay đổi gì: mọi dòng là \"không đổi\"")
    void reimportingTheSameFileChangesNothing() {
        String a = freshCode();
        String b = freshCode();
        String guardianPhone = freshPhone();
        Object[] withGuardian = {
            b,
            "Trần Thị Ánh Tuyết",
            LocalDate.of(2008, 12, 1),
            "Nữ",
            citizenId(2008, true),
            "0912 345 678",
            "tuyet@example.vn",
            "Trần Văn Hùng",
            "Cha",
            guardianPhone
        };
        byte[] xlsx =
                file(sheet(learner(a, "Nguyễn Văn An", "05/09/2009", "Nam", citizenId(2009, false)), withGuardian));

        ImportReport first = run(xlsx, false, ImportMode.ALL);
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.written()).isTrue();
        var before = versions(a, b);

        ImportReport again = run(xlsx, false, ImportMode.ALL);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated() + again.rejected()).isZero();
        assertThat(again.written()).isFalse();
        assertThat(versions(a, b)).isEqualTo(before);
        var learner = as(clerk, () -> people.learnerByCode(b)).orElseThrow();
        assertThat(learner.name().family()).isEqualTo("Trần");
        assertThat(learner.name().middle()).isEqualTo("Thị Ánh");
        assertThat(learner.name().given()).isEqualTo("Tuyết");
        assertThat(as(clerk, () -> people.guardiansOf(learner.id())))
                .singleElement()
                .satisfies(g -> assertThat(g.phone()).isEqualTo(guardianPhone));
    }

    private List<String> versions(String... codes) {
        return tenancy.inCentre(centre, () -> jdbc.sql(
                        "SELECT code || ':' || version || ':' || updated_at FROM people.learner WHERE code = ANY (?) ORDER BY code")
                .param(codes)
                .query(String.class)
                .list());
    }

    @Test
    @DisplayName("Cập nhật học viên đã có theo mã học sinh; ô trống giữ nguyên dữ liệu")
    void updatesByCodeAndKeepsWhatBlankCellsDoNotSay() {
        String code = freshCode();
        String id = citizenId(2009, false);
        run(
                file(sheet(new Object[] {code, "Nguyễn Văn An", "05/09/2009", "Nam", id, "0912345678", null})),
                false,
                ImportMode.ALL);

        ImportReport report = run(
                file(sheet(new Object[] {code, "Nguyễn Văn Anh", "05/09/2009", "Nam", null, null, "anh@example.vn"})),
                false,
                ImportMode.ALL);

        assertThat(report.updated()).isEqualTo(1);
        var learner = as(clerk, () -> people.learnerByCode(code)).orElseThrow();
        assertThat(learner.name().fullName()).isEqualTo("Nguyễn Văn Anh");
        assertThat(learner.phone()).isEqualTo("0912345678");
        assertThat(as(clerk, () -> people.learnerByCitizenId(id))).isPresent();
    }

    @Test
    @DisplayName("Tất cả hoặc không gì cả: một dòng sai thì không ghi dòng nào; nhận dòng hợp lệ: ghi các dòng đúng")
    void allOrNothingVersusValidRows() {
        String good = freshCode();
        String bad = freshCode();
        List<Object[]> rows = sheet(
                learner(good, "Phạm Minh Châu", "01/01/2009", "Nữ", citizenId(2009, true)),
                learner(bad, "Võ Hoàng Long", "01/01/2009", "Nam", "079209"));

        ImportReport all = run(file(rows), false, ImportMode.ALL);
        assertThat(all.accepted()).isZero();
        assertThat(all.written()).isFalse();
        assertThat(learnersWithCodes(good, bad)).isZero();

        ImportReport valid = run(file(rows), false, ImportMode.VALID);
        assertThat(valid.accepted()).isEqualTo(1);
        assertThat(valid.rejected()).isEqualTo(1);
        assertThat(valid.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.column()).isEqualTo("Số định danh cá nhân");
            assertThat(error.key()).isEqualTo("people.citizenId.format");
        });
        assertThat(learnersWithCodes(good)).isEqualTo(1);
        assertThat(learnersWithCodes(bad)).isZero();
    }

    @Test
    @DisplayName("Trùng mã học sinh hoặc số định danh trong cùng tệp và với hồ sơ đã có")
    void detectsDuplicatesWithinTheFileAndAgainstTheDatabase() {
        String stored = freshCode();
        String storedId = citizenId(2009, false);
        run(file(sheet(learner(stored, "Đỗ Văn Nam", "01/02/2009", "Nam", storedId))), false, ImportMode.ALL);

        String code = freshCode();
        String sharedId = citizenId(2009, true);
        ImportReport report = run(
                file(sheet(
                        learner(code, "Hồ Thị Lan", "01/01/2009", "Nữ", sharedId),
                        learner(code.toLowerCase(), "Hồ Thị Lan", "01/01/2009", "Nữ", null),
                        learner(freshCode(), "Mai Thị Hoa", "01/01/2009", "Nữ", sharedId),
                        learner(freshCode(), "Đỗ Văn Nam", "01/02/2009", "Nam", storedId))),
                true,
                ImportMode.VALID);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors())
                .extracting(CellProblem::row, CellProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "imports.duplicate.code"),
                        org.assertj.core.groups.Tuple.tuple(4, "imports.duplicate.citizenId"),
                        org.assertj.core.groups.Tuple.tuple(5, "imports.citizenId.taken"));
    }

    @Test
    @DisplayName("Mỗi trường được kiểm tra: bắt buộc, giới tính, họ tên, điện thoại, e-mail, công thức")
    void checksEveryField() {
        ImportReport report = run(
                file(sheet(
                        new Object[] {freshCode(), "An", "01/01/2009", "Nam"},
                        new Object[] {freshCode(), "Lê Văn Bảo", null, "Không rõ"},
                        new Object[] {freshCode(), "Lê Văn Bảo", "01/01/2009", "Nam", null, "12345", "khong-phai-email"
                        },
                        new Object[] {freshCode(), new Formula("\"Lê \"&\"Văn\""), "01/01/2009", "Nam"},
                        new Object[] {freshCode(), "Lê Văn Bảo", "01/01/2009", "Nam", null, null, null, "Lê Văn Cha"})),
                true,
                ImportMode.VALID);

        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.errors())
                .extracting(CellProblem::row, CellProblem::column, CellProblem::key)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2, "Họ và tên", "imports.name.split"),
                        org.assertj.core.groups.Tuple.tuple(3, "Ngày sinh", "imports.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "Giới tính", "imports.sex"),
                        org.assertj.core.groups.Tuple.tuple(4, "Điện thoại", "people.phone.format"),
                        org.assertj.core.groups.Tuple.tuple(4, "Email", "people.email.format"),
                        org.assertj.core.groups.Tuple.tuple(5, "Họ và tên", "spreadsheet.formula"),
                        org.assertj.core.groups.Tuple.tuple(6, "Quan hệ", "imports.required"),
                        org.assertj.core.groups.Tuple.tuple(6, "Điện thoại phụ huynh", "imports.required"));
    }

    @Test
    @DisplayName("Tệp hỏng, trang đổi tên, thiếu cột: từ chối cả tệp (400) và không ghi gì")
    void badFilesAreRefusedAsAWhole() {
        Rejected renamed = catchThrowableOfType(
                Rejected.class,
                () -> as(
                        clerk,
                        () -> imports.run(
                                ImportKind.LEARNERS,
                                Xlsx.workbook().sheet("Sheet1", sheet()).bytes(),
                                "a.xlsx",
                                null,
                                false,
                                ImportMode.VALID)));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.messageKey()).isEqualTo("spreadsheet.sheetMissing");

        Rejected onlyHeader = catchThrowableOfType(Rejected.class, () -> run(file(sheet()), false, ImportMode.VALID));
        assertThat(onlyHeader.messageKey()).isEqualTo("imports.noRows");
    }

    @Test
    @DisplayName("Nhập kèm lớp: học viên được xếp vào lớp trong cùng giao dịch; nhập lại không xếp lần nữa")
    void enrolsTheImportedLearnersInTheClass(@Autowired Academics academics, @Autowired AcademicsFixture fixture) {
        var year = fixture.schoolYear(2042);
        var schoolClass = fixture.asDirector(() -> academics.createClass(
                new CreateClass(year.id(), "10A" + freshCode().substring(2, 6), 10, ClassSession.EVENING, null, null)));
        String a = freshCode();
        String b = freshCode();
        byte[] xlsx = file(sheet(
                learner(a, "Nguyễn Văn An", "05/09/2009", "Nam", null),
                learner(b, "Trần Thị Bình", "06/09/2009", "Nữ", null)));

        for (int i = 0; i < 2; i++) {
            ImportReport report = as(
                    clerk,
                    () -> imports.run(ImportKind.LEARNERS, xlsx, "a.xlsx", schoolClass.id(), false, ImportMode.ALL));
            assertThat(report.accepted()).isEqualTo(2);
        }

        assertThat(fixture.asDirector(() -> academics.classList(schoolClass.id())))
                .extracting(member -> member.code())
                .containsExactlyInAnyOrder(a, b);
        Rejected unknown = catchThrowableOfType(
                Rejected.class,
                () -> as(
                        clerk,
                        () -> imports.run(
                                ImportKind.LEARNERS, xlsx, "a.xlsx", UUID.randomUUID(), true, ImportMode.ALL)));
        assertThat(unknown.messageKey()).isEqualTo("imports.class.unknown");
    }

    @Test
    @DisplayName("Học viên đang học lớp khác trong năm học: dòng bị từ chối, nêu tên lớp; các dòng khác vẫn nhận được")
    void aLearnerActiveInAnotherClassOfTheYearIsARowError(
            @Autowired Academics academics, @Autowired AcademicsFixture fixture, @Autowired MessageSource messages) {
        var year = fixture.schoolYear(2043);
        var target = fixture.asDirector(
                () -> academics.createClass(new CreateClass(year.id(), "10A1", 10, ClassSession.MORNING, null, null)));
        var other = fixture.asDirector(() ->
                academics.createClass(new CreateClass(year.id(), "10A2", 10, ClassSession.AFTERNOON, null, null)));
        String studying = freshCode();
        byte[] first = file(sheet(learner(studying, "Nguyễn Văn An", "05/09/2009", "Nam", null)));
        as(clerk, () -> imports.run(ImportKind.LEARNERS, first, "a.xlsx", other.id(), false, ImportMode.ALL));
        String fresh = freshCode();
        byte[] xlsx = file(sheet(
                learner(fresh, "Trần Thị Bình", "06/09/2009", "Nữ", null),
                learner(studying, "Nguyễn Văn An", "05/09/2009", "Nam", null)));

        ImportReport dry =
                as(clerk, () -> imports.run(ImportKind.LEARNERS, xlsx, "b.xlsx", target.id(), true, ImportMode.VALID));
        assertThat(dry.created()).isEqualTo(1);
        assertThat(dry.rejected()).isEqualTo(1);
        assertThat(dry.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.column()).isEqualTo("Mã học sinh");
            assertThat(messages.getMessage(error.resolvable(), Locale.forLanguageTag("vi")))
                    .startsWith("Học viên đang học lớp 10A2 trong năm học này");
        });

        ImportReport all =
                as(clerk, () -> imports.run(ImportKind.LEARNERS, xlsx, "b.xlsx", target.id(), false, ImportMode.ALL));
        assertThat(all.written()).isFalse();
        assertThat(all.errors()).extracting(CellProblem::key).containsExactly("imports.enrolment.otherClass");
        assertThat(learnersWithCodes(fresh)).isZero();

        ImportReport valid =
                as(clerk, () -> imports.run(ImportKind.LEARNERS, xlsx, "b.xlsx", target.id(), false, ImportMode.VALID));
        assertThat(valid.written()).isTrue();
        assertThat(valid.rejected()).isEqualTo(1);
        assertThat(fixture.asDirector(() -> academics.classList(target.id())))
                .extracting(member -> member.code())
                .containsExactly(fresh);
        assertThat(fixture.asDirector(() -> academics.classList(other.id())))
                .extracting(member -> member.code())
                .containsExactly(studying);

        ImportReport again =
                as(clerk, () -> imports.run(ImportKind.LEARNERS, first, "a.xlsx", other.id(), false, ImportMode.ALL));
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.rejected()).isZero();
        assertThat(fixture.asDirector(() -> academics.classList(other.id()))).hasSize(1);
    }

    @Test
    @DisplayName("Quốc tịch, khuyết tật và địa chỉ cũ được nhập; tệp theo mẫu cũ (không có các cột này) vẫn nhập được")
    void importsNationalityDisabilityAndOldAddress() {
        String code = freshCode();
        List<Object[]> rows = List.of(
                new Object[] {
                    "Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Quốc tịch", "Khuyết tật", "Địa chỉ cũ"
                },
                new Object[] {
                    code,
                    "Lê Thị Hoa",
                    "02/03/2009",
                    "Nữ",
                    "Lào",
                    "Khuyết tật vận động",
                    "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"
                });

        ImportReport first = run(file(rows), false, ImportMode.ALL);
        assertThat(first.created()).isEqualTo(1);
        assertThat(run(file(rows), false, ImportMode.ALL).unchanged()).isEqualTo(1);
        ImportReport oldLayout =
                run(file(sheet(learner(code, "Lê Thị Hoà", "02/03/2009", "Nữ", null))), false, ImportMode.ALL);
        assertThat(oldLayout.updated()).isEqualTo(1);

        var learner = as(
                        clerk,
                        () -> people.openLearner(
                                people.learnerByCode(code).orElseThrow().id()))
                .orElseThrow();
        assertThat(learner.details().name().fullName()).isEqualTo("Lê Thị Hoà");
        assertThat(learner.details().nationality()).isEqualTo("Lào");
        assertThat(learner.details().disability()).isEqualTo("Khuyết tật vận động");
        assertThat(learner.details().address().oldAddress())
                .isEqualTo("12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh");
    }

    @Test
    @DisplayName("Tệp mẫu học viên có cột quốc tịch, khuyết tật, địa chỉ cũ và trang Hướng dẫn mô tả chúng")
    void theTemplateHasTheNewColumns() throws IOException {
        byte[] template = as(clerk, () -> imports.template(ImportKind.LEARNERS));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers)
                    .contains("Quốc tịch", "Khuyết tật", "Địa chỉ cũ")
                    .contains((String) ImportFixtures.LEARNER_HEADER[4], (String) ImportFixtures.LEARNER_HEADER[5]);
            List<String> described = new ArrayList<>();
            workbook.getSheet("Hướng dẫn").forEach(row -> {
                if (row.getCell(0) != null) {
                    described.add(row.getCell(0).getStringCellValue());
                }
            });
            assertThat(described).contains("Quốc tịch", "Khuyết tật", "Địa chỉ cũ");
        }
        // The sample row (with the new columns' examples) is recognised and skipped: nothing to import.
        Rejected sampleOnly = catchThrowableOfType(Rejected.class, () -> run(template, true, ImportMode.VALID));
        assertThat(sampleOnly.messageKey()).isEqualTo("imports.noRows");
    }

    @Test
    @DisplayName("Chỉ giám đốc và văn thư được nhập")
    void onlyDirectorAndClerksImport() {
        var teacher = SignedIn.as("gv.toan", centre, Role.TEACHER);
        byte[] xlsx = file(sheet(learner(freshCode(), "Nguyễn Văn An", "05/09/2009", "Nam", null)));
        assertThat(catchThrowableOfType(
                        AccessDeniedException.class,
                        () -> as(
                                teacher,
                                () -> imports.run(ImportKind.LEARNERS, xlsx, "a.xlsx", null, true, ImportMode.ALL))))
                .isNotNull();
    }
}
