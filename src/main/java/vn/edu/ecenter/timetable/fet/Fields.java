package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the child elements of one FET element as text, numbers and booleans, failing in Vietnamese. */
final class Fields {

    private static final Set<String> TRUE = Set.of("true", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "0");

    private final FetElement element;

    Fields(FetElement element) {
        this.element = element;
    }

    FetElement element() {
        return element;
    }

    Optional<FetElement> child(String name) {
        return element.children().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    List<FetElement> all(String name) {
        return element.children().stream().filter(c -> c.name().equals(name)).toList();
    }

    List<String> texts(String name) {
        return all(name).stream().map(FetElement::text).toList();
    }

    FetElement required(String name) {
        return child(name)
                .orElseThrow(() ->
                        new FetFormatException("Thiếu phần tử <" + name + "> trong <" + element.name() + ">", element));
    }

    String text(String name) {
        return required(name).text();
    }

    String textOr(String name, String absent) {
        return child(name).map(FetElement::text).orElse(absent);
    }

    int integer(String name) {
        return integer(required(name));
    }

    int integerOr(String name, int absent) {
        return child(name).map(Fields::integer).orElse(absent);
    }

    boolean bool(String name, boolean absent) {
        return child(name).map(Fields::bool).orElse(absent);
    }

    double decimal(String name) {
        FetElement child = required(name);
        try {
            return Double.parseDouble(child.text().strip());
        } catch (NumberFormatException e) {
            throw new FetFormatException("Giá trị «" + child.text() + "» không phải là số", child);
        }
    }

    static int integer(FetElement child) {
        try {
            return Integer.parseInt(child.text().strip());
        } catch (NumberFormatException e) {
            throw new FetFormatException("Giá trị «" + child.text() + "» không phải là số nguyên", child);
        }
    }

    static boolean bool(FetElement child) {
        String text = child.text().strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return true;
        }
        if (FALSE.contains(text)) {
            return false;
        }
        throw new FetFormatException("Giá trị «" + child.text() + "» không phải là true hoặc false", child);
    }

    /** The elements named {@code name}, checked against the count the file declares in {@code countName}. */
    List<FetElement> counted(String countName, String name) {
        List<FetElement> found = all(name);
        int declared = integerOr(countName, found.size());
        if (declared != found.size()) {
            throw new FetFormatException(
                    "<" + countName + "> khai báo " + declared + " nhưng có " + found.size() + " phần tử <" + name
                            + ">",
                    element);
        }
        return found;
    }
}
