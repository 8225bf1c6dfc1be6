package vn.edu.ecenter.timetable.fet;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a FET element tree laid out as FET does: the lists and the items in them at the left margin, a blank line
 * after each list, the items' fields indented by tabs.
 */
final class XmlTreeWriter {

    /** The version FET checks to decide how to read a file; the layout and content follow FET 6.8.5. */
    static final String FET_VERSION = "6.8.5";

    private final XMLStreamWriter xml;

    private XmlTreeWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(FetElement root, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n\n");
            xml.writeStartElement(root.name());
            xml.writeAttribute("version", FET_VERSION);
            xml.writeCharacters("\n\n");
            XmlTreeWriter writer = new XmlTreeWriter(xml);
            for (FetElement child : root.children()) {
                writer.element(child, 0);
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the FET file", e);
        }
    }

    /** Depth 0 are the lists, depth 1 their items, both at the margin; deeper elements are indented. */
    private void element(FetElement element, int depth) throws XMLStreamException {
        xml.writeCharacters("\t".repeat(Math.max(0, depth - 1)));
        xml.writeStartElement(element.name());
        if (element.children().isEmpty()) {
            xml.writeCharacters(element.text());
        } else {
            xml.writeCharacters("\n");
            for (FetElement child : element.children()) {
                element(child, depth + 1);
            }
            xml.writeCharacters("\t".repeat(Math.max(0, depth - 1)));
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
