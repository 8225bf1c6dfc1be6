package vn.edu.ecenter.timetable.fet;

/** A teacher (giáo viên), named uniquely in the file. */
public record Teacher(String name, String comments) {}
