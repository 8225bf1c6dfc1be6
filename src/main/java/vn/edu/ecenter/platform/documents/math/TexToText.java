package vn.edu.ecenter.platform.documents.math;

import java.util.Map;
import java.util.Set;

/**
 * A TeX formula as one line of plain Unicode text, for places that can show nothing else (a drop-down list's
 * options): {@code \frac{a+1}{2}} → (a+1)/2, {@code \sqrt{x}} → √x, {@code x^{2}} → x², Greek letters, relations,
 * ℝ … as their characters; a command it does not know stays as written. Best effort: what cannot be drawn in one line
 * is written out, never dropped.
 */
final class TexToText {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUPERSCRIPT_OF = "0123456789+-=()ni";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓ";
    private static final String SUBSCRIPT_OF = "0123456789+-=()aeox";

    private static final Set<String> SPACES = Set.of(",", ";", ":", " ", "quad", "qquad", "enspace");
    private static final Set<String> AS_IS = Set.of("{", "}", "%", "$", "&", "_", "#", "|");
    private static final Set<String> TEXT = Set.of(
            "text", "textrm", "textbf", "textit", "mathrm", "mathbf", "mathit", "mathsf", "operatorname", "boldsymbol");
    private static final Map<String, String> DELIMITERS = Map.of(
            "{", "{", "}", "}", "|", "‖", "langle", "⟨", "rangle", "⟩", "lfloor", "⌊", "rfloor", "⌋", "lceil", "⌈",
            "rceil", "⌉");
    private static final Set<String> DOTS = Set.of("dots", "cdots", "ldots", "vdots");

    private final String tex;
    private int at;

    private TexToText(String tex) {
        this.tex = tex;
    }

    static String convert(String tex) {
        var converter = new TexToText(tex);
        String text = converter.sequence();
        return text.strip();
    }

    /** Reads up to the end or a closing brace (which it leaves). */
    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < tex.length() && tex.charAt(at) != '}') {
            char c = tex.charAt(at);
            if (c == '^' || c == '_') {
                at++;
                out.append(script(argument(), c == '^'));
            } else {
                out.append(atom());
            }
        }
        return out.toString();
    }

    /** One atom: a group, a command, or a character. */
    private String atom() {
        char c = tex.charAt(at);
        if (c == '{') {
            at++;
            String group = sequence();
            if (at < tex.length()) {
                at++; // the closing brace
            }
            return group;
        }
        if (c == '\\') {
            return command();
        }
        at++;
        if (Character.isWhitespace(c)) {
            return "";
        }
        return c == '~' ? " " : String.valueOf(c);
    }

    /** The argument of a script or command: a group, a command, or one character (spaces before it skipped). */
    private String argument() {
        while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
            at++;
        }
        return at < tex.length() && tex.charAt(at) != '}' ? atom() : "";
    }

    private String command() {
        at++; // the backslash
        if (at >= tex.length()) {
            return "\\";
        }
        int from = at;
        if (Character.isLetter(tex.charAt(at))) {
            while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
                at++;
            }
        } else {
            at++;
        }
        String name = tex.substring(from, at);
        return switch (name) {
            case "frac", "dfrac", "tfrac" -> {
                String numerator = argument();
                String denominator = argument();
                yield wrapped(numerator) + "/" + wrapped(denominator);
            }
            case "sqrt" -> {
                String index = optional();
                String radicand = argument();
                yield (index.isEmpty() ? "" : script(index, true)) + "√" + wrapped(radicand);
            }
            case "mathbb" -> {
                StringBuilder letters = new StringBuilder();
                for (char letter : argument().toCharArray()) {
                    letters.append(TexToXhtml.DOUBLE_STRUCK.getOrDefault(letter, String.valueOf(letter)));
                }
                yield letters.toString();
            }
            case "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr" -> delimiter();
            case "\\" -> "; ";
            default -> named(name);
        };
    }

    private String named(String name) {
        if (TEXT.contains(name)) {
            return argument();
        }
        if (SPACES.contains(name)) {
            return " ";
        }
        if (AS_IS.contains(name)) {
            return name;
        }
        if (DOTS.contains(name)) {
            return "…";
        }
        if (TexToXhtml.FUNCTIONS.contains(name)) {
            return name + " ";
        }
        String symbol = TexToXhtml.GREEK.getOrDefault(
                name, TexToXhtml.SYMBOLS.getOrDefault(name, TexToXhtml.BIG_OPERATORS.get(name)));
        return symbol != null ? symbol : "\\" + name;
    }

    /** The delimiter after \left, \right …: "." is none. */
    private String delimiter() {
        while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
            at++;
        }
        if (at >= tex.length()) {
            return "";
        }
        char c = tex.charAt(at);
        if (c == '.') {
            at++;
            return "";
        }
        if (c != '\\') {
            at++;
            return String.valueOf(c);
        }
        int from = at + 1;
        at = from;
        while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
            at++;
        }
        if (at == from && at < tex.length()) {
            at++;
        }
        String name = tex.substring(from, at);
        return DELIMITERS.getOrDefault(name, "\\" + name);
    }

    /** An optional argument in brackets ({@code \sqrt[3]{x}}), or "". */
    private String optional() {
        if (at >= tex.length() || tex.charAt(at) != '[') {
            return "";
        }
        int close = tex.indexOf(']', at);
        if (close < 0) {
            return "";
        }
        String inside = convert(tex.substring(at + 1, close));
        at = close + 1;
        return inside;
    }

    /** A superscript or subscript in Unicode's small characters when it has them all, else ^(…) or _(…). */
    private static String script(String text, boolean sup) {
        if (sup && (text.equals("∘") || text.equals("°"))) {
            return "°";
        }
        String from = sup ? SUPERSCRIPT_OF : SUBSCRIPT_OF;
        String to = sup ? SUPERSCRIPTS : SUBSCRIPTS;
        StringBuilder small = new StringBuilder();
        for (char c : text.toCharArray()) {
            int i = from.indexOf(c);
            if (i < 0) {
                String mark = sup ? "^" : "_";
                return text.codePointCount(0, text.length()) == 1 ? mark + text : mark + "(" + text + ")";
            }
            small.append(to.charAt(i));
        }
        return small.toString();
    }

    /** In brackets when it is more than one number, letter or symbol (so a/b stays a/b and (a+1)/2 is clear). */
    private static String wrapped(String text) {
        boolean simple =
                text.codePoints().allMatch(Character::isLetterOrDigit) || text.codePointCount(0, text.length()) <= 1;
        return simple ? text : "(" + text + ")";
    }
}
