package vn.edu.ecenter.platform.documents.math;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.platform.documents.math.MathText.Formula;
import vn.edu.ecenter.platform.documents.math.MathText.Piece;
import vn.edu.ecenter.platform.documents.math.MathText.Text;

/**
 * User text with formulas, as XHTML for a printed document: the text escaped, line breaks kept, and each formula (see
 * {@link MathText} for the delimiters) drawn with the print layout's classes, or — when it uses something the printer
 * does not draw — printed as written. Never throws, never drops a character. Print templates call it as {@code
 * th:utext="${#formulas.xhtml(text)}"} ({@link FormulaDialect}).
 */
public final class PrintedMath {

    private PrintedMath() {}

    /** The text as XHTML, safe to insert unescaped into a print template. */
    public static String xhtml(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!MathText.mayHoldMath(normalised)) {
            return lines(normalised);
        }
        List<Piece> pieces = MathText.split(normalised);
        StringBuilder out = new StringBuilder(normalised.length() * 2);
        for (int i = 0; i < pieces.size(); i++) {
            switch (pieces.get(i)) {
                case Text plain -> {
                    // A formula on a line of its own is a block: the line breaks around it are already there.
                    String trimmed = plain.text();
                    if (i > 0 && pieces.get(i - 1) instanceof Formula f && f.display()) {
                        trimmed = trimmed.replaceFirst("^[ \\t]*\\n", "");
                    }
                    if (i + 1 < pieces.size() && pieces.get(i + 1) instanceof Formula f && f.display()) {
                        trimmed = trimmed.replaceFirst("\\n[ \\t]*$", "");
                    }
                    out.append(lines(trimmed));
                }
                case Formula formula -> out.append(formula(formula));
            }
        }
        return out.toString();
    }

    /**
     * The text on one line of plain characters, each formula written with Unicode's letters and signs (x², √x, (a+1)/2,
     * α, ≤ …; {@link TexToText}), for what can only hold plain text, such as a drop-down list's options.
     */
    public static String plain(@Nullable String text) {
        if (text == null || !MathText.mayHoldMath(text)) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Piece piece : MathText.split(text)) {
            switch (piece) {
                case Text plain -> out.append(plain.text());
                case Formula formula -> {
                    try {
                        out.append(TexToText.convert(formula.tex()));
                    } catch (RuntimeException | StackOverflowError unconvertible) {
                        out.append(formula.source());
                    }
                }
            }
        }
        return out.toString();
    }

    /** One formula drawn, or as written in a span marked "m-source". */
    static String formula(Formula formula) {
        String css = formula.display() ? "m m-display" : "m";
        try {
            return "<span class=\"" + css + "\">" + TexToXhtml.convert(formula.tex(), formula.display()) + "</span>";
        } catch (RuntimeException | StackOverflowError unconvertible) {
            return "<span class=\"m-source\">" + lines(formula.source()) + "</span>";
        }
    }

    private static String lines(String text) {
        return TexToXhtml.escape(text).replace("\n", "<br/>");
    }
}
