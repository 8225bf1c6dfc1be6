package vn.edu.ecenter.gradebook;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The period of a result: học kỳ I (HK1), học kỳ II (HK2) or the whole year (CN, cả năm). */
public enum ResultPeriod {
    HK1,
    HK2,
    CN;

    /** The period named in a request ("HK1", "hk2", "CN"); empty for anything else. */
    public static Optional<ResultPeriod> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ResultPeriod period : values()) {
            if (period.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "results.period." + name();
    }
}
