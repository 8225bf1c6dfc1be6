package vn.edu.ecenter.timetable;

import java.util.List;

/**
 * What an import of a FET file does (preview) or did (applied): per kind of record, how many items of the file matched
 * the centre's, were created and were skipped; then the problems (what was not imported, or needs the user's
 * attention) and the notes (what was done beyond matching), each a sentence in the reader's language naming the item.
 */
public record FetImportReport(boolean applied, List<Tally> tallies, List<String> problems, List<String> notes) {

    public FetImportReport {
        tallies = List.copyOf(tallies);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** The kinds of records an import touches, in the order the report lists them. */
    public enum Kind {
        SUBJECTS,
        TEACHERS,
        CLASSES,
        ASSIGNMENTS,
        ROOMS,
        BUSY_SLOTS,
        CONSTRAINTS
    }

    /** Items of one kind: matched to the centre's, created (or re-assigned), skipped. */
    public record Tally(Kind kind, int matched, int created, int skipped) {}

    public Tally tally(Kind kind) {
        return tallies.stream().filter(t -> t.kind() == kind).findFirst().orElse(new Tally(kind, 0, 0, 0));
    }
}
