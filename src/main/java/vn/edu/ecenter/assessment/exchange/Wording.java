package vn.edu.ecenter.assessment.exchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Vietnamese words of imports and exports, from the module's message bundle ({@code assessment.exchange.*}), so
 * that reports read the same as the pages. As Spring does, a message without arguments is taken as written.
 */
final class Wording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Wording() {}

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("messages/assessment", VIETNAMESE, NO_FALLBACK_TO_SYSTEM)
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }

    /** The start of a text as a person recognises it: tags and LaTeX delimiters kept, spaces collapsed, cut at 40. */
    static String excerpt(String text) {
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return plain.length() <= 40 ? plain : plain.substring(0, 40).strip() + " …";
    }
}
