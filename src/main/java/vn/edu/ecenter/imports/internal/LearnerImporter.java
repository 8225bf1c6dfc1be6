package vn.edu.ecenter.imports.internal;

import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.CODE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.DATE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.ID_NUMBER;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.PHONE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.PeopleBulk;
import vn.edu.ecenter.people.PeopleBulk.GuardianLink;
import vn.edu.ecenter.people.PeopleBulk.LearnerChange;
import vn.edu.ecenter.people.PeopleBulk.StoredGuardian;
import vn.edu.ecenter.people.PeopleBulk.StoredLearner;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.platform.spreadsheet.SheetColumn;
import vn.edu.ecenter.platform.spreadsheet.SheetContent;
import vn.edu.ecenter.platform.spreadsheet.SheetLayout;
import vn.edu.ecenter.platform.spreadsheet.SheetRow;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;

/**
 * Learners from the "Học viên" sheet, one row per learner, with an optional guardian in three columns. The name is one
 * "Họ và tên" column, split into họ / đệm / tên by {@link PersonName#parse} (first word họ, last word tên). A learner is
 * the same as a stored one by learner code; a personal ID number already held by another learner rejects the row. A
 * blank optional cell keeps what is stored. Rows identical to what is stored are "unchanged" and written again by
 * nobody, so that importing the same file twice changes nothing. When the import enrols in a class, a stored learner
 * active in another class of that school year rejects their row, naming the class (the other rows are still taken, or
 * none in "all or nothing" mode).
 */
@Component
class LearnerImporter {

    static final String CODE_H = "Mã học sinh";
    static final String NAME_H = "Họ và tên";
    static final String BIRTH_H = "Ngày sinh";
    static final String SEX_H = "Giới tính";
    static final String CITIZEN_H = "Số định danh cá nhân";
    static final String PHONE_H = "Điện thoại";
    static final String EMAIL_H = "Email";
    static final String GUARDIAN_NAME_H = "Họ tên phụ huynh";
    static final String GUARDIAN_RELATION_H = "Quan hệ";
    static final String GUARDIAN_PHONE_H = "Điện thoại phụ huynh";

    static final SheetLayout LAYOUT = new SheetLayout(
            "Học viên",
            List.of(
                    SheetColumn.of("code", CODE_H, CODE, true, 16)
                            .example("HS2026001")
                            .hint("Mã học sinh trên CSDL ngành; cũng là tên đăng nhập của học viên. 3–40 ký tự: chữ"
                                    + " không dấu, số, dấu chấm, gạch dưới, gạch ngang."),
                    SheetColumn.of("name", NAME_H, TEXT, true, 28)
                            .example("Nguyễn Thị Ánh Tuyết")
                            .alias("Họ tên")
                            .hint("Họ, đệm và tên trong một ô; từ đầu là họ, từ cuối là tên, các từ giữa là đệm."),
                    SheetColumn.of("birthDate", BIRTH_H, DATE, true, 12).example("05/09/2009"),
                    SheetColumn.of("sex", SEX_H, TEXT, true, 10).example("Nữ").choices("Nam", "Nữ"),
                    SheetColumn.of("citizenId", CITIZEN_H, ID_NUMBER, false, 18)
                            .example("079309012345")
                            .hint("12 chữ số; được kiểm tra mã tỉnh, giới tính và năm sinh."),
                    SheetColumn.of("ethnicity", "Dân tộc", TEXT, false, 10).example("Kinh"),
                    SheetColumn.of("religion", "Tôn giáo", TEXT, false, 12),
                    SheetColumn.of("nationality", "Quốc tịch", TEXT, false, 12)
                            .example("Việt Nam")
                            .hint("Để trống là Việt Nam (học viên mới) hoặc giữ quốc tịch đang có (học viên đã có)."),
                    SheetColumn.of("birthPlace", "Nơi sinh", TEXT, false, 20).example("TP. Hồ Chí Minh"),
                    SheetColumn.of("homeTown", "Quê quán", TEXT, false, 20),
                    SheetColumn.of("street", "Địa chỉ (số nhà, đường)", TEXT, false, 26)
                            .example("12 Nguyễn Trãi"),
                    SheetColumn.of("ward", "Phường/Xã", TEXT, false, 18)
                            .example("Phường Bến Thành")
                            .hint("Đơn vị hành chính sau 01/07/2025 (không còn cấp huyện)."),
                    SheetColumn.of("province", "Tỉnh/Thành phố", TEXT, false, 18)
                            .example("TP. Hồ Chí Minh"),
                    SheetColumn.of("oldAddress", "Địa chỉ cũ", TEXT, false, 30)
                            .hint("Địa chỉ ghi theo đơn vị hành chính trước 01/07/2025 (còn quận/huyện), như trên"
                                    + " giấy tờ cũ; ghi thành một dòng chữ, không kiểm tra."),
                    SheetColumn.of("phone", PHONE_H, PHONE, false, 14).example("0912345678"),
                    SheetColumn.of("email", EMAIL_H, TEXT, false, 24),
                    SheetColumn.of("policyGroup", "Đối tượng chính sách", TEXT, false, 18),
                    SheetColumn.of("disability", "Khuyết tật", TEXT, false, 18)
                            .hint("Dạng khuyết tật nếu có (ví dụ: khuyết tật vận động); để trống nếu không có."),
                    SheetColumn.of("guardianName", GUARDIAN_NAME_H, TEXT, false, 26)
                            .example("Nguyễn Văn Bình")
                            .hint("Nếu ghi phụ huynh thì cần đủ họ tên, quan hệ và điện thoại. Điện thoại là tên đăng"
                                    + " nhập của phụ huynh."),
                    SheetColumn.of("guardianRelation", GUARDIAN_RELATION_H, TEXT, false, 10)
                            .example("Cha")
                            .choices("Cha", "Mẹ", "Ông/Bà", "Anh/Chị", "Khác"),
                    SheetColumn.of("guardianPhone", GUARDIAN_PHONE_H, PHONE, false, 16)
                            .example("0987654321")),
            List.of(
                    "Mỗi dòng là một học viên. Học viên đã có (cùng mã học sinh) được cập nhật; ô để trống giữ"
                            + " nguyên dữ liệu đang có.",
                    "Số định danh cá nhân đã thuộc học viên khác thì dòng bị từ chối.",
                    "Khi nhập kèm xếp lớp: học viên đang học một lớp khác trong cùng năm học thì dòng bị từ chối (chuyển"
                            + " lớp ở hồ sơ học viên); học viên đã ở đúng lớp đó thì giữ nguyên."));

