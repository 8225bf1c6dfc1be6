package vn.edu.ecenter.timetable.xhstt;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes indented XML, one element per line, on a StAX writer (which escapes text and attributes). */
final class XmlOut {

    private final XMLStreamWriter writer;
    private int depth;

    XmlOut(OutputStream out) {
        try {
            this.writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    void open(String element) {
        run(() -> {
            newLine();
            writer.writeStartElement(element);
        });
        depth++;
    }

    void open(String element, String idAttribute, String id) {
        open(element);
        run(() -> writer.writeAttribute(idAttribute, id));
    }

    void close() {
        depth--;
        run(() -> {
            newLine();
            writer.writeEndElement();
        });
    }

    /** {@code <element>text</element>}. */
    void text(String element, Object text) {
        run(() -> {
            newLine();
            writer.writeStartElement(element);
            writer.writeCharacters(String.valueOf(text));
            writer.writeEndElement();
        });
    }

    /** {@code <element Reference="id"/>}. */
    void reference(String element, String id) {
        run(() -> {
            newLine();
            writer.writeEmptyElement(element);
            writer.writeAttribute("Reference", id);
        });
    }

    /** {@code <list><element Reference=.../>...</list>}, nothing when there are none. */
    void references(String list, String element, int[] indices, IntFunction<String> ids) {
        if (indices.length > 0) {
            open(list);
            for (int index : indices) {
                reference(element, ids.apply(index));
            }
            close();
        }
    }

    void finish() {
        run(() -> {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
        });
    }

    private void newLine() throws XMLStreamException {
        writer.writeCharacters("\n" + "\t".repeat(depth));
    }

    private void run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Không ghi được XML", e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
