package vn.edu.ecenter.imports.internal;

import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.CODE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.DATE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.ID_NUMBER;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.NUMBER;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.PHONE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.TEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.PeopleBulk;
import vn.edu.ecenter.people.PeopleBulk.StoredStaff;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.platform.spreadsheet.SheetColumn;
import vn.edu.ecenter.platform.spreadsheet.SheetContent;
import vn.edu.ecenter.platform.spreadsheet.SheetLayout;
import vn.edu.ecenter.platform.spreadsheet.SheetRow;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * Staff from the "Cán bộ" sheet, one row per person, the same as a stored one by staff code. A staff code or personal ID
 * number (số định danh) repeated in the file rejects the later row; a personal ID number already held by another stored
 * staff member rejects the row, naming that person's code. Staff are few (tens), so each is written through {@link
 * People#registerStaff} / {@link People#updateStaff} (a teacher gets an account).
 */
@Component
class StaffImporter {

    static final String CODE_H = "Mã cán bộ";
    static final String NAME_H = "Họ và tên";
    static final String BIRTH_H = "Ngày sinh";
    static final String SEX_H = "Giới tính";
    static final String PHONE_H = "Điện thoại";
    static final String EMAIL_H = "Email";
    static final String CITIZEN_H = "Số định danh cá nhân";
    static final String POSITION_H = "Chức vụ";
    static final String NORM_H = "Định mức (tiết/tuần)";

    /** The template's words for positions, and the people module's codes. */
    private static final Map<String, String> POSITIONS = Map.of(
            "giao vien", "TEACHER",
            "giam doc", "DIRECTOR",
            "pho giam doc", "DEPUTY_DIRECTOR",
            "van thu", "CLERK",
            "ke toan", "ACCOUNTANT",
            "thu vien", "LIBRARIAN",
            "khac", "OTHER");

    static final SheetLayout LAYOUT = new SheetLayout(
            "Cán bộ",
            List.of(
                    SheetColumn.of("code", CODE_H, CODE, true, 14)
                            .example("GV001")
                            .hint("Mã cán bộ của trung tâm; giáo viên dùng mã này làm tên đăng nhập."),
                    SheetColumn.of("name", NAME_H, TEXT, true, 28)
                            .example("Trần Văn Toàn")
                            .alias("Họ tên"),
                    SheetColumn.of("birthDate", BIRTH_H, DATE, false, 12).example("20/11/1985"),
                    SheetColumn.of("sex", SEX_H, TEXT, false, 10).example("Nam").choices("Nam", "Nữ"),
                    SheetColumn.of("phone", PHONE_H, PHONE, false, 14).example("0903123456"),
                    SheetColumn.of("email", EMAIL_H, TEXT, false, 24),
                    SheetColumn.of("citizenId", CITIZEN_H, ID_NUMBER, false, 18)
                            .hint("12 chữ số; mỗi cán bộ một số, không trùng với cán bộ khác."),
                    SheetColumn.of("position", POSITION_H, TEXT, true, 16)
                            .example("Giáo viên")
                            .choices("Giáo viên", "Giám đốc", "Phó giám đốc", "Văn thư", "Kế toán", "Thư viện", "Khác"),
                    SheetColumn.of("qualification", "Trình độ", TEXT, false, 14).example("Đại học"),
                    SheetColumn.of("contractType", "Loại hợp đồng", TEXT, false, 16)
                            .example("Viên chức"),
                    SheetColumn.of("subjects", "Môn dạy", TEXT, false, 16)
                            .example("TOAN")
                            .hint("Mã các môn được dạy, cách nhau bằng dấu phẩy (ví dụ TOAN, TIN)."),
                    SheetColumn.of("norm", NORM_H, NUMBER, false, 12)
                            .example("17")
                            .hint("Số tiết/tuần trước khi giảm trừ; để trống là 17 (TT 04/2026).")),
            List.of(
                    "Mỗi dòng là một cán bộ, giáo viên, nhân viên. Cán bộ đã có (cùng mã) được cập nhật.",
                    "Mã cán bộ hoặc số định danh cá nhân lặp lại trong tệp thì dòng sau bị từ chối; số định danh đã thuộc"
                            + " cán bộ khác thì dòng bị từ chối."));

    private static final Map<String, String> HEADERS = Map.of(
            "code", CODE_H,
            "citizenId", CITIZEN_H,
            "phone", PHONE_H,
            "email", EMAIL_H,
            "workloadNorm", NORM_H);

    /** TT 04/2026: the weekly norm of a GDTX teacher before reductions. */
    private static final int DEFAULT_NORM = 17;

    private final People people;
    private final PeopleBulk bulk;

    StaffImporter(People people, PeopleBulk bulk) {
        this.people = people;
        this.bulk = bulk;
    }

    private record Planned(SheetRow row, @Nullable StaffDetails details, Fields.Problems problems) {}

