package vn.edu.ecenter.timetable.fet;

/** A subject (môn học), named uniquely in the file. */
public record Subject(String name, String comments) {}
