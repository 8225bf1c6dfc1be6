package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;

/**
 * The score book of the signed-in user's centre (sổ ghi điểm, TT 43/2021/TT-BGDĐT): score sheets per class, subject and
 * semester, conduct per class and semester, semester locks and corrections after a lock. Every method checks who calls
 * it: the teacher assigned to a class and subject (phân công giảng dạy) reads and writes that sheet; the homeroom
 * teacher (GVCN) reads every sheet of the class and writes its conduct; the director reads everything, locks and
 * unlocks semesters and decides corrections. A semester is a number, 1 or 2, of the class's school year.
 *
 * <p>Writes are all or nothing: one bad item rejects the whole request with a {@link GradebookRejection} naming every
 * bad item, and nothing is written. Every change of a mark is kept in the change log.
 */
public interface Gradebook {

    /** The class-subjects the signed-in user may open in the current school year ("Sổ điểm"). */
    List<BookEntry> myBook();

    /** A class's subjects with their teachers, the semester locks and what the signed-in user may do. */
    ClassBook classBook(UUID classId);

    /**
     * The score sheet: the learners who take the subject in the class, in class-list order, each cell with its mark and
     * version, and each learner's semester average (ĐTBmhk), which exists only once every required mark is entered.
     */
    ScoreSheet sheet(UUID classId, UUID subjectId, int semester);

    /**
     * Saves marks of one sheet (a blank value clears the cell). Only the assigned teacher writes, and only while the
     * semester is open. An item that names a version is refused as a conflict when the cell has changed since.
     */
    SavedMarks save(UUID classId, UUID subjectId, int semester, List<MarkInput> marks);

    /** The sheet as an Excel workbook (.xlsx) in the user's language, to keep, print or fill in and import back. */
    byte[] exportSheet(UUID classId, UUID subjectId, int semester);

    /**
     * Imports the marks of an exported (or filled-in) workbook: all or nothing, blank cells leave marks as they are.
     * Rows that cannot be taken are reported with their row number, column and reason, and then nothing is saved.
     */
    SheetImport importSheet(UUID classId, UUID subjectId, int semester, byte[] content, String fileName);

    /** Every change of the sheet's marks, newest first. */
    List<MarkChange> changes(UUID classId, UUID subjectId, int semester);

    // ---- Conduct (kết quả rèn luyện), proposed by the homeroom teacher ----

    ConductSheet conduct(UUID classId, int semester);

    /** Saves conduct levels of a class (homeroom teacher only, semester open); a blank level clears it. */
    void saveConduct(UUID classId, int semester, List<ConductInput> levels);

    // ---- Locks (khóa sổ), director ----

    /** Locks a class's semester: from now on a change of a mark needs an approved correction. */
    LockState lock(UUID classId, int semester);

    /** Removes the class's own lock (a lock of the whole centre stays). */
    LockState unlock(UUID classId, int semester);

    /** Locks a semester of the current school year for every class of the centre. */
    void lockCentre(int semester);

    void unlockCentre(int semester);

    /** Whether the whole centre's semester of the current school year is locked. */
    boolean isCentreLocked(int semester);

    // ---- Corrections after a lock ----

    /** The assigned teacher asks to change a mark of a locked semester, with a reason; nothing changes yet. */
    Correction requestCorrection(UUID classId, UUID subjectId, int semester, CorrectionRequest request);

    /** Corrections of a sheet, newest first. */
    List<Correction> corrections(UUID classId, UUID subjectId, int semester);

    /** The corrections waiting for the director (director), or the signed-in teacher's own requests. */
    List<Correction> pendingCorrections();

    /** Applies the correction (director): the mark changes, the change log keeps old, new, who, when and why. */
    Correction approveCorrection(UUID correctionId, String note);

    /** Refuses the correction (director); the mark stays. */
    Correction rejectCorrection(UUID correctionId, String note);
}
