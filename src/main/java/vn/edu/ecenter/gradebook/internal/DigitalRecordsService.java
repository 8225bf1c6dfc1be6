package vn.edu.ecenter.gradebook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.gradebook.DigitalRecords;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.internal.RecordWorkflow.ClassView;
import vn.edu.ecenter.gradebook.internal.RecordWorkflow.ClassYears;
import vn.edu.ecenter.gradebook.internal.ResultsReads.ClassData;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.signing.CopyKind;
import vn.edu.ecenter.platform.signing.Issuance;
import vn.edu.ecenter.platform.signing.IssuanceLog;
import vn.edu.ecenter.platform.signing.IssueCopy;
import vn.edu.ecenter.platform.signing.SignedDocument;
import vn.edu.ecenter.platform.signing.SignedDocuments;

/**
 * The học bạ số: reads and single steps go to {@link RecordWorkflow}; a class-level action takes the learners one by
 * one, each in its own transaction, so a learner who cannot be signed is reported as skipped (with the reason) and
 * does not undo the others' signatures.
 */
@Service
class DigitalRecordsService implements DigitalRecords {

    private final RecordWorkflow workflow;
    private final ResultsReads reads;
    private final People people;
    private final SignedDocuments documents;
    private final IssuanceLog issuances;

    DigitalRecordsService(
            RecordWorkflow workflow,
            ResultsReads reads,
            People people,
            SignedDocuments documents,
            IssuanceLog issuances) {
        this.workflow = workflow;
        this.reads = reads;
        this.people = people;
        this.documents = documents;
        this.issuances = issuances;
    }

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public ClassRecords classRecords(UUID classId) {
        ClassView view = workflow.view(classId);
        ClassData schoolClass = view.data().schoolClass();
        boolean director = Callers.director();
        if (!director && !view.homeroom()) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "hocba.forbidden.class", schoolClass.name());
        }
        return new ClassRecords(
                classId,
                schoolClass.name(),
                schoolClass.schoolYearName(),
                workflow.staffName(schoolClass.homeroomId()),
                director,
                view.homeroom(),
                view.states());
    }

    @Override
    @PreAuthorize("hasRole('DIRECTOR')")
    public RecordState check(UUID classId, UUID learnerId) {
        return workflow.check(classId, learnerId);
    }

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public RecordState signAsHomeroom(UUID classId, UUID learnerId) {
        return workflow.signAsHomeroom(classId, learnerId);
    }

    @Override
    @PreAuthorize("hasRole('DIRECTOR')")
    public RecordState signAsDirector(UUID classId, UUID learnerId) {
        return workflow.signAsDirector(classId, learnerId);
    }

    @Override
    @PreAuthorize("hasRole('DIRECTOR')")
    public Batch checkClass(UUID classId) {
        return batch(workflow.view(classId), Stage.COMPLETE, workflow::check);
    }

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public Batch signClassAsHomeroom(UUID classId) {
        ClassView view = workflow.view(classId);
        if (!view.homeroom()) {
            throw GradebookRejection.of(
                    Kind.FORBIDDEN,
                    "hocba.forbidden.homeroom",
                    view.data().schoolClass().name());
        }
        return batch(view, Stage.CHECKED, workflow::signAsHomeroom);
    }

    @Override
    @PreAuthorize("hasRole('DIRECTOR')")
    public Batch signClassAsDirector(UUID classId) {
        return batch(workflow.view(classId), Stage.SIGNED_BY_HOMEROOM, workflow::signAsDirector);
    }

    /**
     * Takes the step for every learner of the class at the stage before it; the others are skipped with the reason
     * (already past this step, or what is missing before it).
     */
    private Batch batch(ClassView view, Stage ready, BiFunction<UUID, UUID, RecordState> step) {
        UUID classId = view.data().schoolClass().id();
        List<RecordState> done = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (RecordState state : view.states()) {
            if (state.stage() != ready) {
                skipped.add(new Skipped(state.learnerId(), state.name(), reason(state, ready)));
                continue;
            }
            try {
                done.add(step.apply(classId, state.learnerId()));
            } catch (GradebookRejection e) {
                // The right to act on the class was checked before; a learner refused on their own (say, the học bạ
                // of a learner who moved on to a newer class) is reported, and the others go on.
                skipped.add(new Skipped(state.learnerId(), state.name(), e.message()));
            } catch (vn.edu.ecenter.platform.web.Rejected e) {
                skipped.add(new Skipped(
                        state.learnerId(),
                        state.name(),
                        new DefaultMessageSourceResolvable(
                                new String[] {e.messageKey()}, e.arguments(), e.messageKey())));
            }
        }
        return new Batch(done, skipped);
    }

    private static DefaultMessageSourceResolvable reason(RecordState state, Stage ready) {
        String key;
        Object[] arguments = {};
        if (state.stage().ordinal() > ready.ordinal()) {
            key = "hocba.skipped.done";
            arguments = new Object[] {
                new DefaultMessageSourceResolvable(state.stage().messageKey())
            };
        } else if (state.stage() == Stage.INCOMPLETE) {
            key = "hocba.skipped.incomplete";
            arguments = new Object[] {
                state.missing().size(), state.missing().getFirst().message()
            };
        } else {
            key = "hocba.skipped.waiting";
            arguments = new Object[] {
                new DefaultMessageSourceResolvable(state.stage().messageKey())
            };
        }
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments, key);
    }

    // ---------------------------------------------------------------- a learner's học bạ số

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public LearnerRecords learnerRecords(UUID learnerId) {
        LearnerSummary learner = readable(learnerId);
        List<RecordState> years = new ArrayList<>();
        List<ClassYears> classes = reads.recordClasses(learnerId).stream()
                .map(classId -> workflow.classYears(classId, learnerId))
                .sorted(java.util.Comparator.comparing(
                        (ClassYears c) -> c.schoolClass().schoolYearStart()))
                .toList();
        for (ClassYears data : classes) {
            years.add(workflow.state(data, learnerId));
        }
        // Each year is its own series of versions (DigitalRecords.recordOf): the latest year first, newest first.
        List<Version> shown = new ArrayList<>();
        List<Issuance> issued = new ArrayList<>();
        for (ClassYears data : classes.reversed()) {
            UUID record = DigitalRecords.recordOf(learnerId, data.schoolClass().id());
            List<SignedDocument> versions = new ArrayList<>(documents.versions(KIND, record));
            java.util.Collections.reverse(versions);
            for (int i = 0; i < versions.size(); i++) {
                SignedDocument version = versions.get(i);
                shown.add(
                        new Version(version, documents.verify(version.id()), workflow.official(version.id()), i == 0));
            }
            issued.addAll(issuances.issuesOf(KIND, record));
        }
        return new LearnerRecords(learnerId, learner.code(), learner.name(), years, shown, issued, mayIssue());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    public SignedFile issue(UUID learnerId, UUID versionId, CopyKind kind, String issuedTo, String purpose) {
        SignedDocument version = versionOf(learnerId, versionId);
        if (!workflow.official(versionId)) {
            throw GradebookRejection.of(Kind.CONFLICT, "hocba.issue.notOfficial", version.version());
        }
        RecordWorkflow.platform(() -> issuances.record(new IssueCopy(versionId, kind, issuedTo, purpose)));
        return new SignedFile(version.fileName(), documents.content(versionId));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SignedFile signedFile(UUID learnerId, UUID versionId) {
        readable(learnerId);
        SignedDocument version = versionOf(learnerId, versionId);
        return new SignedFile(version.fileName(), documents.content(versionId));
    }

    private SignedDocument versionOf(UUID learnerId, UUID versionId) {
        SignedDocument version = RecordWorkflow.platform(() -> documents.version(versionId));
        boolean learners = reads.recordClasses(learnerId).stream()
                .anyMatch(classId -> DigitalRecords.recordOf(learnerId, classId).equals(version.subjectId()));
        if (!version.kind().equals(KIND) || !learners) {
            throw GradebookRejection.of(Kind.NOT_FOUND, "hocba.version.notFound");
        }
        return version;
    }

    /**
     * The learner, if the reader may see their học bạ số: the director and clerks, a homeroom teacher of one of the
     * learner's classes of grades 10–12, the learner and their guardians.
     */
    private LearnerSummary readable(UUID learnerId) {
        boolean allowed = mayIssue();
        if (!allowed && CurrentUser.hasRole("TEACHER")) {
            @Nullable UUID me = reads.staffOf(Callers.accountId()).orElse(null);
            List<UUID> classes = reads.recordClasses(learnerId);
            allowed = me != null
                    && !classes.isEmpty()
                    && reads.load(classes).classes().stream().anyMatch(c -> c.ledBy(me));
        }
        if (!allowed && (CurrentUser.hasRole("LEARNER") || CurrentUser.hasRole("GUARDIAN"))) {
            allowed = people.ownLearnerIds().contains(learnerId);
        }
        if (!allowed) {
            throw GradebookRejection.of(Kind.FORBIDDEN, "hocba.forbidden.learner");
        }
        return people.learners(List.of(learnerId)).stream()
                .findFirst()
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "results.record.unknownLearner"));
    }

    private static boolean mayIssue() {
        return Callers.director() || CurrentUser.hasRole("CLERK");
    }
}
