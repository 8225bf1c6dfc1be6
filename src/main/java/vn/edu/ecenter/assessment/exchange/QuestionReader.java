package vn.edu.ecenter.assessment.exchange;

/**
 * Reads a file of questions: each question is imported (with notes on what was approximated) or rejected (with why),
 * in the file's order; a question with flaws ({@link vn.edu.ecenter.assessment.questions.QuestionCheck}) is rejected
 * with them.
 */
public final class QuestionReader {

    /** The largest file read (a bank of thousands of questions with a few images). */
    public static final int MAX_SIZE = 20 * 1024 * 1024;

    private QuestionReader() {}

    /**
     * @throws UnreadableFile when the file cannot be read at all: empty, too big, not of the format, unsafe
     */
    public static ImportResult read(QuestionFormat format, byte[] file) {
        if (file.length == 0) {
            throw UnreadableFile.of("assessment.exchange.file.empty");
        }
        if (file.length > MAX_SIZE) {
            throw UnreadableFile.of("assessment.exchange.file.tooLarge", MAX_SIZE / (1024 * 1024));
        }
        return switch (format) {
            case GIFT -> GiftReader.read(file);
            case AIKEN -> AikenReader.read(file);
            case MOODLE_XML -> MoodleXmlReader.read(file);
            case QTI21 -> QtiReader.read(file);
            case XLSX -> TemplateReader.read(file);
        };
    }
}
