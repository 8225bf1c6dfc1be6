package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;

/**
 * The written remarks of the score book: the subject teacher's comment on each learner's progress per semester (the
 * dedicated comment column of the monitoring-and-assessment book, TT 43/2021 Appendix 2, and the subject teacher's
 * remark in the học bạ) and the homeroom teacher's remark on each learner's year (GVCN's remark in the học bạ). Who may
 * do what follows the marks: the assigned teacher writes the subject's remarks, the homeroom teacher the year's; both,
 * and the director, read them; nothing is written once the semester (for the year's remark: semester II) is locked.
 */
public interface Remarks {

    /** The most characters of one remark: what the học bạ's remark box holds in its small print. */
    int MAX_LENGTH = 300;

    /** The subject teacher's remarks of a class, subject and semester (1 or 2), every learner who takes it. */
    RemarkSheet subjectRemarks(UUID classId, UUID subjectId, int semester);

    /** Saves subject remarks, all or nothing (a blank text clears a remark); returns how many changed. */
    int saveSubjectRemarks(UUID classId, UUID subjectId, int semester, List<RemarkInput> remarks);

    /** The homeroom teacher's remarks on the year of every learner of the class. */
    RemarkSheet homeroomRemarks(UUID classId);

    /** Saves year remarks of the homeroom teacher, all or nothing; returns how many changed. */
    int saveHomeroomRemarks(UUID classId, List<RemarkInput> remarks);
}
