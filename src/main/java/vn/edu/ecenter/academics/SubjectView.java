package vn.edu.ecenter.academics;

import java.util.UUID;

/**
 * A subject of the centre's programme.
 *
 * @param code stable code, e.g. VAN, TOAN, SU, DIA, KTPL, LY, HOA, SINH, CN, TIN, ANH
 * @param scored false for a comment-only subject (đánh giá bằng nhận xét)
 * @param periodsPerYear the default number of periods per year (a year and grade may differ, see {@link
 *     Academics#periodsPerYear})
 */
public record SubjectView(
        UUID id, String code, String name, SubjectKind kind, boolean scored, int periodsPerYear, int position) {}
