package vn.edu.ecenter.timetable.centre;

import java.time.DayOfWeek;
import vn.edu.ecenter.academics.ClassSession;

/** A period of the week: day, session and period number (from 1), e.g. Thứ 2, sáng, tiết 1. */
public record Slot(DayOfWeek day, ClassSession session, int period) {}
