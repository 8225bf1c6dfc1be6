package vn.edu.ecenter.academics;

/** Where a subject stands in the programme (TT 12/2022/TT-BGDĐT). */
public enum SubjectKind {
    /** Môn bắt buộc: Ngữ văn, Toán, Lịch sử. */
    COMPULSORY,
    /** Môn lựa chọn: four of Địa lí, GD kinh tế và pháp luật, Vật lí, Hóa học, Sinh học, Công nghệ, Tin học. */
    ELECTIVE,
    /** Môn tự chọn offered by the centre, e.g. Tiếng Anh in Hồ Chí Minh City. */
    OPTIONAL,
    /** Chuyên đề học tập (learning topic). */
    TOPIC
}
