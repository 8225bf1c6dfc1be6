package vn.edu.ecenter.assessment.questions;

/**
 * The cognitive level of a question. The three-level scale (Biết / Hiểu / Vận dụng) is the one of the 2018 general
 * education programme and of the 2025 national exam's structure; the older four-level scale (Nhận biết / Thông hiểu /
 * Vận dụng / Vận dụng cao) is still used in existing banks and stays available: its first three levels are the same
 * as the three-level ones, so a bank may mix the two and a blueprint on the three-level scale counts {@link
 * #VAN_DUNG_CAO} as {@link #VAN_DUNG}.
 */
public enum CognitiveLevel {
    BIET,
    HIEU,
    VAN_DUNG,
    /** Only on the older four-level scale. */
    VAN_DUNG_CAO;

    /** The level on the three-level scale. */
    public CognitiveLevel onThreeLevelScale() {
        return this == VAN_DUNG_CAO ? VAN_DUNG : this;
    }
}
