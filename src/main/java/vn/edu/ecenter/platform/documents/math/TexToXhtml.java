package vn.edu.ecenter.platform.documents.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One TeX formula of school mathematics as XHTML with the classes of the print layout ({@code m-frac}, {@code
 * m-sqrt}, … in {@code templates/documents/a4.html}): fractions stacked over a rule, roots with a bar over the
 * radicand, scripts, Greek letters, operators and relations, ℝ ℕ ℤ ℚ ℂ, brackets sized to what they enclose, text,
 * accents, function names, sums and integrals with limits, {@code cases} and matrices. Whatever it does not know —
 * an unknown command, a brace left open, colour, user macros — makes it give up with {@link Unconvertible}, and the
 * caller prints the formula as written. Every character of the formula reaches the output escaped.
 */
final class TexToXhtml {

    /** The formula uses something this converter does not draw. */
    static final class Unconvertible extends RuntimeException {

        Unconvertible(String why) {
            super(why, null, false, false);
        }
    }

    /** Longest formula converted; a longer one is printed as written. */
    static final int LONGEST = 4000;

    private static final int DEEPEST = 32;

    /** TeX's classes of atoms, for the spaces between them. */
    private enum Kind {
        ORD,
        OP,
        BIN,
        REL,
        OPEN,
        CLOSE,
        PUNCT,
        SPACE
    }

    /**
     * A converted piece: its XHTML, its class and its height in lines (1 for a line of text, 2 for a fraction of two
     * lines …), which sizes the brackets around it.
     */
    private record Box(String html, Kind kind, int height, boolean limits) {

        static Box of(String html, Kind kind) {
            return new Box(html, kind, 1, false);
        }
    }

    private enum Stop {
        END,
        BRACE,
        BRACKET,
        RIGHT,
        CELL
    }

    private final String tex;
    private int pos;
    private int depth;
    /** Inside a display formula and not yet inside a fraction, script or table: fractions and sums at full size. */
    private boolean displayStyle;
    /** Inside \mathrm and the like: letters upright. */
    private boolean upright;

    private TexToXhtml(String tex, boolean display) {
        this.tex = tex;
        this.displayStyle = display;
    }

