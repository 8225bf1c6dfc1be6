package vn.edu.ecenter.academics.internal;

import java.util.List;
import vn.edu.ecenter.academics.SubjectDetails;
import vn.edu.ecenter.academics.SubjectKind;

/**
 * The GDTX THPT programme of TT 12/2022/TT-BGDĐT as installed into a centre: compulsory Ngữ văn, Toán, Lịch sử; four
 * electives out of seven; Tiếng Anh as an optional subject (offered in Hồ Chí Minh City, CV 5705/SGDĐT-GDTXCNĐH); the
 * learning topics (chuyên đề học tập).
 *
 * <p>FROM MEMORY (vn-regulations §2): the periods per year (Văn and Toán 105, Sử 52, each elective 70), the elective
 * list after "GD kinh tế và pháp luật", English as optional and the learning topics' 35 periods. They are defaults:
 * the centre changes them per school year and grade.
 */
final class StandardProgramme {

    private StandardProgramme() {}

    static final List<SubjectDetails> SUBJECTS = List.of(
            new SubjectDetails("VAN", "Ngữ văn", SubjectKind.COMPULSORY, true, 105, 1),
            new SubjectDetails("TOAN", "Toán", SubjectKind.COMPULSORY, true, 105, 2),
            new SubjectDetails("SU", "Lịch sử", SubjectKind.COMPULSORY, true, 52, 3),
            new SubjectDetails("DIA", "Địa lí", SubjectKind.ELECTIVE, true, 70, 4),
            new SubjectDetails("KTPL", "Giáo dục kinh tế và pháp luật", SubjectKind.ELECTIVE, true, 70, 5),
            new SubjectDetails("LY", "Vật lí", SubjectKind.ELECTIVE, true, 70, 6),
            new SubjectDetails("HOA", "Hóa học", SubjectKind.ELECTIVE, true, 70, 7),
            new SubjectDetails("SINH", "Sinh học", SubjectKind.ELECTIVE, true, 70, 8),
            new SubjectDetails("CN", "Công nghệ", SubjectKind.ELECTIVE, true, 70, 9),
            new SubjectDetails("TIN", "Tin học", SubjectKind.ELECTIVE, true, 70, 10),
            new SubjectDetails("ANH", "Tiếng Anh", SubjectKind.OPTIONAL, true, 105, 11),
            new SubjectDetails("CDHT", "Chuyên đề học tập", SubjectKind.TOPIC, false, 35, 12));

    /** The number of electives a learner takes (TT 12/2022). */
    static final int ELECTIVES_PER_LEARNER = 4;
}
