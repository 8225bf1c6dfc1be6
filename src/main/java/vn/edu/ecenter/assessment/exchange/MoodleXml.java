package vn.edu.ecenter.assessment.exchange;

/** What Moodle XML's reader and writer agree on beyond Moodle's own format. */
final class MoodleXml {

    /**
     * The tag of a four-statement true/false question (Part II of the national exam), which Moodle has no type for: it
     * is written as a Cloze ({@code multianswer}) with the stem, then one line per statement, {@code a) text
     * {1:MULTICHOICE:%100%Đúng~%0%Sai}}, so that Moodle shows it and marks each statement, and this tag tells our
     * reader to read it back as a four-statement question.
     */
    static final String STATEMENTS_TAG = "Đúng/sai 4 ý";

    private MoodleXml() {}
}
