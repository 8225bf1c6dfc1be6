package vn.edu.ecenter.gradebook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.edu.ecenter.platform.signing.CopyKind;
import vn.edu.ecenter.platform.signing.Issuance;
import vn.edu.ecenter.platform.signing.PdfVerification;
import vn.edu.ecenter.platform.signing.SignedDocument;
import vn.edu.ecenter.shared.PersonName;

/**
 * The học bạ số (vn-regulations §1.8, §10 rule 9): per learner and school year the record goes from data complete
 * (computed from {@link Results}), to checked (the director), to signed by the homeroom teacher of the learner's class
 * that year (a PAdES signature on the printed học bạ, a new version of {@code SignedDocuments}), to signed by the
 * director (a countersignature on that version). A step is refused, with a Vietnamese message and nothing written,
 * when the one before it is missing or when the caller may not take it.
 *
 * <p>Each step keeps a fingerprint of the year's results. When the results change afterwards (a corrected score, a
 * re-test), the record shows "changed after signing" and goes through check and signatures again, which makes a new
 * signed version; the signed versions before it are never edited and still verify.
 *
 * <p>Each school year of a learner is its own series of signed versions ({@link #recordOf}): the director signs and
 * seals each year, and a later year's signatures never supersede an earlier year's, so every year can be completed
 * whatever happened in the others (a learner who moved on to the next class is still signed for the year behind).
 *
 * <p>Copies and extracts of a version signed by the director are issued through the platform's issuance log.
 */
public interface DigitalRecords {

    /** The signed documents' kind of the học bạ; the subject is the learner's year, {@link #recordOf}. */
    String KIND = "gradebook.hoc-ba";

    /** The subject of the signed versions of a learner's học bạ for the school year of a class. */
    static UUID recordOf(UUID learnerId, UUID classId) {
        return UUID.nameUUIDFromBytes(
                ("hoc-ba/" + learnerId + "/" + classId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every learner's record of a class (the director, the class's homeroom teacher). */
    ClassRecords classRecords(UUID classId);

    /** Records that the director checked the learner's complete data of that class's year. */
    RecordState check(UUID classId, UUID learnerId);

    /** The homeroom teacher of the class signs the checked học bạ: a new signed version. */
    RecordState signAsHomeroom(UUID classId, UUID learnerId);

    /** The director countersigns the version the homeroom teacher signed. */
    RecordState signAsDirector(UUID classId, UUID learnerId);

    /** {@link #check} for every learner of the class whose data is complete; the others are reported as skipped. */
    Batch checkClass(UUID classId);

    /** {@link #signAsHomeroom} for every checked learner of the class; the others are reported as skipped. */
    Batch signClassAsHomeroom(UUID classId);

    /** {@link #signAsDirector} for every learner the homeroom teacher signed; the others are reported as skipped. */
    Batch signClassAsDirector(UUID classId);

    /**
     * A learner's học bạ số: the record of each school year, every signed version with its verified signatures, and
     * the copies issued (the director, clerks, a homeroom teacher of the learner, the learner, their guardians).
     */
    LearnerRecords learnerRecords(UUID learnerId);

    /**
     * Issues a copy (bản sao) or extract (bản trích sao) of a version signed by the director (the director, a clerk):
     * logged with who, to whom, when and what for; the signed PDF is what is handed out.
     */
    SignedFile issue(UUID learnerId, UUID versionId, CopyKind kind, String issuedTo, String purpose);

    /** The signed PDF of a version, for those who may see the learner's học bạ số. */
    SignedFile signedFile(UUID learnerId, UUID versionId);

    /** Where a year's record stands. */
    enum Stage {
        /** Results are missing ({@link RecordState#missing}). */
        INCOMPLETE,
        /** Complete, waiting for the director's check. */
        COMPLETE,
        /** Checked, waiting for the homeroom teacher's signature. */
        CHECKED,
        /** Signed by the homeroom teacher, waiting for the director's. */
        SIGNED_BY_HOMEROOM,
        /** Signed by both: official. */
        SIGNED_BY_DIRECTOR;

        public String messageKey() {
            return "hocba.stage." + name();
        }
    }

    /** Who took a step and when. */
    record Step(String account, String name, Instant at) {}

    /** Something the record still lacks ("Môn Toán: chưa đủ điểm học kỳ II"). */
    record Missing(String messageKey, List<Object> arguments) {

        public Missing {
            arguments = List.copyOf(arguments);
        }

        public MessageSourceResolvable message() {
            return new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments.toArray(), messageKey);
        }
    }

    /**
     * A learner's record of one school year.
     *
     * @param missing what is missing while {@link Stage#INCOMPLETE}
     * @param changedAfterSigning the results differ from those of the last signature: the record must be checked and
     *     signed again (a new version)
     * @param changedAfterCheck the results differ from those checked last (before any new signature)
     * @param checked the check of the current round, if any
     * @param homeroomSignature the homeroom teacher's signature of the current round, if any
     * @param directorSignature the director's signature of the current round, if any
     * @param version the signed version of the current round (the latest signature's), if any
     */
    record RecordState(
            UUID classId,
            String className,
            String schoolYearName,
            UUID learnerId,
            String code,
            PersonName name,
            Stage stage,
            List<Missing> missing,
            boolean changedAfterSigning,
            boolean changedAfterCheck,
            @Nullable Step checked,
            @Nullable Step homeroomSignature,
            @Nullable Step directorSignature,
            @Nullable Integer version) {

        public RecordState {
            missing = List.copyOf(missing);
        }
    }

    /**
     * The records of a class.
     *
     * @param director the reader is the director (checks and countersigns)
     * @param homeroom the reader is the class's homeroom teacher (signs)
     */
    record ClassRecords(
            UUID classId,
            String className,
            String schoolYearName,
            @Nullable String homeroomName,
            boolean director,
            boolean homeroom,
            List<RecordState> learners) {

        public ClassRecords {
            learners = List.copyOf(learners);
        }
    }

    /** A class-level action: who was done and who was skipped, with why. */
    record Batch(List<RecordState> done, List<Skipped> skipped) {

        public Batch {
            done = List.copyOf(done);
            skipped = List.copyOf(skipped);
        }
    }

    /** A learner left out of a class-level action, and the reason (a message). */
    record Skipped(UUID learnerId, PersonName name, MessageSourceResolvable reason) {}

    /**
     * A learner's học bạ số.
     *
     * @param years the record of each school year, oldest first
     * @param versions every signed version, newest first, with its verification
     * @param issues every copy or extract issued, newest first
     * @param mayIssue the reader may issue copies (the director, a clerk)
     */
    record LearnerRecords(
            UUID learnerId,
            String code,
            PersonName name,
            List<RecordState> years,
            List<Version> versions,
            List<Issuance> issues,
            boolean mayIssue) {

        public LearnerRecords {
            years = List.copyOf(years);
            versions = List.copyOf(versions);
            issues = List.copyOf(issues);
        }
    }

    /**
     * A signed version and what its signatures verify to.
     *
     * @param official it carries the director's signature of a school year (made by {@link #signAsDirector}); only such
     *     a version is issued
     * @param latest it is the newest version
     */
    record Version(SignedDocument document, PdfVerification verification, boolean official, boolean latest) {}

    /** A signed PDF and its file name. */
    record SignedFile(String filename, byte[] content) {}
}
