package vn.edu.ecenter.timetable.fet;

/** An activity tag (nhãn hoạt động), a free label FET constraints can select activities by. */
public record ActivityTag(String name, String comments) {}
