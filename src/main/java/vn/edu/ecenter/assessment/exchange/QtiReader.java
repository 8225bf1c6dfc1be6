package vn.edu.ecenter.assessment.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.edu.ecenter.assessment.exchange.ImportResult.Entry;
import vn.edu.ecenter.assessment.questions.QuestionImage;

/**
 * Reads QTI 2.1: a single {@code assessmentItem} file, or a content package (a zip with {@code imsmanifest.xml}) whose
 * item resources are read in the manifest's order, with the LOM keywords of each resource as its metadata ({@link
 * Tags}). An item the manifest names but the package lacks, or whose XML is broken, is rejected alone.
 */
final class QtiReader {

    private QtiReader() {}

    static ImportResult read(byte[] content) {
        if (SafeZip.looksLikeZip(content)) {
            return pack(SafeZip.unpack(content));
        }
        Document document = SafeXml.parse(content, "QTI");
        Element root = document.getDocumentElement();
        String name = SafeXml.name(root);
        if (name.equals("assessmentItem")) {
            return new ImportResult(List.of(new QtiItem(root, "", Map.of()).entry(List.of())), List.of());
        }
        if (name.equals("questestinterop")) {
            throw UnreadableFile.of("assessment.exchange.qti.version12");
        }
        throw UnreadableFile.of("assessment.exchange.qti.notItem", name);
    }

    private static ImportResult pack(Map<String, byte[]> files) {
        String manifestPath = files.keySet().stream()
                .filter(p -> p.equals("imsmanifest.xml") || p.endsWith("/imsmanifest.xml"))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .orElseThrow(() -> UnreadableFile.of("assessment.exchange.qti.noManifest"));
        String base = manifestPath.substring(0, manifestPath.length() - "imsmanifest.xml".length());
        Element manifest =
                SafeXml.parse(files.get(manifestPath), "imsmanifest.xml").getDocumentElement();
        List<Entry> entries = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        int others = 0;
        for (Element resource : SafeXml.descendants(manifest, "resource")) {
            String type = resource.getAttribute("type");
            String identifier = resource.getAttribute("identifier");
            if (!type.startsWith("imsqti_item_xmlv2p")) {
                others += type.startsWith("imsqti") ? 1 : 0;
                continue;
            }
            String href = resource.getAttribute("href");
            if (href.isEmpty() && SafeXml.child(resource, "file") != null) {
                href = SafeXml.child(resource, "file").getAttribute("href");
            }
            String path = normalise(base + href);
            byte[] item = files.get(path);
            if (item == null || SafeZip.unsafe(href)) {
                entries.add(new ImportResult.Rejected(
                        identifier, Wording.text("assessment.exchange.qti.missingFile", href)));
                continue;
            }
            try {
                Element root = SafeXml.parse(item, href).getDocumentElement();
                if (!SafeXml.name(root).equals("assessmentItem")) {
                    entries.add(new ImportResult.Rejected(
                            identifier, Wording.text("assessment.exchange.qti.notItem", SafeXml.name(root))));
                    continue;
                }
                String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                entries.add(new QtiItem(root, folder, files).entry(keywords(resource)));
            } catch (UnreadableFile e) {
                entries.add(new ImportResult.Rejected(identifier, e.getMessage()));
            }
        }
        if (others > 0) {
            notices.add(Wording.text("assessment.exchange.qti.otherResources", others));
        }
        if (entries.isEmpty()) {
            notices.add(Wording.text("assessment.exchange.qti.noItems"));
        }
        return new ImportResult(entries, notices);
    }

    private static List<String> keywords(Element resource) {
        List<String> keywords = new ArrayList<>();
        for (Element keyword : SafeXml.descendants(resource, "keyword")) {
            List<Element> strings = SafeXml.children(keyword, "string");
            if (strings.isEmpty()) {
                keywords.add(keyword.getTextContent().strip());
            } else {
                strings.forEach(s -> keywords.add(s.getTextContent().strip()));
            }
        }
        return keywords;
    }

    /** A path inside the package with "./" and "a/../" resolved; what would leave the package stays unresolved. */
    static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.getLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    static @Nullable String dataUri(String src, String folder, Map<String, byte[]> files) {
        String path = normalise(folder + src);
        byte[] image = files.get(path);
        if (image == null || path.startsWith("..")) {
            return null;
        }
        // Known by its first bytes, as an upload is; an SVG (not kept as a picture, noted) by its name.
        String type = QuestionImage.mediaType(image);
        if (type == null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            type = "image/svg+xml";
        }
        return type == null
                ? null
                : "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(image);
    }
}
