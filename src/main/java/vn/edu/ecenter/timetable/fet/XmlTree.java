package vn.edu.ecenter.timetable.fet;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an XML file into {@link FetElement}s with the JDK's StAX parser, refusing DTDs and entity references: a .fet
 * file has neither, and refusing them closes XXE (external entities reading local files or URLs) and entity-expansion
 * attacks.
 */
final class XmlTree {

    private XmlTree() {}

    static FetElement read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        @Nullable XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            return root(xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new FetFormatException("Tệp không đúng cú pháp XML: " + detail(e), null, line);
        } finally {
            close(xml);
        }
    }

    private static FetElement root(XMLStreamReader xml) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        while (xml.hasNext()) {
            int event = xml.next();
            int line = xml.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.DTD ->
                    throw new FetFormatException("Tệp FET không được có khai báo DOCTYPE", "!DOCTYPE", line);
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new FetFormatException(
                            "Tệp FET không được dùng thực thể XML &" + xml.getLocalName() + ";", null, line);
                case XMLStreamConstants.START_ELEMENT -> open.push(new Builder(xml.getLocalName(), line));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    FetElement done = open.pop().build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().children.add(done);
                }
                default -> {
                    // comments and processing instructions carry nothing FET reads
                }
            }
        }
        throw new FetFormatException("Tệp rỗng, không có phần tử XML nào", null, 0);
    }

    private static String detail(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()) : message;
    }

    private static void close(@Nullable XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was kept open that closing could lose
            }
        }
    }

    private static final class Builder {
        final String name;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<FetElement> children = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }

        FetElement build() {
            return new FetElement(name, children.isEmpty() ? text.toString() : "", children, line);
        }
    }
}
