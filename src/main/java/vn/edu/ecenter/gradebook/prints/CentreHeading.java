package vn.edu.ecenter.gradebook.prints;

/**
 * The heading of an official form, left of the national motto: the governing body and the centre, both printed in
 * capitals ("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH", "TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN ..."), and the place
 * written before the date of signing ("Thành phố Hồ Chí Minh, ngày 05 tháng 9 năm 2025", vn-regulations §9.3).
 */
public record CentreHeading(String authority, String name, String place) {

    public CentreHeading {
        authority = authority.strip();
        name = name.strip();
        place = place.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An official form needs the centre's name");
        }
    }
}
