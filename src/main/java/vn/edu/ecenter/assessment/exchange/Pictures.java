package vn.edu.ecenter.assessment.exchange;

import java.util.Base64;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.exchange.ImportResult.Picture;
import vn.edu.ecenter.assessment.questions.QuestionImage;

/**
 * The images met in the HTML texts of one imported question. A question has at most one picture, shown below its
 * text: the first image of its text that is an embedded PNG, JPEG, GIF or WebP (known by its first bytes, as an upload
 * is) of at most 2 MB becomes it and leaves nothing in the text. Any other image leaves {@value #MARK} where it was, and
 * a note says why it was not kept.
 */
final class Pictures {

    static final String MARK = "[hình]";

    private final Consumer<String> note;
    private @Nullable Picture picture;
    private int count;

    Pictures(Consumer<String> note) {
        this.note = note;
    }

    /** The question's text as plain text; its first usable image becomes the picture. */
    String stem(String text) {
        return HtmlText.looksLikeHtml(text) ? HtmlText.text(text, (src, alt) -> image(src, alt, true)) : text;
    }

    /** Another text of the question (an option, a feedback, a statement) as plain text; its images are not kept. */
    String other(String text) {
        return HtmlText.looksLikeHtml(text) ? HtmlText.text(text, (src, alt) -> image(src, alt, false)) : text;
    }

    @Nullable
    Picture picture() {
        return picture;
    }

    private String image(String src, String alt, boolean mayKeep) {
        count++;
        String label = alt.isBlank() ? Wording.text("assessment.exchange.picture.number", count) : alt.strip();
        if (!src.regionMatches(true, 0, "data:", 0, 5)) {
            if (src.contains("://")) {
                note.accept(Wording.text("assessment.exchange.note.pictureOutside", label, src));
            }
            // else: a file of the package the reader did not find, already noted as missing
            return MARK;
        }
        byte[] bytes = decoded(src);
        String type = bytes == null ? null : QuestionImage.mediaType(bytes);
        if (type == null) {
            note.accept(Wording.text("assessment.exchange.note.pictureType", label));
            return MARK;
        }
        if (bytes.length > QuestionImage.LARGEST) {
            note.accept(Wording.text(
                    "assessment.exchange.note.pictureLarge",
                    label,
                    (bytes.length + 1023) / 1024,
                    QuestionImage.LARGEST / 1024));
            return MARK;
        }
        if (!mayKeep || picture != null) {
            note.accept(Wording.text("assessment.exchange.note.pictureExtra", label));
            return MARK;
        }
        picture = new Picture(label, bytes);
        return "";
    }

    /** The bytes of a base64 data URI; null if it is not one or not valid. */
    private static byte @Nullable [] decoded(String uri) {
        int comma = uri.indexOf(',');
        if (comma < 0 || !uri.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(uri.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
