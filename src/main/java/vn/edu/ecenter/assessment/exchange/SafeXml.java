package vn.edu.ecenter.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses question files into DOM trees without DTDs, external entities or XInclude: none of the formats needs them,
 * and refusing them closes XXE (a file reading {@code /etc/passwd} or a URL) and entity expansion ("billion laughs").
 * Elements are found by local name, so that QTI's namespaces and Moodle's lack of them read alike.
 */
final class SafeXml {

    private SafeXml() {}

    static Document parse(byte[] content, String what) {
        String start = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        if (start.contains("<!DOCTYPE") || start.contains("<!ENTITY")) {
            throw UnreadableFile.of("assessment.exchange.file.doctype", what);
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Silent());
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw UnreadableFile.of("assessment.exchange.file.doctype", what);
            }
            throw new UnreadableFile(
                    Wording.text("assessment.exchange.file.notXml", what, e.getLineNumber(), e.getMessage()), e);
        } catch (SAXException | IOException e) {
            throw new UnreadableFile(Wording.text("assessment.exchange.file.notXml", what, 0, e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser refuses the safe settings", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The child elements of that local name, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name(e).equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    static @Nullable Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Every descendant element of that local name, in document order. */
    static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    /** The text of a child element, or "" when it is absent. */
    static String childText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? "" : child.getTextContent();
    }

    static String name(Element element) {
        String local = element.getLocalName();
        return local != null ? local : element.getTagName();
    }

    private static final class Silent implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
