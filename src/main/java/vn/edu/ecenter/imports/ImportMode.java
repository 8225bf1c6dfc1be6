package vn.edu.ecenter.imports;

/** What to do when some rows are rejected. */
public enum ImportMode {
    /** Write nothing unless every row is valid ("tất cả hoặc không gì cả"). */
    ALL,
    /** Write the valid rows and report the rejected ones ("chỉ nhận các dòng hợp lệ"). */
    VALID;

    public static ImportMode of(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "all" -> ALL;
            case "valid" -> VALID;
            default -> throw new IllegalArgumentException("mode " + value);
        };
    }
}
