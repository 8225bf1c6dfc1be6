package vn.edu.ecenter.academics;

import java.util.UUID;

/**
 * A learning topic (chuyên đề học tập, THPT) of the centre, e.g. "CD_TOAN" "Chuyên đề Toán", with the subject it
 * belongs to: its score is one more regular assessment (ĐĐGtx) of that subject (TT 43/2021/TT-BGDĐT Art. 9.1).
 */
public record LearningTopicView(
        UUID id, String code, String name, UUID subjectId, String subjectCode, String subjectName) {}
