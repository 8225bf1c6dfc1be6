package vn.edu.ecenter.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.Flaw;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionCheck;
import vn.edu.ecenter.assessment.questions.QuestionSpec;

/**
 * What an import found, one entry per question in the file's order, and notices about the file as a whole (example rows
 * skipped, package parts that are not questions).
 */
public record ImportResult(List<Entry> entries, List<String> notices) {

    public ImportResult {
        entries = List.copyOf(entries);
        notices = List.copyOf(notices);
    }

    /**
     * A question of the file, named the way its author finds it ("Câu 3 (dòng 12): Thủ đô của …", a GIFT title, a
     * Moodle name, a QTI identifier, "Dòng 7: …" of the Excel template).
     */
    public sealed interface Entry {
        String item();
    }

    /** A question read, with what had to be approximated (in Vietnamese); empty notes mean nothing was lost. */
    public record Imported(
            String item,
            QuestionSpec spec,
            List<String> notes,
            @Nullable Picture picture) implements Entry {
        public Imported {
            notes = List.copyOf(notes);
        }

        public Imported(String item, QuestionSpec spec, List<String> notes) {
            this(item, spec, notes, null);
        }
    }

    /**
     * The picture an imported question's text embedded (its first image), already known to be a PNG, JPEG, GIF or WebP
     * of at most 2 MB; {@code name} is what the file called it (its alternative text).
     */
    public record Picture(String name, byte[] content) {}

    /** A question not read, and why (in Vietnamese). */
    public record Rejected(String item, String message) implements Entry {}

    public List<Imported> imported() {
        return entries.stream()
                .filter(Imported.class::isInstance)
                .map(Imported.class::cast)
                .toList();
    }

    public List<Rejected> rejected() {
        return entries.stream()
                .filter(Rejected.class::isInstance)
                .map(Rejected.class::cast)
                .toList();
    }

    /** The question if it has no flaw; else a rejection listing its flaws in the model's own words. */
    static Entry checked(String item, Question question, Metadata metadata, List<String> notes) {
        return checked(item, question, metadata, notes, null);
    }

    /** As {@link #checked(String, Question, Metadata, List)}, with the picture the question's text embedded. */
    static Entry checked(
            String item, Question question, Metadata metadata, List<String> notes, @Nullable Picture picture) {
        List<Flaw> flaws = QuestionCheck.flaws(question);
        if (!flaws.isEmpty()) {
            List<String> messages = new ArrayList<>();
            flaws.forEach(flaw -> messages.add(flaw.message(Wording.VIETNAMESE)));
            return new Rejected(item, String.join(" ", messages));
        }
        Integer grade = metadata.grade();
        if (grade != null && !Metadata.inProgramme(grade)) {
            return new Rejected(
                    item,
                    Wording.text("assessment.exchange.grade", grade, Metadata.LOWEST_GRADE, Metadata.HIGHEST_GRADE));
        }
        return new Imported(item, new QuestionSpec(question, metadata), notes, picture);
    }
}
