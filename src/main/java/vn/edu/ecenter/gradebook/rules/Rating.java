package vn.edu.ecenter.gradebook.rules;

/**
 * The four levels of a learning result (kết quả học tập) and of a conduct result (kết quả rèn luyện), best first:
 * Tốt, Khá, Đạt, Chưa đạt (TT 43/2021 Art. 8–9; TT 22/2021 Art. 8–9). The constants keep the official Vietnamese
 * names because the API and the books use them ("TOT", "KHA", "DAT", "CHUA_DAT") and no English word matches them.
 */
public enum Rating {
    TOT,
    KHA,
    DAT,
    CHUA_DAT;

    /** Whether this level is the given one or better ("từ mức Đạt trở lên" is {@code isAtLeast(DAT)}). */
    public boolean isAtLeast(Rating other) {
        return ordinal() <= other.ordinal();
    }

    public String messageKey() {
        return "gradebook.rating." + name();
    }
}
