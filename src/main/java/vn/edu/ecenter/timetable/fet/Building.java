package vn.edu.ecenter.timetable.fet;

/** A building (tòa nhà) rooms may belong to. */
public record Building(String name, String comments) {}
