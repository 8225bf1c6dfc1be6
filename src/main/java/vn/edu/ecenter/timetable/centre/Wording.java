package vn.edu.ecenter.timetable.centre;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the timetable (rule labels, slots, reasons a demand is impossible) in one language, read from the
 * module's message bundle {@code messages/timetable} — the same file the pages use — so that the command line, which
 * runs without Spring, speaks as the application does.
 */
public final class Wording {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Wording(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages/timetable", locale, NO_FALLBACK_TO_SYSTEM);
    }

    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Vietnamese, the application's first language. */
    public static Wording vietnamese() {
        return new Wording(Locale.of("vi"));
    }

    public static Wording of(Locale locale) {
        return new Wording(locale);
    }

    /** The message of the key with its arguments filled in. */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** E.g. "Thứ 2, sáng, tiết 1". */
    public String slot(Slot slot) {
        return text("timetable.slot", day(slot.day()), text("timetable.session." + slot.session()), slot.period());
    }

    public String day(java.time.DayOfWeek day) {
        return text("timetable.day." + day);
    }
}
