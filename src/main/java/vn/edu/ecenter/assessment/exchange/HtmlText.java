package vn.edu.ecenter.assessment.exchange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of an imported text (Moodle's editor, a QTI item body) as our plain text: blocks (paragraphs, divisions,
 * list items, table rows, headings) and {@code <br>} become line breaks, never more than one blank line in a row; other
 * tags go, their text stays; entities are decoded ({@code &nbsp;} a space); {@code <sup>2</sup>} becomes "²" and
 * {@code <sub>2</sub>} "₂" when made of digits, + and −, else "^(…)" and "_(…)". LaTeX delimiters are text like any
 * other, so formulas pass untouched. Each image is replaced by what the caller says (the question's picture leaves
 * nothing, any other "[hình]").
 *
 * <p>A tolerant scanner, not a parser: a {@code <} that does not open a tag (no name, no closing {@code >}) is text,
 * an unclosed element simply ends with the text.
 */
final class HtmlText {

    /** What an image becomes in the text, given its {@code src} and {@code alt}. */
    @FunctionalInterface
    interface Images {
        String image(String src, String alt);
    }

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "table",
            "blockquote",
            "pre",
            "hr",
            "dl",
            "dt",
            "dd",
            "section",
            "article",
            "figure",
            "figcaption",
            "caption",
            "center",
            "address");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?i)<(?:/?(?:p|div|br|span|b|i|u|em|strong|sup|sub"
            + "|img|ul|ol|li|table|tbody|thead|tr|td|th|h[1-6]|a|font|pre|hr|blockquote|code|small|big|s|strike|center"
            + "|tt|del|ins|mark|figure|figcaption)\\b[^<>]*>|!--)|&(?:nbsp|lt|gt|amp|quot|#\\d+|#x[0-9a-f]+);");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/\"'>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Map<String, String> ENTITIES = entities();
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₋";
    private static final String SCRIPTED = "0123456789+-−";
    /** A space of {@code <pre>}, kept from the collapsing of spaces and the stripping of lines. */
    private static final char KEPT_SPACE = '\uE000';
    /** A no-break space: not collapsed, so that {@code <p>&nbsp;</p>} stays an empty line, but stripped at its ends. */
    private static final char NO_BREAK = '\uE001';

    private final Images images;
    private final Deque<StringBuilder> frames = new ArrayDeque<>();
    private final Deque<Integer> lists = new ArrayDeque<>();
    private int preformatted;
    private boolean firstCell;

    private HtmlText(Images images) {
        this.images = images;
        frames.push(new StringBuilder());
    }

    /** Whether the text is HTML rather than plain text: it has a common HTML tag, a comment or an entity. */
    static boolean looksLikeHtml(String text) {
        return LOOKS_LIKE_HTML.matcher(text).find();
    }

    /** The HTML as our plain text. */
    static String text(String html, Images images) {
        var scanner = new HtmlText(images);
        scanner.scan(html);
        StringBuilder out = scanner.frames.getLast();
        while (scanner.frames.size() > 1) {
            scanner.closeScript();
            out = scanner.frames.getLast();
        }
        return tidy(out.toString());
    }

    private StringBuilder out() {
        return frames.peek();
    }

    private void scan(String html) {
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = tag(html, i);
                if (end > i) {
                    i = end;
                    continue;
                }
                text("<");
                i++;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i);
                String decoded = semicolon > i && semicolon - i <= 10 ? entity(html.substring(i + 1, semicolon)) : null;
                if (decoded == null) {
                    text("&");
                    i++;
                } else {
                    text(decoded);
                    i = semicolon + 1;
                }
            } else {
                int next = i;
                while (next < n && html.charAt(next) != '<' && html.charAt(next) != '&') {
                    next++;
                }
                text(html.substring(i, next));
                i = next;
            }
        }
    }

    /** Reads the tag at {@code start}; the index after it, or {@code start} if there is no tag there. */
    private int tag(String html, int start) {
        if (html.startsWith("<!--", start)) {
            int end = html.indexOf("-->", start + 4);
            return end < 0 ? html.length() : end + 3;
        }
        int at = start + 1;
        boolean closing = at < html.length() && html.charAt(at) == '/';
        if (closing) {
            at++;
        }
        boolean declaration = !closing && at < html.length() && (html.charAt(at) == '!' || html.charAt(at) == '?');
        if (!declaration && (at >= html.length() || !Character.isLetter(html.charAt(at)))) {
            return start;
        }
        int end = at;
        char quote = 0;
        while (end < html.length()) {
            char c = html.charAt(end);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            } else if (c == '<') {
                return start;
            }
            end++;
        }
        if (end >= html.length()) {
            return start;
        }
        if (declaration) {
            return end + 1;
        }
        int nameEnd = at;
        while (nameEnd < end && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == ':')) {
            nameEnd++;
        }
        String name = html.substring(at, nameEnd).toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        name = colon >= 0 ? name.substring(colon + 1) : name;
        if (closing) {
            close(name);
            return end + 1;
        }
        if (SKIPPED.contains(name) && !html.substring(nameEnd, end).endsWith("/")) {
            int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
            if (close < 0) {
                return html.length();
            }
            int closeEnd = html.indexOf('>', close);
            return closeEnd < 0 ? html.length() : closeEnd + 1;
        }
        open(name, html.substring(nameEnd, end));
        return end + 1;
    }

    private void open(String name, String attributes) {
        switch (name) {
            case "br" -> out().append('\n');
            case "img" -> {
                Map<String, String> values = attributes(attributes);
                text(images.image(values.getOrDefault("src", ""), values.getOrDefault("alt", "")));
            }
            case "sup", "sub" -> frames.push(new StringBuilder(name));
            case "ul" -> {
                lists.push(-1);
                lineBreak();
            }
            case "ol" -> {
                lists.push(0);
                lineBreak();
            }
            case "li" -> {
                lineBreak();
                Integer counter = lists.poll();
                if (counter == null || counter < 0) {
                    out().append("• ");
                    lists.push(counter == null ? -1 : counter);
                } else {
                    out().append(counter + 1).append(". ");
                    lists.push(counter + 1);
                }
                if (counter == null) {
                    lists.pop();
                }
            }
            case "tr" -> {
                lineBreak();
                firstCell = true;
            }
            case "td", "th" -> {
                if (!firstCell) {
                    out().append(" | ");
                }
                firstCell = false;
            }
            case "pre" -> {
                lineBreak();
                preformatted++;
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    lineBreak();
                }
            }
        }
    }

    private void close(String name) {
        switch (name) {
            case "sup", "sub" -> {
                if (frames.size() > 1) {
                    closeScript();
                }
            }
            case "ul", "ol" -> {
                lists.poll();
                lineBreak();
            }
            case "pre" -> {
                preformatted = Math.max(0, preformatted - 1);
                lineBreak();
            }
            default -> {
                if (BLOCKS.contains(name)) {
                    lineBreak();
                }
            }
        }
    }

    /** Ends the innermost {@code <sup>} or {@code <sub>}: its text goes into the enclosing one, as ² or ^(…). */
    private void closeScript() {
        StringBuilder frame = frames.pop();
        boolean sup = frame.charAt(1) == 'u' && frame.charAt(2) == 'p';
        String content = frame.substring(3).strip();
        if (content.isEmpty()) {
            return;
        }
        String digits = sup ? SUPERSCRIPTS : SUBSCRIPTS;
        StringBuilder scripted = new StringBuilder();
        for (char c : content.toCharArray()) {
            int at = SCRIPTED.indexOf(c);
            if (at < 0) {
                scripted = null;
                break;
            }
            scripted.append(digits.charAt(at));
        }
        out().append(scripted != null ? scripted : (sup ? "^(" : "_(") + content + ")");
    }

    private void lineBreak() {
        StringBuilder out = out();
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void text(String text) {
        StringBuilder out = out();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0') {
                c = preformatted > 0 ? KEPT_SPACE : NO_BREAK;
            }
            if (preformatted > 0) {
                out.append(c == ' ' || c == '\t' ? KEPT_SPACE : c);
            } else if (Character.isWhitespace(c)) {
                char last = out.isEmpty() ? '\n' : out.charAt(out.length() - 1);
                if (last != ' ' && last != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Lines stripped of the spaces HTML ignores, no more than one blank line in a row, the whole stripped. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip()
                    .replace(NO_BREAK, ' ')
                    .strip()
                    .replace(KEPT_SPACE, ' ')
                    .stripTrailing();
            if (stripped.isEmpty()) {
                blank++;
                if (blank > 1) {
                    continue;
                }
            } else {
                blank = 0;
            }
            out.append(stripped).append('\n');
        }
        return out.toString().strip();
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> values = new HashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(2) == null ? "" : matcher.group(2);
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), decode(value));
        }
        return values;
    }

    /** The text with its entities decoded (an attribute's value). */
    static String decode(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int semicolon = text.charAt(i) == '&' ? text.indexOf(';', i) : -1;
            String decoded = semicolon > i && semicolon - i <= 10 ? entity(text.substring(i + 1, semicolon)) : null;
            if (decoded == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(decoded);
                i = semicolon + 1;
            }
        }
        return out.toString();
    }

    /** The character an entity's name ("nbsp", "#8722", "#x2212") stands for; null if it is none we know. */
    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name);
    }

    private static Map<String, String> entities() {
        Map<String, String> map = new HashMap<>();
        String[] pairs = {
            "nbsp", "\u00A0", "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "ndash", "–", "mdash", "—",
            "hellip", "…", "laquo", "«", "raquo", "»", "lsquo", "‘", "rsquo", "’", "ldquo", "“", "rdquo", "”", "times",
            "×", "divide", "÷", "deg", "°", "plusmn", "±", "le", "≤", "ge", "≥", "ne", "≠", "minus", "−", "middot", "·",
            "bull", "•", "copy", "©", "reg", "®", "frac12", "½", "frac14", "¼", "frac34", "¾", "sup1", "¹", "sup2", "²",
            "sup3", "³", "micro", "µ", "para", "¶", "sect", "§", "euro", "€", "infin", "∞", "radic", "√", "sum", "∑",
            "prod", "∏", "asymp", "≈", "equiv", "≡", "rarr", "→", "larr", "←", "harr", "↔", "rArr", "⇒", "lArr", "⇐",
            "hArr", "⇔", "isin", "∈", "notin", "∉", "sub", "⊂", "sube", "⊆", "cap", "∩", "cup", "∪", "empty", "∅",
            "forall", "∀", "exist", "∃", "ang", "∠", "perp", "⊥", "prime", "′", "Prime", "″", "alpha", "α", "beta", "β",
            "gamma", "γ", "delta", "δ", "Delta", "Δ", "epsilon", "ε", "theta", "θ", "lambda", "λ", "mu", "μ", "pi", "π",
            "rho", "ρ", "sigma", "σ", "Sigma", "Σ", "phi", "φ", "omega", "ω", "Omega", "Ω", "shy", "", "zwnj", "",
            "zwj", "", "thinsp", " ", "ensp", " ", "emsp", " "
        };
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
