package vn.edu.ecenter.timetable.fet;

import java.util.List;

/**
 * An XML element of a FET file as read: name, text (without surrounding white space; empty when it has children) and
 * child elements, with the line it started on for error messages. Constraints the model does not know are kept in
 * this form.
 */
public record FetElement(String name, String text, List<FetElement> children, int line) {

    public FetElement {
        children = List.copyOf(children);
    }

    /** A leaf element, as the writer builds them (line 0: not read from a file). */
    static FetElement leaf(String name, String text) {
        return new FetElement(name, text, List.of(), 0);
    }

    static FetElement parent(String name, List<FetElement> children) {
        return new FetElement(name, "", children, 0);
    }

    /** This element with every line set to 0, as kept in the model: where it was read is not part of its content. */
    FetElement withoutLines() {
        return new FetElement(
                name, text, children.stream().map(FetElement::withoutLines).toList(), 0);
    }
}
