package vn.edu.ecenter.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The XHTML of a QTI item body as our texts keep it: without the interactions, rubric blocks and units (read
 * elsewhere), as plain text ({@link HtmlText}), its first image of the package (made a data URI) the item's picture
 * ({@link Pictures}); an image the package lacks is noted.
 */
final class QtiHtml {

    private final String folder;
    private final Map<String, byte[]> files;
    private final Consumer<String> note;
    private final Pictures pictures;

    QtiHtml(String folder, Map<String, byte[]> files, Consumer<String> note) {
        this.folder = folder;
        this.files = files;
        this.note = note;
        this.pictures = new Pictures(note);
    }

    /** The picture the item's text embedded, if any. */
    ImportResult.@Nullable Picture picture() {
        return pictures.picture();
    }

    /** An element's content as plain text: part of the item's text ({@code stem}, may give its picture) or not. */
    String text(Element element, boolean stem) {
        String content = content(element, true).strip();
        if (SafeXml.children(element).isEmpty()) {
            return content;
        }
        return stem ? pictures.stem(content) : pictures.other(content);
    }

    /** A text built of HTML (a cloze text) as plain text, its first image the item's picture. */
    String plain(String html) {
        return pictures.stem(html);
    }

    static boolean hasClass(Element element, String name) {
        return List.of(element.getAttribute("class").split("\\s+")).contains(name);
    }

    /**
     * The stem: the item body without its interactions, rubric blocks, unit and the elements set aside. A lone
     * paragraph or division of plain text (what our export writes) is that text; anything richer is turned into plain
     * text ({@link HtmlText}), its first usable image the item's picture.
     */
    String stem(Element body, Set<Element> aside) {
        List<Node> parts = new ArrayList<>();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (aside.contains(e) || skipped(e) || empty(e))) {
                continue;
            }
            if (n instanceof Text t && t.getData().isBlank()) {
                continue;
            }
            parts.add(n);
        }
        if (parts.size() == 1
                && parts.getFirst() instanceof Element only
                && Set.of("p", "div").contains(SafeXml.name(only))
                && SafeXml.children(only).stream().allMatch(QtiHtml::skipped)) {
            StringBuilder text = new StringBuilder();
            for (Node n = only.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Text t) {
                    text.append(t.getData());
                }
            }
            return text.toString().strip();
        }
        StringBuilder html = new StringBuilder();
        for (Node n : parts) {
            html.append(n instanceof Element e ? outer(e) : escape(n.getTextContent()));
        }
        return pictures.stem(html.toString().strip());
    }

    private boolean empty(Element e) {
        return !SafeXml.name(e).equals("img")
                && SafeXml.descendants(e, "img").isEmpty()
                && content(e, false).isBlank();
    }

    private static boolean skipped(Element e) {
        String name = SafeXml.name(e);
        return name.endsWith("Interaction")
                || name.equals("rubricBlock")
                || (name.equals("span") && hasClass(e, Qti.UNIT_CLASS));
    }

    private String outer(Element e) {
        if (Set.of("img", "br", "hr").contains(SafeXml.name(e))) {
            return open(e);
        }
        return open(e) + content(e, false) + "</" + SafeXml.name(e) + ">";
    }

    /** The content of an element as HTML, without its interactions; with {@code textOnly}, plain text if it is. */
    String content(Element element, boolean textOnly) {
        if (textOnly && SafeXml.children(element).isEmpty()) {
            return element.getTextContent();
        }
        StringBuilder out = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                out.append(escape(t.getData()));
            } else if (n instanceof Element e && !skipped(e) && !SafeXml.name(e).equals("prompt")) {
                out.append(outer(e));
            }
        }
        return out.toString();
    }

    String open(Element e) {
        StringBuilder out = new StringBuilder("<").append(SafeXml.name(e));
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (name.startsWith("xmlns") || a.getNodeName().startsWith("xmlns")) {
                continue;
            }
            String value = a.getNodeValue();
            if (SafeXml.name(e).equals("img") && name.equals("src") && !value.startsWith("data:")) {
                String uri = QtiReader.dataUri(value, folder, files);
                if (uri == null) {
                    note.accept(Wording.text("assessment.exchange.note.fileMissing", value));
                } else {
                    value = uri;
                }
            }
            out.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(escape(value).replace("\"", "&quot;"))
                    .append('"');
        }
        return out.append('>').toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