    private static final Map<String, String> HEADERS = Map.of(
            "code", CODE_H,
            "birthDate", BIRTH_H,
            "sex", SEX_H,
            "citizenId", CITIZEN_H,
            "phone", PHONE_H,
            "email", EMAIL_H);

    private static final Map<String, String> GUARDIAN_HEADERS =
            Map.of("phone", GUARDIAN_PHONE_H, "name", GUARDIAN_NAME_H, "relation", GUARDIAN_RELATION_H);

    private final PeopleBulk people;
    private final ObjectProvider<ClassEnrolment> enrolment;

    LearnerImporter(PeopleBulk people, ObjectProvider<ClassEnrolment> enrolment) {
        this.people = people;
        this.enrolment = enrolment;
    }

    /** One row as checked. */
    private record Planned(
            SheetRow row,
            @Nullable LearnerDetails details,
            @Nullable GuardianDetails guardian,
            @Nullable Relation relation,
            Fields.Problems problems) {}

    ImportReport run(SheetContent content, @Nullable UUID classId, boolean dryRun, ImportMode mode, Progress progress) {
        ClassEnrolment classes = null;
        if (classId != null) {
            classes = enrolment.getIfAvailable(() -> {
                throw new Rejected("imports.class.unavailable");
            });
            classes.checkClass(classId);
        }
        List<SheetRow> rows = content.rows();
        long total = rows.size();
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> citizenIds = new HashMap<>();
        for (SheetRow row : rows) {
            Planned plan = check(row);
            LearnerDetails details = plan.details();
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
            if (planned.size() % 250 == 0) {
                progress.at(planned.size() / 2, total);
            }
        }

        var known = new StoredRecords<>(
                people.learnersMatching(codes.keySet(), citizenIds.keySet()),
                StoredLearner::id,
                learner -> learner.details().code(),
                learner -> learner.details().citizenId());
        // A stored learner already studying in another class of the year cannot be enrolled in this one: their row is
        // rejected, naming that class, so that the other rows can still be taken.
        Map<UUID, String> inOtherClass = classes == null
                ? Map.of()
                : classes.activeInOtherClass(
                        classId, known.all().stream().map(StoredLearner::id).toList());
        Map<String, StoredGuardian> guardians = new HashMap<>();
        for (StoredGuardian guardian : people.guardiansByPhones(planned.stream()
                .filter(p -> p.guardian() != null)
                .map(p -> p.guardian().phone())
                .toList())) {
            guardians.put(guardian.details().phone(), guardian);
        }

        var counts = new Counts();
        List<LearnerDetails> inserts = new ArrayList<>();
        List<Planned> insertRows = new ArrayList<>();
        List<LearnerChange> updates = new ArrayList<>();
        List<GuardianLink> links = new ArrayList<>();
        List<Planned> linksOfNew = new ArrayList<>();
        List<UUID> accepted = new ArrayList<>();
        for (Planned plan : planned) {
            LearnerDetails details = plan.details();
            StoredLearner stored = null;
            if (!plan.problems().any() && details != null) {
                stored = known.withCode(details.code());
                known.checkCitizenIdFree(
                        details.citizenId(), stored, plan.problems(), CITIZEN_H, "imports.citizenId.taken");
                String otherClass = stored == null ? null : inOtherClass.get(stored.id());
                if (otherClass != null) {
                    plan.problems().add(CODE_H, "imports.enrolment.otherClass", otherClass);
                }
            }
            if (plan.problems().any() || details == null) {
                counts.count(Outcome.REJECTED, plan.problems().list());
                continue;
            }
            if (stored == null) {
                counts.count(Outcome.NEW, List.of());
                inserts.add(details);
                insertRows.add(plan);
                continue;
            }
            accepted.add(stored.id());
            LearnerDetails merged = Fields.merge(stored.details(), details);
            boolean learnerSame = Fields.normal(merged).equals(Fields.normal(stored.details()));
            boolean guardianSame = plan.guardian() == null || sameGuardian(plan, stored.id(), guardians);
            if (!guardianSame) {
                links.add(new GuardianLink(stored.id(), plan.guardian(), plan.relation()));
            }
            if (learnerSame && guardianSame) {
                counts.count(Outcome.UNCHANGED, List.of());
            } else {
                counts.count(Outcome.UPDATED, List.of());
                if (!learnerSame) {
                    updates.add(new LearnerChange(stored.id(), merged, stored.version()));
                }
            }
        }
        progress.at(total * 3 / 4, total);

        boolean write = !dryRun && (mode == ImportMode.VALID || counts.rejected() == 0);
        boolean changes = !inserts.isEmpty() || !updates.isEmpty() || !links.isEmpty();
        if (write) {
            List<UUID> ids = people.insertLearners(inserts);
            for (int i = 0; i < ids.size(); i++) {
                Planned plan = insertRows.get(i);
                if (plan.guardian() != null) {
                    links.add(new GuardianLink(ids.get(i), plan.guardian(), plan.relation()));
                }
            }
            accepted.addAll(ids);
            people.updateLearners(updates);
            people.linkGuardians(links);
            if (classes != null) {
                classes.enrol(classId, accepted);
            }
        }
        progress.at(total, total);
        return counts.report(ImportKind.LEARNERS, mode, dryRun, write && changes, content.notices());
    }

