package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/** A teacher, class, room or other resource that can attend only one event at a time. */
public record Resource(String id, @Nullable String name, int resourceType, IndexSet resourceGroups) {}
