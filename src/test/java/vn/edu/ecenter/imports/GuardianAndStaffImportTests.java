package vn.edu.ecenter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.imports.ImportFixtures.as;
import static vn.edu.ecenter.imports.ImportFixtures.citizenId;
import static vn.edu.ecenter.imports.ImportFixtures.freshCode;
import static vn.edu.ecenter.imports.ImportFixtures.freshPhone;
import static vn.edu.ecenter.imports.ImportFixtures.learner;
import static vn.edu.ecenter.imports.ImportFixtures.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.SignedIn;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.support.Xlsx;

@EcenterTest
@DisplayName("Nhập phụ huynh và cán bộ từ Excel")
class GuardianAndStaffImportTests {

    @Autowired
    Imports imports;

    @Autowired
    People people;

    @Autowired
    TestAccounts accounts;

    Authentication director;

    @BeforeEach
    void signIn() {
        UUID centre = accounts.demoCentre();
        director = SignedIn.as("giamdoc", centre, Role.DIRECTOR);
    }

    private ImportReport run(ImportKind kind, String sheetName, List<Object[]> rows, boolean dryRun) {
        byte[] xlsx = Xlsx.workbook().sheet(sheetName, rows).bytes();
        return as(director, () -> imports.run(kind, xlsx, "tep.xlsx", null, dryRun, ImportMode.VALID));
    }

    @Test
    @DisplayName("Phụ huynh: liên kết với học viên theo mã; học viên không có bị từ chối; nhập lại không đổi")
    void importsGuardians() {
        String code = freshCode();
        run(ImportKind.LEARNERS, "Học viên", sheet(learner(code, "Lý Thị Mai", "03/03/2010", "Nữ", null)), false);
        String phone = freshPhone();
        List<Object[]> rows = List.of(
                new Object[] {"Mã học sinh", "Họ và tên phụ huynh", "Quan hệ", "Điện thoại", "Email"},
                new Object[] {code, "Lý Văn Sơn", "Cha", phone, "son@example.vn"},
                new Object[] {"KHONGCO1", "Lý Thị Hạnh", "Mẹ", freshPhone(), null},
                new Object[] {code, "Lý Văn Sơn", "Bác", phone, null});

        ImportReport first = run(ImportKind.GUARDIANS, "Phụ huynh", rows, false);
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.errors())
                .extracting(CellProblem::row, CellProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "imports.learner.unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "imports.relation"));
        var learner = as(director, () -> people.learnerByCode(code)).orElseThrow();
        assertThat(as(director, () -> people.guardiansOf(learner.id())))
                .singleElement()
                .satisfies(g -> assertThat(g.username()).isEqualTo(phone));

        ImportReport again = run(ImportKind.GUARDIANS, "Phụ huynh", rows, false);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.written()).isFalse();
    }

    @Test
    @DisplayName("Cán bộ: thêm mới, mở tài khoản giáo viên, nhập lại không đổi, chức vụ sai bị từ chối")
    void importsStaff() {
        String code = "GV" + freshCode().substring(2);
        List<Object[]> rows = List.of(
                new Object[] {
                    "Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Môn dạy", "Định mức (tiết/tuần)"
                },
                new Object[] {code, "Trần Văn Toàn", "20/11/1985", "Nam", "Giáo viên", "TOAN, TIN", 17},
                new Object[] {"GV" + freshCode().substring(2), "Phạm Thu", "01/01/1990", "Nữ", "Hiệu trưởng", null, null
                });

        ImportReport dry = run(ImportKind.STAFF, "Cán bộ", rows, true);
        assertThat(dry.created()).isEqualTo(1);
        assertThat(dry.errors()).singleElement().satisfies(e -> assertThat(e.key())
                .isEqualTo("imports.position"));
        assertThat(as(director, () -> people.staff()).stream().map(s -> s.code()))
                .doesNotContain(code);

        run(ImportKind.STAFF, "Cán bộ", rows, false);
        var staff = as(director, () -> people.staff()).stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(staff.subjectCodes()).containsExactlyInAnyOrder("TOAN", "TIN");
        assertThat(staff.username()).isEqualTo(code.toLowerCase());

        ImportReport again = run(ImportKind.STAFF, "Cán bộ", rows, false);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.written()).isFalse();
    }

    @Test
    @DisplayName("Cán bộ: trùng số định danh trong tệp hoặc với cán bộ đã có thì dòng bị từ chối, như trùng mã")
    void staffDuplicatesAreFoundByPersonalIdNumberToo() {
        Object[] header = {"Mã cán bộ", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Số định danh cá nhân"};
        String storedCode = "GV" + freshCode().substring(2);
        String storedId = citizenId(1985, false);
        Object[] storedRow = {storedCode, "Trần Văn Toàn", "20/11/1985", "Nam", "Giáo viên", storedId};
        assertThat(run(ImportKind.STAFF, "Cán bộ", List.of(header, storedRow), false)
                        .created())
                .isEqualTo(1);
        String a = "GV" + freshCode().substring(2);
        String b = "GV" + freshCode().substring(2);
        String c = "GV" + freshCode().substring(2);
        String sharedId = citizenId(1990, true);
        List<Object[]> rows = List.of(
                header,
                new Object[] {a, "Phạm Thu Hà", "01/01/1990", "Nữ", "Giáo viên", sharedId},
                new Object[] {b, "Phạm Thu Hằng", "01/01/1990", "Nữ", "Văn thư", sharedId},
                new Object[] {c, "Trần Văn Toản", "20/11/1985", "Nam", "Giáo viên", storedId});

        ImportReport dry = run(ImportKind.STAFF, "Cán bộ", rows, true);
        assertThat(dry.created()).isEqualTo(1);
        assertThat(dry.errors())
                .extracting(CellProblem::row, CellProblem::column, CellProblem::key, CellProblem::args)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                3, "Số định danh cá nhân", "imports.duplicate.citizenId", List.of(2)),
                        org.assertj.core.groups.Tuple.tuple(
                                4, "Số định danh cá nhân", "imports.staff.citizenId.taken", List.of(storedCode)));
        // The stored person's own number is not "taken" from them.
        ImportReport own = run(ImportKind.STAFF, "Cán bộ", List.of(header, storedRow), true);
        assertThat(own.unchanged()).isEqualTo(1);
        assertThat(own.errors()).isEmpty();

        ImportReport real = run(ImportKind.STAFF, "Cán bộ", rows, false);
        assertThat(real.written()).isTrue();
        assertThat(as(director, () -> people.staff()).stream().map(s -> s.code()))
                .contains(a, storedCode)
                .doesNotContain(b, c);
    }

    @Test
    @DisplayName("Ba tệp mẫu tải về đọc lại được và có trang Hướng dẫn")
    void templatesReadBack() throws IOException {
        for (ImportKind kind : ImportKind.values()) {
            byte[] template = as(director, () -> imports.template(kind));
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Hướng dẫn");
            }
        }
    }
}