    private static boolean sameGuardian(Planned plan, UUID learnerId, Map<String, StoredGuardian> guardians) {
        GuardianDetails guardian = plan.guardian();
        StoredGuardian stored = guardians.get(Fields.phone(guardian.phone()));
        return stored != null
                && stored.details().name().equals(guardian.name())
                && plan.relation() == stored.learners().get(learnerId);
    }

    private Planned check(SheetRow row) {
        var problems = new Fields.Problems(row);
        String code = Fields.required(row, "code", CODE_H, problems);
        PersonName name = Fields.name(row, "name", NAME_H, problems);
        var birthDate = row.date("birthDate");
        if (birthDate == null && !problems.about(BIRTH_H)) {
            problems.add(BIRTH_H, "imports.required");
        }
        Sex sex = Fields.sex(row, "sex", SEX_H, problems);
        LearnerDetails details = null;
        if (code != null && name != null) {
            details = new LearnerDetails(
                    code,
                    name,
                    birthDate,
                    sex,
                    row.text("ethnicity"),
                    row.text("religion"),
                    row.text("nationality"),
                    row.text("birthPlace"),
                    row.text("homeTown"),
                    row.text("citizenId"),
                    new Address(row.text("street"), row.text("ward"), row.text("province"), row.text("oldAddress")),
                    row.text("phone"),
                    row.text("email"),
                    row.text("policyGroup"),
                    row.text("disability"));
            problems.addAll(people.checkLearnerFields(details), HEADERS);
        }
        GuardianDetails guardian = null;
        Relation relation = null;
        if (row.has("guardianName") || row.has("guardianRelation") || row.has("guardianPhone")) {
            PersonName guardianName = Fields.name(row, "guardianName", GUARDIAN_NAME_H, problems);
            relation = Fields.relation(row, "guardianRelation", GUARDIAN_RELATION_H, problems);
            String phone = Fields.required(row, "guardianPhone", GUARDIAN_PHONE_H, problems);
            if (guardianName != null && phone != null) {
                guardian = new GuardianDetails(guardianName, phone, null, null);
                problems.addAll(people.checkGuardianFields(guardian), GUARDIAN_HEADERS);
            }
        }
        return new Planned(row, details, guardian, relation, problems);
    }

    static Optional<String> headerOf(String field) {
        return Optional.ofNullable(HEADERS.get(field));
    }
}
