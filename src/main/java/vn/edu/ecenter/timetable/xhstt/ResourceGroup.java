package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/** A named set of resources of one type (all teachers, the gyms, ...), as declared by the resources themselves. */
public record ResourceGroup(String id, @Nullable String name, int resourceType, IndexSet resources) {}
