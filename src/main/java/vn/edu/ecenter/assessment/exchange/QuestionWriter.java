package vn.edu.ecenter.assessment.exchange;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.QuestionSpec;

/** Writes questions to a file of another system: Moodle XML or a QTI 2.1 content package. */
public final class QuestionWriter {

    private QuestionWriter() {}

    /**
     * The file, and what it could not represent.
     *
     * @param losses one line per thing lost, naming the question ("Câu 2 (Hàm số bậc hai): …"), in Vietnamese
     */
    public record Export(byte[] content, List<String> losses) {
        public Export {
            losses = List.copyOf(losses);
        }
    }

    /**
     * @throws IllegalArgumentException for a format that is only read (GIFT, Aiken, Excel)
     */
    public static Export write(QuestionFormat format, List<QuestionSpec> specs) {
        return write(format, specs, id -> null);
    }

    /**
     * As {@link #write(QuestionFormat, List)}, with the questions' pictures by id: Moodle XML embeds each as the
     * question text's image; a QTI package holds each as a file its item shows below the text.
     *
     * @throws IllegalArgumentException for a format that is only read (GIFT, Aiken, Excel)
     */
    public static Export write(
            QuestionFormat format, List<QuestionSpec> specs, Function<UUID, byte @Nullable []> pictures) {
        return switch (format) {
            case MOODLE_XML -> MoodleXmlWriter.write(specs, pictures);
            case QTI21 -> QtiWriter.write(specs, pictures);
            default -> throw new IllegalArgumentException("Questions are not written as " + format);
        };
    }

    /** The file name an export is offered under. */
    public static String fileName(QuestionFormat format) {
        return format == QuestionFormat.QTI21 ? "cau-hoi-qti21.zip" : "cau-hoi-moodle.xml";
    }
}
