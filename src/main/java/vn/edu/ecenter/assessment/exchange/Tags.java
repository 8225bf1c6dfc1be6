package vn.edu.ecenter.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * Our metadata as tags, for formats that have tags (Moodle XML) or keywords (QTI's manifest) but no grade, level or
 * difficulty: "Khối: 10", "Mức độ: Vận dụng", "Độ khó: Khó" and, where the format has no category, "Chủ đề: Hàm số".
 * Tags of these shapes are read back into the metadata; any other tag stays a tag.
 */
final class Tags {

    static final String GRADE = "Khối";
    static final String LEVEL = "Mức độ";
    static final String DIFFICULTY = "Độ khó";
    static final String TOPIC = "Chủ đề";

    private static final Map<CognitiveLevel, String> LEVELS = Map.of(
            CognitiveLevel.BIET, "Biết",
            CognitiveLevel.HIEU, "Hiểu",
            CognitiveLevel.VAN_DUNG, "Vận dụng",
            CognitiveLevel.VAN_DUNG_CAO, "Vận dụng cao");

    private static final Map<Difficulty, String> DIFFICULTIES =
            Map.of(Difficulty.EASY, "Dễ", Difficulty.MEDIUM, "Trung bình", Difficulty.HARD, "Khó");

    private Tags() {}

    static String label(CognitiveLevel level) {
        return LEVELS.get(level);
    }

    static String label(Difficulty difficulty) {
        return DIFFICULTIES.get(difficulty);
    }

    /** A level as a teacher writes it ("Vận dụng cao", "van dung cao", "VDC", "Nhận biết", "Thông hiểu"), or null. */
    static @Nullable CognitiveLevel level(String text) {
        String folded = VietnameseText.fold(text);
        return switch (folded) {
            case "biet", "nhan biet", "nb" -> CognitiveLevel.BIET;
            case "hieu", "thong hieu", "th" -> CognitiveLevel.HIEU;
            case "van dung", "vd" -> CognitiveLevel.VAN_DUNG;
            case "van dung cao", "vdc" -> CognitiveLevel.VAN_DUNG_CAO;
            default -> null;
        };
    }

    static @Nullable Difficulty difficulty(String text) {
        return switch (VietnameseText.fold(text)) {
            case "de", "easy" -> Difficulty.EASY;
            case "trung binh", "tb", "medium" -> Difficulty.MEDIUM;
            case "kho", "hard" -> Difficulty.HARD;
            default -> null;
        };
    }

    /** The tags of the metadata: its own, then grade, level, difficulty and (when asked) topic. */
    static List<String> of(Metadata metadata, boolean withTopic) {
        List<String> tags = new ArrayList<>(metadata.tags());
        if (withTopic && metadata.topic() != null) {
            tags.add(TOPIC + ": " + metadata.topic());
        }
        if (metadata.grade() != null) {
            tags.add(GRADE + ": " + metadata.grade());
        }
        if (metadata.level() != null) {
            tags.add(LEVEL + ": " + label(metadata.level()));
        }
        if (metadata.difficulty() != null) {
            tags.add(DIFFICULTY + ": " + label(metadata.difficulty()));
        }
        return tags;
    }

    /** Metadata from a name, a topic (the file's category, or null) and tags, some of them of our shapes. */
    static Metadata metadata(String name, @Nullable String topic, List<String> tags) {
        Integer grade = null;
        CognitiveLevel level = null;
        Difficulty difficulty = null;
        List<String> others = new ArrayList<>();
        for (String tag : tags) {
            int colon = tag.indexOf(':');
            String label = colon < 0 ? "" : tag.substring(0, colon).strip();
            String value = colon < 0 ? "" : tag.substring(colon + 1).strip();
            if (label.equals(GRADE) && value.matches("\\d{1,2}")) {
                grade = Integer.valueOf(value);
            } else if (label.equals(LEVEL) && level(value) != null) {
                level = level(value);
            } else if (label.equals(DIFFICULTY) && difficulty(value) != null) {
                difficulty = difficulty(value);
            } else if (label.equals(TOPIC) && !value.isEmpty() && topic == null) {
                topic = value;
            } else if (!tag.isBlank()) {
                others.add(tag.strip());
            }
        }
        return new Metadata(name, grade, topic, level, difficulty, others);
    }
}
