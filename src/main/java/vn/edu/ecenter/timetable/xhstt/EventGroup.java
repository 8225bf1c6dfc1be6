package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/**
 * A named set of events, the unit that event-group constraints (spread, link, avoid split assignments) apply to. A
 * course is an event group that says "these are the lessons of one subject for one class".
 */
public record EventGroup(String id, @Nullable String name, Kind kind, IndexSet events) {

    /** The element the group is declared with. */
    public enum Kind {
        COURSE("Course"),
        EVENT_GROUP("EventGroup");

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
