package vn.edu.ecenter.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
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
        if (isClean(text)) {
            return text; // names read back from the database: already clean, so no copy and no regular expression
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        StringBuilder collapsed = new StringBuilder(normal.length());
        boolean space = false;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                collapsed.append(' ');
                space = false;
            }
            collapsed.append(c);
        }
        return collapsed.toString();
    }

    /** Whether {@link #clean} would return the text unchanged. */
    private static boolean isClean(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i == 0 || i == last || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** Compares two strings in Vietnamese order. */
    public static int compare(String left, String right) {
        return ORDER.compare(left, right);
    }

    /**
     * Vietnamese order of strings. Each string's collation key is worked out once and kept (names repeat across
     * every class list of a centre), so that sorting a class is comparing keys, not collating names pair by pair; and
     * no lock is shared by concurrent sorts, only the rare making of a new key.
     */
    public static Comparator<String> order() {
        return ORDER;
    }

    /** The collation key of a string, as a Vietnamese {@link Collator} makes it. */
    public static CollationKey collationKey(String text) {
        CollationKey key = KEYS.get(text);
        if (key == null) {
            synchronized (KEY_MAKER) {
                key = KEY_MAKER.getCollationKey(text);
            }
            if (KEYS.size() >= KEPT_KEYS) {
                KEYS.clear();
            }
            KEYS.put(text, key);
        }
        return key;
    }

    /** How many collation keys are kept at most; past it the memory starts anew. */
    static final int KEPT_KEYS = 50_000;

    private static final Collator KEY_MAKER = (Collator) PROTOTYPE.clone();
    private static final ConcurrentHashMap<String, CollationKey> KEYS = new ConcurrentHashMap<>();
    private static final Comparator<String> ORDER =
            (left, right) -> collationKey(left).compareTo(collationKey(right));

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
