package vn.edu.ecenter.academics;

import java.util.UUID;

/** A workload reduction other than homeroom (TT 04/2026: 1 to 4 periods per week), with its reason. */
public record Reduction(UUID id, UUID staffId, int periods, String reason) {}
