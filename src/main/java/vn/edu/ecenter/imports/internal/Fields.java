package vn.edu.ecenter.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.FieldProblem;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;
import vn.edu.ecenter.platform.spreadsheet.SheetRow;
import vn.edu.ecenter.shared.CitizenId;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.shared.VietnameseText;

/** Reading the fields common to the import sheets from a row, with a problem per unusable cell. */
final class Fields {

    private Fields() {}

    /** The row's problems so far, to which the readers below add. */
    static final class Problems {

        private final int row;
        private final List<CellProblem> list;

        Problems(SheetRow row) {
            this.row = row.number();
            this.list = new ArrayList<>(row.problems());
        }

        void add(String column, String key, Object... args) {
            list.add(CellProblem.of(row, column, key, args));
        }

        boolean about(String column) {
            return list.stream().anyMatch(p -> p.column().equals(column));
        }

        /** The people module's field problems, each under its column's header (unless that cell has one already). */
        void addAll(List<FieldProblem> problems, Map<String, String> headers) {
            for (FieldProblem problem : problems) {
                String column = headers.getOrDefault(problem.field(), "");
                if (!column.isEmpty() && about(column)) {
                    continue;
                }
                list.add(new CellProblem(row, column, problem.messageKey(), List.copyOf(problem.arguments())));
            }
        }

        boolean any() {
            return !list.isEmpty();
        }

        List<CellProblem> list() {
            return List.copyOf(list);
        }
    }

    static @Nullable String required(SheetRow row, String key, String header, Problems problems) {
        String text = row.text(key);
        if (text == null && !problems.about(header)) {
            problems.add(header, "imports.required");
        }
        return text;
    }

    /** A full name as written, split into họ / đệm / tên ({@link PersonName#parse}). */
    static @Nullable PersonName name(SheetRow row, String key, String header, Problems problems) {
        String text = required(row, key, header, problems);
        if (text == null) {
            return null;
        }
        try {
            return PersonName.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(header, "imports.name.split", text);
            return null;
        }
    }

    static @Nullable Sex sex(SheetRow row, String key, String header, Problems problems) {
        String text = required(row, key, header, problems);
        if (text == null) {
            return null;
        }
        return switch (VietnameseText.fold(text)) {
            case "nam", "m", "male" -> Sex.MALE;
            case "nu", "f", "female" -> Sex.FEMALE;
            default -> {
                problems.add(header, "imports.sex", text);
                yield null;
            }
        };
    }

    static @Nullable Relation relation(SheetRow row, String key, String header, Problems problems) {
        String text = required(row, key, header, problems);
        if (text == null) {
            return null;
        }
        return switch (VietnameseText.fold(text)) {
            case "cha", "bo", "ba" -> Relation.FATHER;
            case "me", "ma", "u" -> Relation.MOTHER;
            case "ong", "ba noi", "ba ngoai", "ong ba", "ong/ba", "ong noi", "ong ngoai" -> Relation.GRANDPARENT;
            case "anh", "chi", "anh chi", "anh/chi", "anh trai", "chi gai" -> Relation.SIBLING;
            case "khac", "nguoi giam ho", "giam ho" -> Relation.OTHER;
            default -> {
                problems.add(header, "imports.relation", text);
                yield null;
            }
        };
    }

    /** The template's word for a relation. */
    static String relationWord(Relation relation) {
        return switch (relation) {
            case FATHER -> "Cha";
            case MOTHER -> "Mẹ";
            case GRANDPARENT -> "Ông/Bà";
            case SIBLING -> "Anh/Chị";
            case OTHER -> "Khác";
        };
    }

    /** A Vietnamese phone number as the people module stores it (digits, +84 as 0), or the text as typed. */
    static @Nullable String phone(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip().replaceAll("[\\s.()-]", "");
        return digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
    }

    static @Nullable String clean(@Nullable String text) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    static @Nullable String citizenId(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : CitizenId.normalise(typed);
    }

    /** Stored details with the row's values laid over them: a blank cell keeps what is stored, never erases it. */
    static LearnerDetails merge(LearnerDetails stored, LearnerDetails row) {
        Address a = stored.address() == null ? Address.NONE : stored.address();
        Address b = row.address() == null ? Address.NONE : row.address();
        return new LearnerDetails(
                row.code(),
                row.name(),
                row.birthDate(),
                row.sex(),
                or(row.ethnicity(), stored.ethnicity()),
                or(row.religion(), stored.religion()),
                or(row.nationality(), stored.nationality()),
                or(row.birthPlace(), stored.birthPlace()),
                or(row.homeTown(), stored.homeTown()),
                or(row.citizenId(), stored.citizenId()),
                new Address(
                        or(b.street(), a.street()),
                        or(b.ward(), a.ward()),
                        or(b.province(), a.province()),
                        or(b.oldAddress(), a.oldAddress())),
                or(row.phone(), stored.phone()),
                or(row.email(), stored.email()),
                or(row.policyGroup(), stored.policyGroup()),
                or(row.disability(), stored.disability()));
    }

    /** Details as the database keeps them, so that two descriptions of the same learner are equal. */
    static LearnerDetails normal(LearnerDetails d) {
        Address a = d.address() == null ? Address.NONE : d.address();
        return new LearnerDetails(
                d.code().strip(),
                d.name(),
                d.birthDate(),
                d.sex(),
                clean(d.ethnicity()),
                clean(d.religion()),
                Objects.requireNonNullElse(clean(d.nationality()), "Việt Nam"),
                clean(d.birthPlace()),
                clean(d.homeTown()),
                citizenId(d.citizenId()),
                new Address(clean(a.street()), clean(a.ward()), clean(a.province()), clean(a.oldAddress())),
                phone(d.phone()),
                d.email() == null || d.email().isBlank() ? null : d.email().strip(),
                clean(d.policyGroup()),
                clean(d.disability()));
    }

    private static @Nullable String or(@Nullable String first, @Nullable String second) {
        return first == null || first.isBlank() ? second : first;
    }
}
