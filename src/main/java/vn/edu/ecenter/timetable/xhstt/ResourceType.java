package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/** A kind of resource: teacher, class, room. Event resources ask for a resource of one type. */
public record ResourceType(String id, @Nullable String name) {}
