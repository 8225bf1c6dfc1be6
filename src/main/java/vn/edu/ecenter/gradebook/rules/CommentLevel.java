package vn.edu.ecenter.gradebook.rules;

import java.util.Set;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * The mark of a subject assessed by comments only (môn học đánh giá bằng nhận xét), for one assessment, a semester
 * or the year: Đạt (Đ) or Chưa đạt (CĐ) (TT 22/2021 Art. 5 and 9.1a; TT 43/2021 Art. 5).
 */
public enum CommentLevel implements Mark {
    DAT("Đ", Set.of("d", "dat")),
    CHUA_DAT("CĐ", Set.of("cd", "chua dat", "chuadat"));

    private final String abbreviation;
    private final Set<String> typedForms;

    CommentLevel(String abbreviation, Set<String> typedForms) {
        this.abbreviation = abbreviation;
        this.typedForms = typedForms;
    }

    /**
     * The level a teacher typed: "Đ", "Đạt", "CĐ", "Chưa đạt", in any case, with or without diacritics ("d", "cd",
     * "chua dat"), for keyboards without Vietnamese input.
     *
     * @throws InvalidMark when the text is empty or is not one of these
     */
    public static CommentLevel parse(String typed) {
        String text = InvalidMark.trimmed(typed);
        if (text.isEmpty()) {
            throw new InvalidMark(InvalidMark.Problem.EMPTY, text);
        }
        String folded = VietnameseText.fold(text);
        for (CommentLevel level : values()) {
            if (level.typedForms.contains(folded)) {
                return level;
            }
        }
        throw new InvalidMark(InvalidMark.Problem.NOT_A_COMMENT_LEVEL, text);
    }

    /** The message key of the level's name: "Đạt", "Chưa đạt". */
    public String messageKey() {
        return "gradebook.comment." + name();
    }

    @Override
    public String display() {
        return abbreviation;
    }
}
