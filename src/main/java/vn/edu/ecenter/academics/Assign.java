package vn.edu.ecenter.academics;

import java.math.BigDecimal;
import java.util.UUID;

/** Assigns a teacher to teach a subject in a class for a number of periods per week (phân công giảng dạy). */
public record Assign(UUID classId, UUID subjectId, UUID staffId, BigDecimal periodsPerWeek) {}
