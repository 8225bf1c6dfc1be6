package vn.edu.ecenter.academics;

/** The result of installing the standard programme: subjects added and subjects already present (left alone). */
public record ProgrammeInstalled(int added, int alreadyPresent) implements java.io.Serializable {}
