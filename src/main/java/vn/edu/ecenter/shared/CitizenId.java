package vn.edu.ecenter.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 12-digit personal ID number (số định danh cá nhân) printed on the citizen card: 3 digits for the province (or
 * country) of birth registration, 1 digit for century and sex, 2 digits for the year of birth, 6 random digits (NĐ
 * 137/2015 Art. 13, kept by the decree under the 2023 Identification Law).
 *
 * <p>FROM MEMORY (vn-regulations §9.2): the list of province codes and the century/sex digit values (0/1 for a man or
 * woman born 1900–1999, 2/3 for 2000–2099, 4/5 for 2100–2199 …). The province codes are therefore passed in by the
 * caller, from configuration; {@link #PROVINCE_CODES_2015} is only the default.
 */
public record CitizenId(String value) {

    /**
     * FROM MEMORY: the birth-registration codes of the 63 provinces before the 2025 merger (a card keeps the code of
     * the province where the birth was registered, so the old codes stay valid). HCMC is 079.
     */
    public static final Set<String> PROVINCE_CODES_2015 = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    /** Why a number is not a valid personal ID number; the names are message keys' last part. */
    public enum Problem {
        /** Not exactly 12 digits. */
        FORMAT,
        /** The first three digits are not a known province code. */
        PROVINCE,
        /** The fourth digit disagrees with the sex given. */
        SEX,
        /** The fourth to sixth digits disagree with the year of birth given. */
        BIRTH_YEAR
    }

    public CitizenId {
        if (!value.matches("\\d{12}")) {
            throw new IllegalArgumentException("A personal ID number has 12 digits");
        }
    }

    /**
     * Checks a number as typed (spaces and dots between digit groups are ignored) against the province codes and,
     * when known, the holder's sex and date of birth.
     *
     * @param female the holder's sex, or null when unknown
     * @param birthDate the holder's date of birth, or null when unknown
     */
    public static Optional<Problem> check(
            String typed, Set<String> provinceCodes, @Nullable Boolean female, @Nullable LocalDate birthDate) {
        String digits = normalise(typed);
        if (!digits.matches("\\d{12}")) {
            return Optional.of(Problem.FORMAT);
        }
        if (!provinceCodes.contains(digits.substring(0, 3))) {
            return Optional.of(Problem.PROVINCE);
        }
        int centuryAndSex = digits.charAt(3) - '0';
        if (female != null && (centuryAndSex % 2 == 1) != female) {
            return Optional.of(Problem.SEX);
        }
        if (birthDate != null) {
            int year = 1900 + (centuryAndSex / 2) * 100 + Integer.parseInt(digits.substring(4, 6));
            if (year != birthDate.getYear()) {
                return Optional.of(Problem.BIRTH_YEAR);
            }
        }
        return Optional.empty();
    }

    /** The number without the spaces or dots people type between digit groups. */
    public static String normalise(String typed) {
        return typed.strip().replaceAll("[\\s.]", "");
    }

    /** The number with all but the last three digits hidden, for lists and logs. */
    public String masked() {
        return "*********" + value.substring(9);
    }

    @Override
    public String toString() {
        return masked();
    }
}
