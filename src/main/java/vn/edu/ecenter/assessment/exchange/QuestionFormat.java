package vn.edu.ecenter.assessment.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The file formats questions are imported from and exported to. */
public enum QuestionFormat {
    GIFT("gift"),
    AIKEN("aiken"),
    MOODLE_XML("moodlexml"),
    QTI21("qti21"),
    XLSX("xlsx");

    private final String slug;

    QuestionFormat(String slug) {
        this.slug = slug;
    }

    /** The format's name in URLs and forms ("gift", "moodlexml"). */
    public String slug() {
        return slug;
    }

    /** Whether {@link QuestionWriter} writes it (Moodle XML and QTI 2.1). */
    public boolean writable() {
        return this == MOODLE_XML || this == QTI21;
    }

    public static Optional<QuestionFormat> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(f -> f.slug.equalsIgnoreCase(slug.strip()))
                .findFirst();
    }
}
