package vn.edu.ecenter.gradebook.prints;

import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.gradebook.rules.Rating;

/** A result (learning or conduct) for học kỳ I, học kỳ II and the whole year; a blank is not yet decided. */
public record Ratings(
        @Nullable Rating first,
        @Nullable Rating second,
        @Nullable Rating year) {

    public static Ratings none() {
        return new Ratings(null, null, null);
    }
}
