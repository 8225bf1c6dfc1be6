package vn.edu.ecenter.timetable.fet;

import org.jspecify.annotations.Nullable;

/** A room (phòng học), optionally in a building, with its capacity in students. */
public record Room(String name, @Nullable String building, int capacity, String comments) {}
