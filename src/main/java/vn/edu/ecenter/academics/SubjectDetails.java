package vn.edu.ecenter.academics;

/** A subject to add to the centre's programme or to change. */
public record SubjectDetails(
        String code, String name, SubjectKind kind, boolean scored, int periodsPerYear, int position) {}
