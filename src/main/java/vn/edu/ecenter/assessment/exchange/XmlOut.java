package vn.edu.ecenter.assessment.exchange;

import java.io.ByteArrayOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** An XML document being written: elements added in order, then serialised as indented UTF-8. */
final class XmlOut {

    final Document document;
    private final @Nullable String namespace;

    XmlOut(String root, @Nullable String namespace) {
        try {
            var factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        this.namespace = namespace;
        document.appendChild(create(root));
    }

    Element root() {
        return document.getDocumentElement();
    }

    private Element create(String name) {
        return namespace == null ? document.createElement(name) : document.createElementNS(namespace, name);
    }

    Element add(Element parent, String name) {
        Element child = create(name);
        parent.appendChild(child);
        return child;
    }

    Element add(Element parent, String name, String text) {
        Element child = add(parent, name);
        child.setTextContent(text);
        return child;
    }

    /** Indented; for documents whose text never sits beside elements (Moodle XML, the manifest). */
    byte[] bytes() {
        return bytes(true);
    }

    /**
     * @param indent false for mixed content (QTI's item bodies), where an indenting serialiser would add white space to
     *     the text
     */
    byte[] bytes(boolean indent) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
    }
}
