package vn.edu.ecenter.assessment.exchange;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A text field of Moodle XML ({@code <questiontext format="html"><text>…</text><file …/></questiontext>}) as we keep
 * it: the text, with the images Moodle embeds as {@code <file encoding="base64">} put back into it as data URIs, then
 * turned from HTML into plain text (see {@link Pictures}). A file that is not an image, or an image the text names but
 * the file lacks, is dropped with a note.
 */
final class MoodleText {

    static final String PLUGINFILE = "@@PLUGINFILE@@/";

    private static final Map<String, String> IMAGES = Map.of(
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "gif", "image/gif",
            "svg", "image/svg+xml",
            "webp", "image/webp");

    private MoodleText() {}

    /**
     * The field's text, its HTML ({@code format="html"}, the default, or {@code moodle_auto_format}, whose line breaks
     * count) turned into plain text by {@code plain}; plain text and Markdown are kept as written.
     */
    static String read(@Nullable Element field, List<String> notes, UnaryOperator<String> plain) {
        if (field == null) {
            return "";
        }
        String text = read(field, notes);
        String format = field.getAttribute("format");
        if (format.equals("plain_text") || format.equals("markdown")) {
            return text;
        }
        if (format.equals("moodle_auto_format") && HtmlText.looksLikeHtml(text)) {
            text = text.replace("\n", "<br>");
        }
        return plain.apply(text);
    }

    private static String read(Element field, List<String> notes) {
        String text = SafeXml.childText(field, "text").strip();
        for (Element file : SafeXml.children(field, "file")) {
            String name = file.getAttribute("name");
            String path = file.getAttribute("path").isEmpty() ? "/" : file.getAttribute("path");
            String reference = PLUGINFILE + (path.equals("/") ? "" : path.substring(1)) + name;
            String encoded = PLUGINFILE
                    + (path.equals("/") ? "" : path.substring(1))
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
            String extension = name.contains(".")
                    ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            String type = IMAGES.get(extension);
            if (type == null || !"base64".equals(file.getAttribute("encoding"))) {
                notes.add(Wording.text("assessment.exchange.note.fileDropped", name));
                continue;
            }
            String uri = "data:" + type + ";base64," + file.getTextContent().replaceAll("\\s+", "");
            text = text.replace(encoded, uri).replace(reference, uri);
        }
        int left = text.indexOf(PLUGINFILE);
        if (left >= 0) {
            int end = left + PLUGINFILE.length();
            while (end < text.length() && "\"' >".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            notes.add(Wording.text(
                    "assessment.exchange.note.fileMissing", text.substring(left + PLUGINFILE.length(), end)));
        }
        return text;
    }
}
