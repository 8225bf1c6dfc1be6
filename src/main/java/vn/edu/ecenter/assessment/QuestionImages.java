package vn.edu.ecenter.assessment;

import java.util.UUID;

/**
 * Pictures of the banks' questions. A teacher uploads one in the question editor; the question names it when saved, and
 * it is shown below the question's text on the question's page, the learners' papers and the printed papers.
 */
public interface QuestionImages {

    /**
     * Keeps a picture for a question of the bank, for a teacher who may use the bank. Refused with a message naming the
     * file when it is not a PNG, JPEG, GIF or WebP image (by its content) or is larger than 2 MB.
     */
    UUID upload(UUID bankId, String fileName, byte[] content);

    /**
     * A picture, for one who may see a question showing it: the director and the teachers who may use its bank, a
     * learner (or their guardian) whose test paper shows it, a contest participant whose paper shows it.
     */
    Picture picture(UUID imageId);

    /** A picture's media type ({@code image/png} …) and bytes. */
    record Picture(String mediaType, byte[] content) {}
}