    /** The formula as XHTML (without its wrapper), or {@link Unconvertible}. */
    static String convert(String tex, boolean display) {
        if (tex.length() > LONGEST) {
            throw new Unconvertible("too long");
        }
        TexToXhtml converter = new TexToXhtml(tex, display);
        Box box = converter.expression(Stop.END);
        if (box.html().isBlank()) {
            throw new Unconvertible("empty");
        }
        return box.html();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Expressions: a row of atoms up to a closing brace, \right, a cell's end or the end of the formula.

    private Box expression(Stop stop) {
        if (++depth > DEEPEST) {
            throw new Unconvertible("nested too deeply");
        }
        boolean style = displayStyle;
        boolean wasUpright = upright;
        List<Box> atoms = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= tex.length()) {
                if (stop != Stop.END) {
                    throw new Unconvertible("unclosed group");
                }
                break;
            }
            char c = tex.charAt(pos);
            if (c == '}') {
                if (stop != Stop.BRACE) {
                    throw new Unconvertible("unbalanced }");
                }
                pos++;
                break;
            }
            if (c == ']' && stop == Stop.BRACKET) {
                pos++;
                break;
            }
            if (c == '&' || tex.startsWith("\\\\", pos) || lookingAtCommand("end")) {
                if (stop != Stop.CELL) {
                    throw new Unconvertible("alignment outside a table");
                }
                break;
            }
            if (lookingAtCommand("right")) {
                if (stop != Stop.RIGHT) {
                    throw new Unconvertible("\\right without \\left");
                }
                break;
            }
            if (lookingAtCommand("displaystyle")) {
                pos += "\\displaystyle".length();
                displayStyle = true;
                continue;
            }
            if (lookingAtCommand("textstyle")) {
                pos += "\\textstyle".length();
                displayStyle = false;
                continue;
            }
            atoms.add(atom());
        }
        displayStyle = style;
        upright = wasUpright;
        depth--;
        return row(atoms);
    }

    /** The atoms side by side, with TeX's spaces around operators and relations. */
    private static Box row(List<Box> atoms) {
        StringBuilder html = new StringBuilder();
        int height = 1;
        Kind previous = null;
        for (int i = 0; i < atoms.size(); i++) {
            Box atom = atoms.get(i);
            height = Math.max(height, atom.height());
            Kind kind = atom.kind();
            if (kind == Kind.BIN
                    && (previous == null
                            || previous == Kind.BIN
                            || previous == Kind.REL
                            || previous == Kind.OPEN
                            || previous == Kind.PUNCT
                            || previous == Kind.OP
                            || nextKind(atoms, i) == null)) {
                kind = Kind.ORD; // a sign: -x, (+1)
            }
            if ((previous == Kind.OP && (kind == Kind.ORD || kind == Kind.OP))
                    || (previous == Kind.ORD && kind == Kind.OP)
                    || (previous == Kind.CLOSE && kind == Kind.OP)) {
                html.append(THIN_SPACE);
            }
            switch (kind) {
                case BIN ->
                    html.append("<span class=\"m-bin\">").append(atom.html()).append("</span>");
                case REL ->
                    html.append("<span class=\"m-rel\">").append(atom.html()).append("</span>");
                case PUNCT -> html.append(atom.html()).append(THIN_SPACE);
                default -> html.append(atom.html());
            }
            if (kind != Kind.SPACE) {
                previous = kind;
            }
        }
        Kind kind = atoms.size() == 1 ? atoms.getFirst().kind() : Kind.ORD;
        return new Box(html.toString(), kind, height, false);
    }

    private static @Nullable Kind nextKind(List<Box> atoms, int i) {
        for (int j = i + 1; j < atoms.size(); j++) {
            if (atoms.get(j).kind() != Kind.SPACE) {
                return atoms.get(j).kind();
            }
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Atoms: a nucleus with its scripts.

    private Box atom() {
        Box nucleus = nucleus();
        Box superscript = null;
        Box subscript = null;
        boolean limits = nucleus.limits();
        while (true) {
            skipSpaces();
            if (lookingAtCommand("limits")) {
                pos += "\\limits".length();
                limits = true;
                continue;
            }
            if (lookingAtCommand("nolimits")) {
                pos += "\\nolimits".length();
                limits = false;
                continue;
            }
            if (pos >= tex.length()) {
                break;
            }
            char c = tex.charAt(pos);
            if (c == '^' || c == '\'') {
                if (superscript != null) {
                    throw new Unconvertible("double superscript");
                }
                if (c == '\'') {
                    StringBuilder primes = new StringBuilder();
                    while (pos < tex.length() && tex.charAt(pos) == '\'') {
                        primes.append('′');
                        pos++;
                    }
                    // f'(x), f''(x): the prime glyph sits high enough on its own.
                    nucleus = new Box(nucleus.html() + primes, Kind.ORD, nucleus.height(), false);
                    continue;
                }
                pos++;
                superscript = script();
            } else if (c == '_') {
                if (subscript != null) {
                    throw new Unconvertible("double subscript");
                }
                pos++;
                subscript = script();
            } else {
                break;
            }
        }
        if (superscript == null && subscript == null) {
            return nucleus;
        }
        if (superscript != null && subscript == null && superscript.html().equals(escape("∘"))) {
            return new Box(nucleus.html() + "°", Kind.ORD, nucleus.height(), false); // 30^\circ
        }
        if (limits && nucleus.kind() == Kind.OP && displayStyle) {
            StringBuilder html = new StringBuilder("<span class=\"m-limits\">");
            html.append("<span class=\"m-over\">").append(superscript == null ? "" : superscript.html());
            html.append("</span><span class=\"m-base\">").append(nucleus.html());
            html.append("</span><span class=\"m-under\">").append(subscript == null ? "" : subscript.html());
            html.append("</span></span>");
            return new Box(html.toString(), Kind.OP, nucleus.height() + 1, false);
        }
        Kind kind = nucleus.kind() == Kind.OP ? Kind.OP : Kind.ORD;
        if (superscript != null && subscript != null) {
            return new Box(
                    nucleus.html() + "<span class=\"m-scripts\"><span class=\"m-sup\">" + superscript.html()
                            + "</span><span class=\"m-sub\">" + subscript.html() + "</span></span>",
                    kind,
                    Math.max(nucleus.height(), 2),
                    false);
        }
        if (superscript != null) {
            return new Box(nucleus.html() + "<sup>" + superscript.html() + "</sup>", kind, nucleus.height(), false);
        }
        return new Box(nucleus.html() + "<sub>" + subscript.html() + "</sub>", kind, nucleus.height(), false);
    }

    /** A script: a group, or one token (x^2, x^\alpha, x^{n+1}), in text style. */
    private Box script() {
        boolean style = displayStyle;
        displayStyle = false;
        try {
            return argument();
        } finally {
            displayStyle = style;
        }
    }

    /** A command's argument: a group in braces, or a single token. */
    private Box argument() {
        skipSpaces();
        if (pos >= tex.length()) {
            throw new Unconvertible("missing argument");
        }
        char c = tex.charAt(pos);
        if (c == '{') {
            pos++;
            Box group = expression(Stop.BRACE);
            return new Box(group.html(), Kind.ORD, group.height(), false);
        }
        if (c == '}' || c == '^' || c == '_' || c == '&') {
            throw new Unconvertible("missing argument");
        }
        if (c == '\\') {
            return nucleus();
        }
        return single();
    }

    /** The nucleus of an atom: a group, a command, or one character (digits together as a number). */
    private Box nucleus() {
        char c = tex.charAt(pos);
        if (c == '{') {
            pos++;
            Box group = expression(Stop.BRACE);
            return new Box(group.html(), Kind.ORD, group.height(), false);
        }
        if (c == '^' || c == '_') {
            return Box.of("", Kind.ORD); // a script on nothing: ^{14}C
        }
        if (c == '\\') {
            return command();
        }
        if (c >= '0' && c <= '9' || c == '.') {
            int start = pos;
            while (pos < tex.length()) {
                char d = tex.charAt(pos);
                boolean decimalMark = (d == '.' || d == ',')
                        && pos + 1 < tex.length()
                        && Character.isDigit(tex.charAt(pos + 1))
                        && pos > start;
                if (d >= '0' && d <= '9' || decimalMark) {
                    pos++;
                } else {
                    break;
                }
            }
            if (pos == start) {
                pos++; // a lone full stop
            }
            return Box.of(escape(tex.substring(start, pos)), Kind.ORD);
        }
        return single();
    }

    /** One character of the formula. */
    private Box single() {
        int codePoint = tex.codePointAt(pos);
        pos += Character.charCount(codePoint);
        if (codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z') {
            String letter = Character.toString(codePoint);
            return Box.of(upright ? letter : "<i>" + letter + "</i>", Kind.ORD);
        }
        return switch (codePoint) {
            case '+', '*', '±', '×', '÷', '·' ->
                Box.of(escape(codePoint == '*' ? "∗" : Character.toString(codePoint)), Kind.BIN);
            case '-', '−' -> Box.of("−", Kind.BIN);
            case '=', '<', '>', ':', '≤', '≥', '≠', '≈', '≡', '∈', '∉', '⊂' ->
                Box.of(escape(Character.toString(codePoint)), Kind.REL);
            case '(', '[' -> Box.of(Character.toString(codePoint), Kind.OPEN);
            case ')', ']', '!', '?' -> Box.of(Character.toString(codePoint), Kind.CLOSE);
            case ',', ';' -> Box.of(Character.toString(codePoint), Kind.PUNCT);
            case '~' -> Box.of("\u00A0", Kind.SPACE);
            case '/', '|', '@', '"', '`' -> Box.of(escape(Character.toString(codePoint)), Kind.ORD);
            case '$', '#', '%', '&', '{', '}', '^', '_', '\\' -> throw new Unconvertible("stray " + (char) codePoint);
            default -> {
                if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.PRIVATE_USE) {
                    throw new Unconvertible("control character");
                }
                yield Box.of(escape(Character.toString(codePoint)), Kind.ORD);
            }
        };
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Commands.

    private Box command() {
        String name = commandName();
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            return Box.of(escape(symbol), kindOf(name));
        }
        String greek = GREEK.get(name);
        if (greek != null) {
            return Box.of(Character.isUpperCase(greek.charAt(0)) || upright ? greek : "<i>" + greek + "</i>", Kind.ORD);
        }
        if (FUNCTIONS.contains(name)) {
            return new Box("<span class=\"m-fn\">" + name + "</span>", Kind.OP, 1, LIMIT_FUNCTIONS.contains(name));
        }
        String big = BIG_OPERATORS.get(name);
        if (big != null) {
            boolean limits = !name.contains("int");
            String css = displayStyle ? "m-bigop m-large" : "m-bigop";
            return new Box("<span class=\"" + css + "\">" + big + "</span>", Kind.OP, displayStyle ? 2 : 1, limits);
        }
        return switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> fraction(name);
            case "binom", "dbinom", "tbinom" -> binomial(name);
            case "sqrt" -> root();
            case "left" -> leftRight();
            case "big",
                    "Big",
                    "bigg",
                    "Bigg",
                    "bigl",
                    "Bigl",
                    "biggl",
                    "Biggl",
                    "bigr",
                    "Bigr",
                    "biggr",
                    "Biggr",
                    "bigm",
                    "Bigm" -> sized(name);
            case "begin" -> environment();
            case "text", "textrm", "textnormal", "mbox", "hbox" -> text("m-text");
            case "textit" -> text("m-text m-it");
            case "textbf" -> text("m-text m-bf");
            case "mathrm" -> styled("m-up", true);
            case "operatorname" -> {
                Box inner = styled("m-fn", true);
                yield new Box(inner.html(), Kind.OP, 1, false);
            }
            case "mathit" -> styled("m-it", false);
            case "mathbf" -> styled("m-bf", true);
            case "boldsymbol" -> styled("m-bf", false);
            case "mathbb" -> doubleStruck();
            case "overline", "bar" -> wrapped("m-overline");
            case "underline" -> wrapped("m-underline");
            case "boxed" -> wrapped("m-boxed");
            case "vec", "overrightarrow" -> accent("→", "⟶");
            case "overleftrightarrow" -> accent("↔", "⟷");
            case "hat", "widehat" -> accent("ˆ", "ˆ");
            case "tilde", "widetilde" -> accent("˜", "˜");
            case "dot" -> accent("˙", "˙");
            case "ddot" -> accent("¨", "¨");
            case "overset", "stackrel" -> overset();
            case "not" -> negated();
            case ",", "thinspace" -> Box.of(THIN_SPACE, Kind.SPACE);
            case ":", ">", "medspace" -> Box.of("\u205F", Kind.SPACE);
            case ";", "thickspace" -> Box.of("\u2004", Kind.SPACE);
            case " " -> Box.of("\u00A0", Kind.SPACE);
            case "quad" -> Box.of("\u2003", Kind.SPACE);
            case "qquad" -> Box.of("\u2003\u2003", Kind.SPACE);
            case "!", "negthinspace" -> Box.of("", Kind.SPACE);
            case "{", "lbrace" -> Box.of("{", Kind.OPEN);
            case "}", "rbrace" -> Box.of("}", Kind.CLOSE);
            case "%", "$", "#", "_" -> Box.of(name, Kind.ORD);
            case "&" -> Box.of("&amp;", Kind.ORD);
            case "pmod" -> {
                Box inner = argument();
                yield Box.of(" (mod" + THIN_SPACE + inner.html() + ")", Kind.ORD);
            }
            default -> throw new Unconvertible("unknown command \\" + name);
        };
    }

    private Box fraction(String name) {
        boolean style = displayStyle;
        boolean large = name.equals("dfrac") || name.equals("cfrac") || (name.equals("frac") && displayStyle);
        displayStyle = false;
        Box numerator;
        Box denominator;
        try {
            numerator = argument();
            denominator = argument();
        } finally {
            displayStyle = style;
        }
        String css = large ? "m-frac" : "m-frac m-small";
        return new Box(
                "<span class=\"" + css + "\"><span class=\"m-num\">" + numerator.html()
                        + "</span><span class=\"m-den\">" + denominator.html() + "</span></span>",
                Kind.ORD,
                numerator.height() + denominator.height(),
                false);
    }

    private Box binomial(String name) {
        boolean style = displayStyle;
        boolean large = name.equals("dbinom") || (name.equals("binom") && displayStyle);
        displayStyle = false;
        Box top;
        Box bottom;
        try {
            top = argument();
            bottom = argument();
        } finally {
            displayStyle = style;
        }
        int height = top.height() + bottom.height();
        String css = large ? "m-frac m-stack" : "m-frac m-stack m-small";
        return new Box(
                delimiter("(", height) + "<span class=\"" + css + "\"><span class=\"m-num\">" + top.html()
                        + "</span><span class=\"m-den\">" + bottom.html() + "</span></span>" + delimiter(")", height),
                Kind.ORD,
                height,
                false);
    }

    private Box root() {
        skipSpaces();
        Box index = null;
        if (pos < tex.length() && tex.charAt(pos) == '[') {
            pos++;
            boolean style = displayStyle;
            displayStyle = false;
            index = expression(Stop.BRACKET);
            displayStyle = style;
        }
        Box radicand = argument();
        int height = radicand.height();
        String size = height > 1 ? " m-size" + Math.min(height, MOST_SIZE) : "";
        StringBuilder html = new StringBuilder("<span class=\"m-sqrt\">");
        if (index != null) {
            html.append("<span class=\"m-index\">").append(index.html()).append("</span>");
        }
        html.append("<span class=\"m-radical").append(size).append("\">√</span>");
        html.append("<span class=\"m-radicand\">").append(radicand.html()).append("</span></span>");
        return new Box(html.toString(), Kind.ORD, height, false);
    }

    private Box leftRight() {
        String open = delimiterName();
        Box body = expression(Stop.RIGHT);
        pos += "\\right".length();
        String close = delimiterName();
        int height = body.height();
        return new Box(delimiter(open, height) + body.html() + delimiter(close, height), Kind.ORD, height, false);
    }

    private Box sized(String name) {
        String glyph = delimiterName();
        int height = name.startsWith("bigg") || name.startsWith("Bigg") ? 3 : 2;
        Kind kind = name.endsWith("l") ? Kind.OPEN : name.endsWith("r") ? Kind.CLOSE : Kind.ORD;
        return new Box(delimiter(glyph, height), kind, height, false);
    }

    /** The delimiter after \left, \right or \big: a bracket, a bar, or "." for none. */
    private String delimiterName() {
        skipSpaces();
        if (pos >= tex.length()) {
            throw new Unconvertible("missing delimiter");
        }
        char c = tex.charAt(pos);
        if (c == '\\') {
            String name = commandName();
            String glyph =
                    switch (name) {
                        case "{", "lbrace" -> "{";
                        case "}", "rbrace" -> "}";
                        case "|", "Vert" -> "‖";
                        case "vert" -> "|";
                        case "langle" -> "⟨";
                        case "rangle" -> "⟩";
                        case "lfloor" -> "⌊";
                        case "rfloor" -> "⌋";
                        case "lceil" -> "⌈";
                        case "rceil" -> "⌉";
                        default -> throw new Unconvertible("unknown delimiter \\" + name);
                    };
            return glyph;
        }
        pos++;
        return switch (c) {
            case '(', ')', '[', ']', '|', '/' -> String.valueOf(c);
            case '.' -> "";
            case '<' -> "⟨";
            case '>' -> "⟩";
            default -> throw new Unconvertible("unknown delimiter " + c);
        };
    }

    private static String delimiter(String glyph, int height) {
        if (glyph.isEmpty()) {
            return "";
        }
        if (height <= 1) {
            return "<span class=\"m-delim\">" + escape(glyph) + "</span>";
        }
        return "<span class=\"m-delim m-size" + Math.min(height, MOST_SIZE) + "\">" + escape(glyph) + "</span>";
    }

    /** \begin{cases}, matrices, arrays and aligned equations, as a table with the brackets the environment has. */
    private Box environment() {
        String name = braced();
        String open;
        String close;
        switch (name) {
            case "cases" -> {
                open = "{";
                close = "";
            }
            case "matrix", "array", "aligned", "align", "align*", "gathered", "split" -> {
                open = "";
                close = "";
            }
            case "pmatrix" -> {
                open = "(";
                close = ")";
            }
            case "bmatrix" -> {
                open = "[";
                close = "]";
            }
            case "Bmatrix" -> {
                open = "{";
                close = "}";
            }
            case "vmatrix" -> {
                open = "|";
                close = "|";
            }
            case "Vmatrix" -> {
                open = "‖";
                close = "‖";
            }
            default -> throw new Unconvertible("unknown environment " + name);
        }
        if (name.equals("array")) {
            braced(); // the column specification: every column is centred here
        }
        boolean style = displayStyle;
        displayStyle = false;
        List<List<Box>> rows = new ArrayList<>();
        List<Box> cells = new ArrayList<>();
        while (true) {
            cells.add(expression(Stop.CELL));
            if (pos < tex.length() && tex.charAt(pos) == '&') {
                pos++;
                continue;
            }
            if (tex.startsWith("\\\\", pos)) {
                pos += 2;
                skipSpaces();
                if (pos < tex.length() && tex.charAt(pos) == '[') {
                    int end = tex.indexOf(']', pos);
                    if (end < 0) {
                        throw new Unconvertible("unclosed row spacing");
                    }
                    pos = end + 1; // \\[2pt]
                }
                rows.add(cells);
                cells = new ArrayList<>();
                continue;
            }
            // \end
            commandName();
            String end = braced();
            if (!end.equals(name)) {
                throw new Unconvertible("\\begin{" + name + "} ended by \\end{" + end + "}");
            }
            boolean emptyLast = cells.size() == 1 && cells.getFirst().html().isEmpty();
            if (!emptyLast || rows.isEmpty()) {
                rows.add(cells);
            }
            break;
        }
        displayStyle = style;
        boolean aligned = name.startsWith("align") || name.equals("split");
        String align = name.equals("cases") ? " m-cases" : aligned ? " m-aligned" : "";
        StringBuilder html = new StringBuilder("<span class=\"m-table" + align + "\">");
        int height = 0;
        for (List<Box> row : rows) {
            html.append("<span class=\"m-tr\">");
            int rowHeight = 1;
            for (Box cell : row) {
                html.append("<span class=\"m-td\">").append(cell.html()).append("</span>");
                rowHeight = Math.max(rowHeight, cell.height());
            }
            html.append("</span>");
            height += rowHeight;
        }
        html.append("</span>");
        return new Box(delimiter(open, height) + html + delimiter(close, height), Kind.ORD, height, false);
    }

    /** Text in a formula (\text{với mọi }): upright, spaces kept, only escaped characters as commands. */
    private Box text(String css) {
        skipSpaces();
        if (pos >= tex.length() || tex.charAt(pos) != '{') {
            throw new Unconvertible("\\text without braces");
        }
        pos++;
        StringBuilder text = new StringBuilder();
        int open = 1;
        while (true) {
            if (pos >= tex.length()) {
                throw new Unconvertible("unclosed text");
            }
            char c = tex.charAt(pos++);
            if (c == '{') {
                open++;
            } else if (c == '}') {
                if (--open == 0) {
                    break;
                }
            } else if (c == '\\') {
                if (pos >= tex.length()) {
                    throw new Unconvertible("unclosed text");
                }
                char escaped = tex.charAt(pos++);
                switch (escaped) {
                    case '{', '}', '$', '%', '&', '#', '_', ' ' -> text.append(escaped);
                    case ',' -> text.append(THIN_SPACE);
                    default -> throw new Unconvertible("command in text");
                }
            } else if (c == '$' || Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new Unconvertible("math in text");
            } else {
                text.append(c);
            }
        }
        return Box.of("<span class=\"" + css + "\">" + escape(text.toString()) + "</span>", Kind.ORD);
    }

    /** A group in a style: \mathrm{d}, \mathbf{v}. */
    private Box styled(String css, boolean uprightLetters) {
        boolean wasUpright = upright;
        upright = uprightLetters;
        Box inner;
        try {
            inner = argument();
        } finally {
            upright = wasUpright;
        }
        return new Box("<span class=\"" + css + "\">" + inner.html() + "</span>", Kind.ORD, inner.height(), false);
    }

    private Box doubleStruck() {
        String letters;
        skipSpaces();
        if (pos < tex.length() && tex.charAt(pos) == '{') {
            letters = braced().strip();
        } else if (pos < tex.length()) {
            letters = String.valueOf(tex.charAt(pos++));
        } else {
            throw new Unconvertible("missing argument");
        }
        StringBuilder html = new StringBuilder();
        for (char c : letters.toCharArray()) {
            String mapped = DOUBLE_STRUCK.get(c);
            if (mapped == null) {
                throw new Unconvertible("\\mathbb{" + c + "}");
            }
            html.append(mapped);
        }
        if (html.isEmpty()) {
            throw new Unconvertible("empty \\mathbb");
        }
        return Box.of(html.toString(), Kind.ORD);
    }

    private Box wrapped(String css) {
        Box inner = argument();
        return new Box("<span class=\"" + css + "\">" + inner.html() + "</span>", Kind.ORD, inner.height(), false);
    }

    /** A mark over its base: a short one for one letter, a longer one over several. */
    private Box accent(String shortMark, String longMark) {
        int start = pos;
        Box base = argument();
        String source = tex.substring(start, pos).replaceAll("[{}\\s]", "");
        boolean oneLetter = source.length() <= 1 || source.matches("\\\\[A-Za-z]+");
        String mark = oneLetter ? shortMark : longMark;
        // A hat or tilde over several letters (the angle \widehat{ABC}) has no longer glyph: a larger one.
        String css = oneLetter || !shortMark.equals(longMark) ? "m-mark" : "m-mark m-wide";
        return new Box(
                "<span class=\"m-accent\"><span class=\"" + css + "\">" + mark + "</span><span class=\"m-base\">"
                        + base.html() + "</span></span>",
                Kind.ORD,
                base.height(),
                false);
    }

    /** \overset{a}{b}: a set small over b. */
    private Box overset() {
        boolean style = displayStyle;
        displayStyle = false;
        Box over;
        try {
            over = argument();
        } finally {
            displayStyle = style;
        }
        Box base = argument();
        return new Box(
                "<span class=\"m-accent\"><span class=\"m-mark\">" + over.html() + "</span><span class=\"m-base\">"
                        + base.html() + "</span></span>",
                base.kind() == Kind.REL ? Kind.REL : Kind.ORD,
                base.height(),
                false);
    }

    /** \not= and \not\in; any other negation is left as written. */
    private Box negated() {
        skipSpaces();
        if (pos < tex.length() && tex.charAt(pos) == '=') {
            pos++;
            return Box.of("≠", Kind.REL);
        }
        if (pos < tex.length() && tex.charAt(pos) == '\\') {
            String name = commandName();
            String negation =
                    switch (name) {
                        case "in" -> "∉";
                        case "subset" -> "⊄";
                        case "equiv" -> "≢";
                        case "exists" -> "∄";
                        default -> throw new Unconvertible("\\not\\" + name);
                    };
            return Box.of(negation, name.equals("exists") ? Kind.ORD : Kind.REL);
        }
        throw new Unconvertible("\\not");
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Reading.

    private void skipSpaces() {
        while (pos < tex.length() && Character.isWhitespace(tex.charAt(pos))) {
            pos++;
        }
    }

    private boolean lookingAtCommand(String name) {
        int end = pos + 1 + name.length();
        return tex.startsWith("\\" + name, pos) && (end >= tex.length() || !Character.isLetter(tex.charAt(end)));
    }

    /** The command at pos (letters, or one other character), read past it. */
    private String commandName() {
        pos++; // the backslash
        if (pos >= tex.length()) {
            throw new Unconvertible("lone backslash");
        }
        int start = pos;
        if (isAsciiLetter(tex.charAt(pos))) {
            while (pos < tex.length() && isAsciiLetter(tex.charAt(pos))) {
                pos++;
            }
            String name = tex.substring(start, pos);
            if (name.equals("align") && pos < tex.length() && tex.charAt(pos) == '*') {
                pos++;
                return "align*";
            }
            return name;
        }
        int codePoint = tex.codePointAt(pos);
        pos += Character.charCount(codePoint);
        return Character.isWhitespace(codePoint) ? " " : Character.toString(codePoint);
    }

    /** The text of a group in braces ({cases}, {R}), read past it. */
    private String braced() {
        skipSpaces();
        if (pos >= tex.length() || tex.charAt(pos) != '{') {
            throw new Unconvertible("missing {");
        }
        int end = tex.indexOf('}', pos);
        if (end < 0) {
            throw new Unconvertible("missing }");
        }
        String text = tex.substring(pos + 1, end);
        pos = end + 1;
        String name = text.strip();
        if (name.equals("align*") || name.chars().allMatch(TexToXhtml::isAsciiLetterOrDigit)) {
            return name;
        }
        throw new Unconvertible("unexpected {" + text + "}");
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Escapes text for XHTML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Tables.

    static final String THIN_SPACE = "\u2009";

    /** Brackets grow up to this many lines (classes m-size2 … m-size6). */
    private static final int MOST_SIZE = 6;

    private static Kind kindOf(String name) {
        if (RELATIONS.contains(name)) {
            return Kind.REL;
        }
        if (BINARY.contains(name)) {
            return Kind.BIN;
        }
        return switch (name) {
            case "langle", "lfloor", "lceil" -> Kind.OPEN;
            case "rangle", "rfloor", "rceil" -> Kind.CLOSE;
            case "colon" -> Kind.PUNCT;
            default -> Kind.ORD;
        };
    }

    /** Symbols by command name; their class is found by {@link #kindOf}. */
    static final Map<String, String> SYMBOLS = Map.ofEntries(
            // binary operators
            Map.entry("pm", "±"),
            Map.entry("mp", "∓"),
            Map.entry("times", "×"),
            Map.entry("cdot", "·"),
            Map.entry("div", "÷"),
            Map.entry("ast", "∗"),
            Map.entry("star", "⋆"),
            Map.entry("circ", "∘"),
            Map.entry("bullet", "•"),
            Map.entry("cup", "∪"),
            Map.entry("cap", "∩"),
            Map.entry("setminus", "∖"),
            Map.entry("wedge", "∧"),
            Map.entry("land", "∧"),
            Map.entry("vee", "∨"),
            Map.entry("lor", "∨"),
            Map.entry("oplus", "⊕"),
            Map.entry("mod", "mod"),
            Map.entry("bmod", "mod"),
            // relations
            Map.entry("le", "≤"),
            Map.entry("leq", "≤"),
            Map.entry("ge", "≥"),
            Map.entry("geq", "≥"),
            Map.entry("leqslant", "⩽"),
            Map.entry("geqslant", "⩾"),
            Map.entry("ne", "≠"),
            Map.entry("neq", "≠"),
            Map.entry("approx", "≈"),
            Map.entry("equiv", "≡"),
            Map.entry("sim", "∼"),
            Map.entry("simeq", "≃"),
            Map.entry("cong", "≅"),
            Map.entry("propto", "∝"),
            Map.entry("in", "∈"),
            Map.entry("notin", "∉"),
            Map.entry("ni", "∋"),
            Map.entry("subset", "⊂"),
            Map.entry("supset", "⊃"),
            Map.entry("subseteq", "⊆"),
            Map.entry("supseteq", "⊇"),
            Map.entry("perp", "⊥"),
            Map.entry("parallel", "∥"),
            Map.entry("mid", "∣"),
            Map.entry("ll", "≪"),
            Map.entry("gg", "≫"),
            Map.entry("to", "→"),
            Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"),
            Map.entry("gets", "←"),
            Map.entry("leftrightarrow", "↔"),
            Map.entry("Rightarrow", "⇒"),
            Map.entry("Leftarrow", "⇐"),
            Map.entry("Leftrightarrow", "⇔"),
            Map.entry("implies", "⇒"),
            Map.entry("impliedby", "⇐"),
            Map.entry("iff", "⇔"),
            Map.entry("longrightarrow", "⟶"),
            Map.entry("Longrightarrow", "⟹"),
            Map.entry("Longleftrightarrow", "⟺"),
            Map.entry("mapsto", "↦"),
            Map.entry("uparrow", "↑"),
            Map.entry("downarrow", "↓"),
            // ordinary symbols
            Map.entry("infty", "∞"),
            Map.entry("emptyset", "∅"),
            Map.entry("varnothing", "∅"),
            Map.entry("forall", "∀"),
            Map.entry("exists", "∃"),
            Map.entry("nexists", "∄"),
            Map.entry("angle", "∠"),
            Map.entry("triangle", "△"),
            Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"),
            Map.entry("prime", "′"),
            Map.entry("degree", "°"),
            Map.entry("ldots", "…"),
            Map.entry("dots", "…"),
            Map.entry("cdots", "⋯"),
            Map.entry("vdots", "⋮"),
            Map.entry("ddots", "⋱"),
            Map.entry("neg", "¬"),
            Map.entry("lnot", "¬"),
            Map.entry("ell", "ℓ"),
            Map.entry("hbar", "ℏ"),
            Map.entry("aleph", "ℵ"),
            Map.entry("backslash", "\\"),
            Map.entry("langle", "⟨"),
            Map.entry("rangle", "⟩"),
            Map.entry("lfloor", "⌊"),
            Map.entry("rfloor", "⌋"),
            Map.entry("lceil", "⌈"),
            Map.entry("rceil", "⌉"),
            Map.entry("vert", "|"),
            Map.entry("|", "‖"),
            Map.entry("Vert", "‖"),
            Map.entry("colon", ":"),
            Map.entry("square", "□"),
            Map.entry("therefore", "∴"),
            Map.entry("because", "∵"));

    private static final Set<String> BINARY = Set.of(
            "pm",
            "mp",
            "times",
            "cdot",
            "div",
            "ast",
            "star",
            "circ",
            "bullet",
            "cup",
            "cap",
            "setminus",
            "wedge",
            "land",
            "vee",
            "lor",
            "oplus",
            "mod",
            "bmod");

    private static final Set<String> RELATIONS = Set.of(
            "le",
            "leq",
            "ge",
            "geq",
            "leqslant",
            "geqslant",
            "ne",
            "neq",
            "approx",
            "equiv",
            "sim",
            "simeq",
            "cong",
            "propto",
            "in",
            "notin",
            "ni",
            "subset",
            "supset",
            "subseteq",
            "supseteq",
            "perp",
            "parallel",
            "mid",
            "ll",
            "gg",
            "to",
            "rightarrow",
            "leftarrow",
            "gets",
            "leftrightarrow",
            "Rightarrow",
            "Leftarrow",
            "Leftrightarrow",
            "implies",
            "impliedby",
            "iff",
            "longrightarrow",
            "Longrightarrow",
            "Longleftrightarrow",
            "mapsto",
            "uparrow",
            "downarrow");

    static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "α"),
            Map.entry("beta", "β"),
            Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"),
            Map.entry("epsilon", "ϵ"),
            Map.entry("varepsilon", "ε"),
            Map.entry("zeta", "ζ"),
            Map.entry("eta", "η"),
            Map.entry("theta", "θ"),
            Map.entry("vartheta", "ϑ"),
            Map.entry("iota", "ι"),
            Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"),
            Map.entry("nu", "ν"),
            Map.entry("xi", "ξ"),
            Map.entry("pi", "π"),
            Map.entry("varpi", "ϖ"),
            Map.entry("rho", "ρ"),
            Map.entry("varrho", "ϱ"),
            Map.entry("sigma", "σ"),
            Map.entry("varsigma", "ς"),
            Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"),
            Map.entry("phi", "ϕ"),
            Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"),
            Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"),
            Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"),
            Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"),
            Map.entry("Psi", "Ψ"),
            Map.entry("Omega", "Ω"));

    static final Set<String> FUNCTIONS = Set.of(
            "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
            "log", "ln", "lg", "exp", "lim", "max", "min", "sup", "inf", "det", "gcd", "deg", "dim", "ker", "arg");

    /** Functions whose scripts go under them in a display formula (lim_{x → 0}). */
    private static final Set<String> LIMIT_FUNCTIONS = Set.of("lim", "max", "min", "sup", "inf", "det", "gcd");

    static final Map<String, String> BIG_OPERATORS = Map.of(
            "sum", "∑",
            "prod", "∏",
            "int", "∫",
            "iint", "∬",
            "iiint", "∭",
            "oint", "∮",
            "bigcup", "⋃",
            "bigcap", "⋂");

    static final Map<Character, String> DOUBLE_STRUCK = Map.of(
            'R', "ℝ",
            'N', "ℕ",
            'Z', "ℤ",
            'Q', "ℚ",
            'C', "ℂ",
            'P', "ℙ",
            'H', "ℍ");
}