    ImportReport run(SheetContent content, boolean dryRun, ImportMode mode, Progress progress) {
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> citizenIds = new HashMap<>();
        for (SheetRow row : content.rows()) {
            Planned plan = check(row);
            StaffDetails details = plan.details();
            if (details != null) {
                Integer first = codes.putIfAbsent(details.code().strip().toLowerCase(Locale.ROOT), row.number());
                if (first != null) {
                    plan.problems().add(CODE_H, "imports.duplicate.code", details.code(), first);
                }
                String citizenId = Fields.citizenId(details.citizenId());
                if (citizenId != null) {
                    Integer other = citizenIds.putIfAbsent(citizenId, row.number());
                    if (other != null) {
                        plan.problems().add(CITIZEN_H, "imports.duplicate.citizenId", other);
                    }
                }
            }
            planned.add(plan);
        }
        var known = new StoredRecords<>(
                bulk.staffMatching(codes.keySet(), citizenIds.keySet()),
                StoredStaff::id,
                staff -> staff.details().code(),
                staff -> staff.details().citizenId());
        var counts = new Counts();
        List<Runnable> writes = new ArrayList<>();
        for (Planned plan : planned) {
            StaffDetails details = plan.details();
            StoredStaff existing = null;
            if (details != null && !plan.problems().any()) {
                existing = known.withCode(details.code());
                known.checkCitizenIdFree(
                        details.citizenId(), existing, plan.problems(), CITIZEN_H, "imports.staff.citizenId.taken");
            }
            if (details == null || plan.problems().any()) {
                counts.count(Outcome.REJECTED, plan.problems().list());
                continue;
            }
            if (existing == null) {
                counts.count(Outcome.NEW, List.of());
                writes.add(() -> people.registerStaff(details));
                continue;
            }
            StoredStaff stored = existing;
            StaffDetails merged = merge(stored.details(), details);
            if (normal(merged).equals(normal(stored.details()))) {
                counts.count(Outcome.UNCHANGED, List.of());
            } else {
                counts.count(Outcome.UPDATED, List.of());
                writes.add(() -> people.updateStaff(stored.id(), merged, stored.version()));
            }
        }
        boolean write = !dryRun && (mode == ImportMode.VALID || counts.rejected() == 0) && !writes.isEmpty();
        if (write) {
            int done = 0;
            for (Runnable step : writes) {
                step.run();
                progress.at(++done, writes.size());
            }
        }
        return counts.report(ImportKind.STAFF, mode, dryRun, write, content.notices());
    }

    private Planned check(SheetRow row) {
        var problems = new Fields.Problems(row);
        String code = Fields.required(row, "code", CODE_H, problems);
        PersonName name = Fields.name(row, "name", NAME_H, problems);
        Sex sex = row.has("sex") ? Fields.sex(row, "sex", SEX_H, problems) : null;
        String positionText = Fields.required(row, "position", POSITION_H, problems);
        String position = positionText == null ? null : POSITIONS.get(VietnameseText.fold(positionText));
        if (positionText != null && position == null) {
            problems.add(POSITION_H, "imports.position", positionText);
        }
        BigDecimal norm = row.number("norm");
        int workloadNorm = DEFAULT_NORM;
        if (norm != null) {
            if (norm.stripTrailingZeros().scale() > 0) {
                problems.add(NORM_H, "people.staff.workloadNorm.range");
            } else {
                workloadNorm = norm.intValue();
            }
        }
        Set<String> subjects = row.text("subjects") == null
                ? Set.of()
                : Arrays.stream(row.text("subjects").split("[,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.toUpperCase(Locale.ROOT))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        if (code == null || name == null || position == null) {
            return new Planned(row, null, problems);
        }
        var details = new StaffDetails(
                code,
                name,
                row.date("birthDate"),
                sex,
                row.text("phone"),
                row.text("email"),
                row.text("citizenId"),
                position,
                row.text("qualification"),
                row.text("contractType"),
                subjects,
                workloadNorm);
        problems.addAll(bulk.checkStaffFields(details), HEADERS);
        return new Planned(row, details, problems);
    }

    private static StaffDetails merge(StaffDetails stored, StaffDetails row) {
        return new StaffDetails(
                row.code(),
                row.name(),
                row.birthDate() == null ? stored.birthDate() : row.birthDate(),
                row.sex() == null ? stored.sex() : row.sex(),
                or(row.phone(), stored.phone()),
                or(row.email(), stored.email()),
                or(row.citizenId(), stored.citizenId()),
                row.position(),
                or(row.qualification(), stored.qualification()),
                or(row.contractType(), stored.contractType()),
                row.subjectCodes().isEmpty() ? stored.subjectCodes() : row.subjectCodes(),
                row.workloadNorm());
    }

    private static StaffDetails normal(StaffDetails d) {
        return new StaffDetails(
                d.code().strip(),
                d.name(),
                d.birthDate(),
                d.sex(),
                Fields.phone(d.phone()),
                d.email() == null || d.email().isBlank() ? null : d.email().strip(),
                Fields.citizenId(d.citizenId()),
                d.position(),
                Fields.clean(d.qualification()),
                Fields.clean(d.contractType()),
                Set.copyOf(d.subjectCodes()),
                d.workloadNorm());
    }

    private static @Nullable String or(@Nullable String first, @Nullable String second) {
        return first == null || first.isBlank() ? second : first;
    }

    static boolean known(@Nullable String value) {
        return Objects.nonNull(value);
    }
}
