package vn.edu.ecenter.imports.internal;

import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.CODE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.ID_NUMBER;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.PHONE;
import static vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.PeopleBulk;
import vn.edu.ecenter.people.PeopleBulk.GuardianLink;
import vn.edu.ecenter.people.PeopleBulk.StoredGuardian;
import vn.edu.ecenter.people.PeopleBulk.StoredLearner;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.platform.spreadsheet.SheetColumn;
import vn.edu.ecenter.platform.spreadsheet.SheetContent;
import vn.edu.ecenter.platform.spreadsheet.SheetLayout;
import vn.edu.ecenter.platform.spreadsheet.SheetRow;
import vn.edu.ecenter.shared.PersonName;

/**
 * Guardians from the "Phụ huynh" sheet, one row per guardian and learner: the learner (by learner code) must be stored;
 * the guardian is found by phone number (their username) or registered. A row identical to what is stored is
 * unchanged.
 */
@Component
class GuardianImporter {

    static final String CODE_H = "Mã học sinh";
    static final String NAME_H = "Họ và tên phụ huynh";
    static final String RELATION_H = "Quan hệ";
    static final String PHONE_H = "Điện thoại";
    static final String EMAIL_H = "Email";
    static final String CITIZEN_H = "Số định danh cá nhân";

    static final SheetLayout LAYOUT = new SheetLayout(
            "Phụ huynh",
            List.of(
                    SheetColumn.of("code", CODE_H, CODE, true, 16)
                            .example("HS2026001")
                            .hint("Mã học sinh của con (học viên đã có trong hồ sơ)."),
                    SheetColumn.of("name", NAME_H, TEXT, true, 28)
                            .example("Nguyễn Văn Bình")
                            .alias("Họ tên phụ huynh"),
                    SheetColumn.of("relation", RELATION_H, TEXT, true, 10)
                            .example("Cha")
                            .choices("Cha", "Mẹ", "Ông/Bà", "Anh/Chị", "Khác"),
                    SheetColumn.of("phone", PHONE_H, PHONE, true, 14)
                            .example("0987654321")
                            .hint("Cũng là tên đăng nhập của phụ huynh; một phụ huynh có nhiều con dùng cùng số."),
                    SheetColumn.of("email", EMAIL_H, TEXT, false, 24),
                    SheetColumn.of("citizenId", CITIZEN_H, ID_NUMBER, false, 18)),
            List.of("Mỗi dòng là một phụ huynh của một học viên; phụ huynh có hai con thì ghi hai dòng."));

    private static final Map<String, String> HEADERS =
            Map.of("phone", PHONE_H, "email", EMAIL_H, "citizenId", CITIZEN_H);

    private final PeopleBulk people;

    GuardianImporter(PeopleBulk people) {
        this.people = people;
    }

    private record Planned(SheetRow row, String code, GuardianDetails guardian, Relation relation) {}

    ImportReport run(SheetContent content, boolean dryRun, ImportMode mode, Progress progress) {
        List<SheetRow> rows = content.rows();
        List<Object> checked = new ArrayList<>();
        Map<String, Integer> pairs = new HashMap<>();
        var counts = new Counts();
        List<Fields.Problems> problemsOf = new ArrayList<>();
        for (SheetRow row : rows) {
            var problems = new Fields.Problems(row);
            String code = Fields.required(row, "code", CODE_H, problems);
            PersonName name = Fields.name(row, "name", NAME_H, problems);
            Relation relation = Fields.relation(row, "relation", RELATION_H, problems);
            String phone = Fields.required(row, "phone", PHONE_H, problems);
            Planned plan = null;
            if (code != null && name != null && relation != null && phone != null) {
                var guardian = new GuardianDetails(name, phone, row.text("email"), row.text("citizenId"));
                problems.addAll(people.checkGuardianFields(guardian), HEADERS);
                String pair = code.toLowerCase(Locale.ROOT) + "|" + Fields.phone(phone);
                Integer first = pairs.putIfAbsent(pair, row.number());
                if (first != null) {
                    problems.add(PHONE_H, "imports.duplicate.guardian", first);
                }
                plan = new Planned(row, code, guardian, relation);
            }
            checked.add(plan);
            problemsOf.add(problems);
        }
        progress.at(rows.size() / 2, rows.size());
        Map<String, StoredLearner> learners = new HashMap<>();
        for (StoredLearner learner : people.learnersMatching(
                checked.stream()
                        .filter(Objects::nonNull)
                        .map(p -> ((Planned) p).code())
                        .toList(),
                List.of())) {
            learners.put(learner.details().code().toLowerCase(Locale.ROOT), learner);
        }
        Map<String, StoredGuardian> guardians = new HashMap<>();
        for (StoredGuardian guardian : people.guardiansByPhones(checked.stream()
                .filter(Objects::nonNull)
                .map(p -> ((Planned) p).guardian().phone())
                .toList())) {
            guardians.put(guardian.details().phone(), guardian);
        }
        List<GuardianLink> links = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Planned plan = (Planned) checked.get(i);
            Fields.Problems problems = problemsOf.get(i);
            StoredLearner learner =
                    plan == null ? null : learners.get(plan.code().toLowerCase(Locale.ROOT));
            if (plan != null && learner == null && !problems.any()) {
                problems.add(CODE_H, "imports.learner.unknown", plan.code());
            }
            if (plan == null || problems.any()) {
                counts.count(Outcome.REJECTED, problems.list());
                continue;
            }
            StoredGuardian stored = guardians.get(Fields.phone(plan.guardian().phone()));
            if (stored == null) {
                counts.count(Outcome.NEW, List.of());
            } else if (stored.details().name().equals(plan.guardian().name())
                    && plan.relation() == stored.learners().get(learner.id())
                    && same(plan.guardian().email(), stored.details().email())
                    && same(
                            Fields.citizenId(plan.guardian().citizenId()),
                            stored.details().citizenId())) {
                counts.count(Outcome.UNCHANGED, List.of());
                continue;
            } else {
                counts.count(Outcome.UPDATED, List.of());
            }
            links.add(new GuardianLink(learner.id(), plan.guardian(), plan.relation()));
        }
        boolean write = !dryRun && (mode == ImportMode.VALID || counts.rejected() == 0) && !links.isEmpty();
        if (write) {
            people.linkGuardians(links);
        }
        progress.at(rows.size(), rows.size());
        return counts.report(ImportKind.GUARDIANS, mode, dryRun, write, content.notices());
    }

    /** A blank cell keeps what is stored, so it counts as the same. */
    private static boolean same(
            @org.jspecify.annotations.Nullable String typed, @org.jspecify.annotations.Nullable String stored) {
        return typed == null || typed.isBlank() || typed.strip().equals(stored);
    }
}
