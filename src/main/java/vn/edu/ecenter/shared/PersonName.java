package vn.edu.ecenter.shared;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A Vietnamese name kept as family name (họ), middle name (đệm, none, one or several words) and given name (tên), as
 * the sector database does, with the full name as written. Every part is stored in NFC.
 */
public record PersonName(String family, String middle, String given, String fullName) {

    /**
     * The order of a class list: tên, then đệm, then họ, in Vietnamese collation (vn-regulations §9.1), e.g. "Lê
     * Hoàng An, Đặng Minh An, Nguyễn Văn An, Võ Thị Mỹ Anh, Trần Thị Ánh, Phạm Bình".
     */
    public static final Comparator<PersonName> CLASS_LIST_ORDER = VietnameseText.comparing(PersonName::given)
            .thenComparing(VietnameseText.comparing(PersonName::middle))
            .thenComparing(VietnameseText.comparing(PersonName::family));

    public PersonName {
        family = requireText(family, "family");
        middle = VietnameseText.clean(middle == null ? "" : middle);
        given = requireText(given, "given");
        fullName = requireText(fullName, "fullName");
    }

    private static String requireText(String text, String part) {
        String clean = VietnameseText.clean(text);
        if (clean == null || clean.isEmpty()) {
            throw new IllegalArgumentException("A name needs its " + part + " part");
        }
        return clean;
    }

    /** The name from its three parts; the full name is họ đệm tên joined by spaces. */
    public static PersonName of(String family, String middle, String given) {
        String full = String.join(" ", family.strip(), middle == null ? "" : middle.strip(), given.strip());
        return new PersonName(family, middle, given, full);
    }

    /**
     * Splits a full name as written: the first word is họ, the last is tên, the words between are đệm ("Nguyễn Thị
     * Ánh Tuyết" → Nguyễn / Thị Ánh / Tuyết). A one-word name cannot be split.
     */
    public static PersonName parse(String fullName) {
        String clean = VietnameseText.clean(fullName);
        String[] words = clean == null || clean.isEmpty() ? new String[0] : clean.split(" ");
        if (words.length < 2) {
            throw new IllegalArgumentException("A full name needs at least a family name and a given name");
        }
        String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(words[0], middle, words[words.length - 1], clean);
    }

    /** The folded full name for search ("nguyen thi anh tuyet"). */
    public String searchKey() {
        return VietnameseText.fold(fullName);
    }

    @Override
    public String toString() {
        return fullName;
    }
}
