package vn.edu.ecenter.timetable.xhstt;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A walk through an XML document one element at a time, on a StAX reader that refuses DTDs and external entities (a
 * file naming {@code file:///etc/passwd} in an entity fails instead of reading it). Every problem becomes an {@link
 * XhsttFormatException} carrying the current line.
 */
final class XmlCursor {

    private final XMLStreamReader reader;

    XmlCursor(InputStream in) {
        try {
            this.reader = safeFactory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e, 1);
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** Moves to the document's root element and checks its name. */
    void enterRoot(String expected) {
        if (!advance() || !name().equals(expected)) {
            throw error("Tệp không bắt đầu bằng phần tử <" + expected + ">");
        }
    }

    /**
     * Moves to the next child element of the element the cursor is in; false (and the cursor on that element's end) when
     * there is none.
     */
    boolean nextChild() {
        return advance();
    }

    private boolean advance() {
        try {
            while (reader.hasNext()) {
                int type = reader.next();
                if (type == XMLStreamConstants.DTD || type == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw error("Tệp XHSTT không được chứa DTD hay thực thể (<!DOCTYPE>, &...;): định dạng không"
                            + " dùng đến chúng, và chúng có thể bị lợi dụng để đọc tệp trên máy chủ");
                }
                if (type == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (type == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw malformed(e, line());
        }
    }

    String name() {
        return reader.getLocalName();
    }

    int line() {
        return reader.getLocation().getLineNumber();
    }

    @Nullable
    String attribute(String attribute) {
        return reader.getAttributeValue(null, attribute);
    }

    String requiredAttribute(String attribute) {
        String value = attribute(attribute);
        if (value == null || value.isBlank()) {
            throw error("Phần tử <" + name() + "> thiếu thuộc tính " + attribute);
        }
        return value;
    }

    /** The text of the current element, which must have no child elements; the cursor ends on its end tag. */
    String text() {
        String element = name();
        try {
            return reader.getElementText().strip();
        } catch (XMLStreamException e) {
            throw new XhsttFormatException("Phần tử <" + element + "> phải chỉ chứa văn bản", line(), e);
        }
    }

    /** The current element's text as a whole number, {@code what} naming it in the message when it is not one. */
    int integer(String what) {
        int line = line();
        String text = text();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new XhsttFormatException(what + " phải là số nguyên, không phải \"" + text + "\"", line, e);
        }
    }

    /** The current element's text as true or false. */
    boolean bool(String what) {
        int line = line();
        String text = text();
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new XhsttFormatException(what + " phải là true hoặc false, không phải \"" + text + "\"", line);
        };
    }

    /** Passes over the current element and everything in it. */
    void skip() {
        int depth = 1;
        try {
            while (depth > 0) {
                int type = reader.next();
                if (type == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e, line());
        }
    }

    /** Fails unless the cursor is on {@code element}; {@code where} names the parent in the message. */
    void expect(String element, String where) {
        if (!name().equals(element)) {
            throw unexpected(where);
        }
    }

    /** An element that has no place where it stands. */
    XhsttFormatException unexpected(String where) {
        return error("Phần tử <" + name() + "> không được hỗ trợ trong " + where);
    }

    XhsttFormatException error(String problem) {
        return new XhsttFormatException(problem, line());
    }

    private static XhsttFormatException malformed(XMLStreamException e, int fallbackLine) {
        int line = e.getLocation() == null ? fallbackLine : e.getLocation().getLineNumber();
        String detail = String.valueOf(e.getMessage());
        int message = detail.indexOf("Message: ");
        return new XhsttFormatException(
                "Tệp XHSTT không phải là XML hợp lệ: " + (message < 0 ? detail : detail.substring(message + 9)),
                line,
                e);
    }
}
