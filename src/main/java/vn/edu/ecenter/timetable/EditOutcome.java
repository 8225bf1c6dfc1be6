package vn.edu.ecenter.timetable;

import java.util.List;

/**
 * What a move or swap by hand did: whether it was applied, the version's revision after it, and the rules it breaks
 * that were kept before (named in the editor's language). A move that would break a hard rule is not applied until the
 * editor confirms it.
 */
public record EditOutcome(boolean applied, int revision, List<TimetableView.Broken> newlyBroken) {}
