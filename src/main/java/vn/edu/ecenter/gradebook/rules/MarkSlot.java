package vn.edu.ecenter.gradebook.rules;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One column of a subject's semester in the book: regular assessment {@code TX} number 1…n (ĐĐGtx, learning-topic
 * scores included), the mid-term {@code GK} (ĐĐGgk) or the end-of-term {@code CK} (ĐĐGck). The kinds and their
 * weights 1, 2 and 3 are those of TT 43/2021 Art. 9.1 (same in TT 22/2021 Art. 9.1).
 *
 * @param index 1…n for {@code TX}; always 1 for {@code GK} and {@code CK}
 */
public record MarkSlot(Kind kind, int index) {

    public enum Kind {
        /** Đánh giá thường xuyên, weight 1. */
        TX(1),
        /** Đánh giá giữa kỳ, weight 2. */
        GK(2),
        /** Đánh giá cuối kỳ, weight 3. */
        CK(3);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    public static final MarkSlot MID_TERM = new MarkSlot(Kind.GK, 1);
    public static final MarkSlot END_OF_TERM = new MarkSlot(Kind.CK, 1);

    public MarkSlot {
        if (index < 1 || (kind != Kind.TX && index != 1)) {
            throw new IllegalArgumentException("No column " + kind + " " + index);
        }
    }

    /** ĐĐGtx number {@code index}, counted from 1. */
    public static MarkSlot regular(int index) {
        return new MarkSlot(Kind.TX, index);
    }

    /** The columns of a semester with {@code regularCount} ĐĐGtx: TX 1…n, GK, CK. */
    public static List<MarkSlot> semester(int regularCount) {
        return Stream.concat(
                        IntStream.rangeClosed(1, regularCount).mapToObj(MarkSlot::regular),
                        Stream.of(MID_TERM, END_OF_TERM))
                .toList();
    }

    /** The message key of the column's name: "ĐĐGtx {0}", "ĐĐGgk", "ĐĐGck". */
    public String messageKey() {
        return "gradebook.slot." + kind;
    }

    /** The column's number, the argument of its message. */
    public Object[] arguments() {
        return new Object[] {index};
    }

    @Override
    public String toString() {
        return kind == Kind.TX ? "TX" + index : kind.name();
    }
}
