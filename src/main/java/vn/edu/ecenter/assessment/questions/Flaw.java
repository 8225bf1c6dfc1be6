package vn.edu.ecenter.assessment.questions;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What makes a question unusable, with the facts that name it; {@link #message} words it from the module's message
 * bundle ({@code assessment.flaw.<KIND>}), so that importers, the command line and the pages say the same.
 */
public record Flaw(Kind kind, List<Object> arguments) {

    public enum Kind {
        EMPTY_TEXT,
        TOO_FEW_OPTIONS,
        EMPTY_OPTION,
        REPEATED_OPTION,
        REPEATED_KEY,
        NO_RIGHT_OPTION,
        NOT_ONE_FULL_OPTION,
        WEIGHTS_NOT_WHOLE,
        NOT_FOUR_STATEMENTS,
        EMPTY_STATEMENT,
        NO_FULL_ANSWER,
        TOO_FEW_PAIRS,
        TOO_FEW_ITEMS,
        GAPS_DO_NOT_MATCH,
        RUBRIC_POINTS
    }

    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Flaw(Kind kind, Object... arguments) {
        this(kind, List.of(arguments));
    }

    public Flaw {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "assessment.flaw." + kind.name();
    }

    /** The flaw in words, in the locale's language (Vietnamese for {@code vi}). */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages/assessment", locale, NO_FALLBACK_TO_SYSTEM);
        return new MessageFormat(bundle.getString(messageKey()), locale).format(arguments.toArray());
    }
}
