package vn.edu.ecenter.assessment;

import java.util.List;

/**
 * What importing a file into a bank did: how many questions were added (each waiting for review) and rejected, why each
 * rejected one was, what was approximated in the ones added, and notices about the file as a whole. All in Vietnamese.
 */
public record ImportOutcome(
        int imported, int rejected, List<ItemMessage> errors, List<ItemMessage> notes, List<String> notices) {

    public ImportOutcome {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
        notices = List.copyOf(notices);
    }

    /** A question of the file, named as its author finds it, and what is said of it. */
    public record ItemMessage(String item, String message) {}
}
