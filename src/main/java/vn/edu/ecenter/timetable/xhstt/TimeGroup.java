package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/**
 * A named set of times (a day, a week, "first periods", ...). Its members are not listed in the file: each time says
 * which groups it belongs to; the reader turns that into this index set.
 */
public record TimeGroup(String id, @Nullable String name, Kind kind, IndexSet times) {

    /** The element the group is declared with; days and weeks are time groups with a meaning for people. */
    public enum Kind {
        WEEK("Week"),
        DAY("Day"),
        TIME_GROUP("TimeGroup");

        private final String element;

        Kind(String element) {
            this.element = element;
        }

        /** The XML element name. */
        public String element() {
            return element;
        }
    }
}
