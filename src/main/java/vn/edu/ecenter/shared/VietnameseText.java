package vn.edu.ecenter.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Vietnamese text rules: NFC normalisation, the Vietnamese collation order (a &lt; ă &lt; â, d &lt; đ, tones ngang &lt;
 * huyền &lt; hỏi &lt; ngã &lt; sắc &lt; nặng) and folding for search ("Nguyễn" and "NGUYEN" fold to "nguyen").
 * Never sort Vietnamese with {@code String.compareTo}.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Dates as the UI, forms and exports show them: {@code dd/MM/yyyy} (vn-regulations §9.3). */
    public static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Collator PROTOTYPE = newCollator();

    private VietnameseText() {}

    private static Collator newCollator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    /** Text in Unicode NFC with surrounding and repeated inner white space removed; null stays null. */
    public static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Compares two strings in Vietnamese order. */
    public static int compare(String left, String right) {
        // A Collator is not thread-safe; a clone per comparison keeps this usable from any thread.
        return ((Collator) PROTOTYPE.clone()).compare(left, right);
    }

    /** Vietnamese order of strings. */
    public static Comparator<String> order() {
        Collator collator = (Collator) PROTOTYPE.clone();
        return (left, right) -> {
            synchronized (collator) {
                return collator.compare(left, right);
            }
        };
    }

    /** Vietnamese order of the strings a key extracts; the collator is cloned once for the whole sort. */
    public static <T> Comparator<T> comparing(Function<? super T, String> key) {
        return Comparator.comparing(key, order());
    }

    /**
     * The search form of a text: lower case, without diacritics, đ as d, white space collapsed. "Nguyễn Văn An",
     * "nguyen van an" and "NGUYEN VAN AN" fold to the same string.
     */
    public static String fold(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !folded.isEmpty()) {
                folded.append(' ');
            }
            space = false;
            folded.append(
                    switch (c) {
                        case 'đ', 'Đ' -> 'd';
                        default -> Character.toLowerCase(c);
                    });
        }
        return folded.toString();
    }
}
