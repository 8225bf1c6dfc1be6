package vn.edu.ecenter.people.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * A search as typed, folded like the stored search key ("Nguyễn Văn An", "NGUYEN VAN AN" and "nguyen van an" are the
 * same search), looked for at the start of a search term (see V2026_11_30_110__learner_search_terms.sql) or, failing
 * that, word by word at the start of any word of the folded name, the lower-cased code or the phone number. A phone
 * number typed with spaces or dots ("0912 345 678") is one word.
 */
record Search(String folded, List<String> words) {

    /** Shorter searches match too much to be useful while typing. */
    static final int MIN_LENGTH = 2;

    static Search of(@Nullable String typed) {
        String folded = VietnameseText.fold(typed);
        String digits = folded.replaceAll("[\\s.]", "");
        if (digits.matches("\\+?\\d+")) {
            folded = digits.startsWith("+84") ? "0" + digits.substring(3) : digits;
        }
        if (folded.length() < MIN_LENGTH) {
            return new Search("", List.of());
        }
        return new Search(
                folded,
                Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty()).toList());
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Lower is better: 0 the whole name, the code or the phone number exactly; 1 the name starting with the search; 2
     * every word the start of a word of the name; 3 anything else that matched.
     */
    int rank(String fullName, String code, @Nullable String phone) {
        String name = VietnameseText.fold(fullName);
        if (name.equals(folded) || code.toLowerCase(Locale.ROOT).equals(folded) || folded.equals(phone)) {
            return 0;
        }
        if (name.startsWith(folded)) {
            return 1;
        }
        List<String> nameWords = List.of(name.split(" "));
        boolean wordStarts = words.stream().allMatch(word -> nameWords.stream().anyMatch(w -> w.startsWith(word)));
        return wordStarts ? 2 : 3;
    }
}
