package vn.edu.ecenter.assessment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.ImportOutcome;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.Review;
import vn.edu.ecenter.assessment.exchange.ImportResult;
import vn.edu.ecenter.assessment.exchange.QuestionFormat;
import vn.edu.ecenter.assessment.exchange.QuestionReader;
import vn.edu.ecenter.assessment.exchange.QuestionWriter;
import vn.edu.ecenter.assessment.exchange.UnreadableFile;
import vn.edu.ecenter.assessment.internal.BankStore.BankRow;
import vn.edu.ecenter.assessment.questions.Flaw;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionCheck;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/** Question banks: who may use which, versions of questions, review (see {@link QuestionBanks}). */
@Service
@Transactional(readOnly = true)
@PreAuthorize(QuestionBankService.BANK_USERS)
class QuestionBankService implements QuestionBanks {

    static final String BANK_USERS = "hasAnyRole('DIRECTOR', 'TEACHER')";

    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_NOTE = 2000;

    private final BankStore store;
    private final Academics academics;
    private final People people;
    private final AuditTrail audit;
    private final BusinessClock clock;

    QuestionBankService(BankStore store, Academics academics, People people, AuditTrail audit, BusinessClock clock) {
        this.store = store;
        this.academics = academics;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<BankView> banks() {
        Map<UUID, SubjectView> subjects = subjects();
        return store.banks().stream()
                .filter(b -> mayUse(subjects.get(b.subjectId())))
                .map(b -> view(b, subjects.get(b.subjectId())))
                .sorted(Comparator.comparing(
                                (BankView b) -> subjects.get(b.subjectId()).position())
                        .thenComparing(VietnameseText.comparing(BankView::name)))
                .toList();
    }

    @Override
    public Optional<BankView> bank(UUID bankId) {
        return store.bank(bankId).map(row -> view(row, usable(row)));
    }

    @Override
    public List<SubjectView> subjectsForBanks() {
        return subjects().values().stream()
                .filter(this::mayUse)
                .sorted(Comparator.comparingInt(SubjectView::position))
                .toList();
    }

    @Override
    @Transactional
    public BankView createBank(UUID subjectId, String name) {
        SubjectView subject = subjects().get(subjectId);
        if (subject == null) {
            throw Rejected.notFound("questionBank.error.unknownSubject");
        }
        if (!mayUse(subject)) {
            throw new AccessDeniedException("not a teacher of " + subject.code());
        }
        String clean = VietnameseText.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw new Rejected("questionBank.error.nameEmpty");
        }
        if (clean.length() > LONGEST_NAME) {
            throw new Rejected("questionBank.error.nameTooLong", LONGEST_NAME);
        }
        if (store.nameTaken(subjectId, clean)) {
            throw Rejected.conflict("questionBank.error.nameTaken", clean, subject.name());
        }
        UUID id = UUID.randomUUID();
        store.insertBank(id, subjectId, clean, clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("assessmentBank.created", "question_bank", id.toString())
                .values(null, Map.of("subject", subject.code(), "name", clean)));
        return bank(id).orElseThrow();
    }

    @Override
    public List<QuestionView> questions(UUID bankId) {
        usable(bankRow(bankId));
        return store.latestOfBank(bankId);
    }

    @Override
    public Optional<QuestionView> question(UUID questionId) {
        return store.version(questionId, null).map(row -> {
            usable(bankRow(row.bankId()));
            return row;
        });
    }

    @Override
    public List<QuestionView> history(UUID questionId) {
        List<QuestionView> versions = store.versions(questionId);
        if (versions.isEmpty()) {
            throw Rejected.notFound("questionBank.error.questionNotFound");
        }
        usable(bankRow(versions.getFirst().bankId()));
        return versions;
    }

    @Override
    @Transactional
    public QuestionView addQuestion(UUID bankId, QuestionSpec spec) {
        return add(bankId, spec, "editor");
    }

    /** Adds a question that came from {@code source} (the editor, or a file's format and name). */
    QuestionView add(UUID bankId, QuestionSpec spec, String source) {
        usable(bankRow(bankId));
        refuseFlawed(spec);
        refuseOthersPicture(spec, bankId);
        UUID id = insert(bankId, spec, source);
        audit.record(AuditRecord.of("bankQuestion.added", "question", id.toString())
                .values(
                        null,
                        Map.of(
                                "bank",
                                bankId.toString(),
                                "type",
                                spec.question().type().name(),
                                "source",
                                source)));
        return question(id).orElseThrow();
    }

    private UUID insert(UUID bankId, QuestionSpec spec, String source) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        store.insertQuestion(id, bankId, now);
        store.insertVersion(id, 1, spec.question(), spec.metadata(), source, now, CurrentUser.actor());
        return id;
    }

    @Override
    @Transactional
    public QuestionView reviseQuestion(UUID questionId, int basedOn, QuestionSpec spec) {
        QuestionView current = latest(questionId);
        usable(bankRow(current.bankId()));
        refuseFlawed(spec);
        refuseOthersPicture(spec, current.bankId());
        int latest = store.lockLatest(questionId).orElseThrow();
        if (latest != basedOn) {
            throw Rejected.conflict("questionBank.error.stale", basedOn, latest);
        }
        int version = latest + 1;
        store.insertVersion(
                questionId, version, spec.question(), spec.metadata(), "editor", clock.instant(), CurrentUser.actor());
        store.advance(questionId, latest, version);
        audit.record(AuditRecord.of("bankQuestion.revised", "question", questionId.toString())
                .values(Map.of("version", latest), Map.of("version", version)));
        return question(questionId).orElseThrow();
    }

    @Override
    @Transactional
    public QuestionView review(UUID questionId, int version, boolean approve, @Nullable String note) {
        QuestionView row = store.version(questionId, version)
                .orElseThrow(() -> Rejected.notFound("questionBank.error.questionNotFound"));
        usable(bankRow(row.bankId()));
        if (row.writtenBy().equals(CurrentUser.actor())) {
            throw new Rejected("questionBank.error.ownQuestion");
        }
        if (row.version() != row.latest()) {
            throw Rejected.conflict("questionBank.error.notLatest", version, row.latest());
        }
        String cleanNote = VietnameseText.clean(note);
        if (!approve && (cleanNote == null || cleanNote.isEmpty())) {
            throw new Rejected("questionBank.error.noteRequired");
        }
        if (cleanNote != null && cleanNote.length() > LONGEST_NOTE) {
            throw new Rejected("questionBank.error.noteTooLong", LONGEST_NOTE);
        }
        Review review = approve ? Review.APPROVED : Review.RETURNED;
        store.review(questionId, version, review, cleanNote, clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("bankQuestion.reviewed", "question", questionId.toString())
                .values(Map.of("version", version, "review", row.review().name()), Map.of("review", review.name()))
                .because(cleanNote));
        return store.version(questionId, version).orElseThrow();
    }

    @Override
    @Transactional
    public QuestionView retire(UUID questionId) {
        QuestionView row = latest(questionId);
        usable(bankRow(row.bankId()));
        store.retire(questionId);
        audit.record(AuditRecord.of("bankQuestion.retired", "question", questionId.toString()));
        return question(questionId).orElseThrow();
    }

    @Override
    @Transactional
    public ImportOutcome importQuestions(UUID bankId, QuestionFormat format, String fileName, byte[] file) {
        usable(bankRow(bankId));
        ImportResult result;
        try {
            result = QuestionReader.read(format, file);
        } catch (UnreadableFile unreadable) {
            throw Rejected.badRequest("questionBank.error.unreadable", unreadable.getMessage());
        }
        String source = format.slug() + ": " + fileName;
        List<ImportOutcome.ItemMessage> notes = new ArrayList<>();
        int pictures = 0;
        for (ImportResult.Imported imported : result.imported()) {
            QuestionSpec spec = imported.spec();
            if (imported.picture() != null) {
                spec = withPicture(bankId, spec, imported.picture());
                pictures++;
            }
            insert(bankId, spec, source.length() > 300 ? source.substring(0, 300) : source);
            imported.notes().forEach(note -> notes.add(new ImportOutcome.ItemMessage(imported.item(), note)));
        }
        List<ImportOutcome.ItemMessage> errors = result.rejected().stream()
                .map(r -> new ImportOutcome.ItemMessage(r.item(), r.message()))
                .toList();
        audit.record(AuditRecord.of("assessmentBank.imported", "question_bank", bankId.toString())
                .values(
                        null,
                        Map.of(
                                "file",
                                source,
                                "imported",
                                result.imported().size(),
                                "rejected",
                                errors.size(),
                                "pictures",
                                pictures)));
        return new ImportOutcome(result.imported().size(), errors.size(), errors, notes, result.notices());
    }

    /** The imported question with the picture its text embedded, stored as an uploaded one would be (same checks). */
    private QuestionSpec withPicture(UUID bankId, QuestionSpec spec, ImportResult.Picture picture) {
        String type = QuestionImageService.checkedType(picture.name(), picture.content());
        UUID id = UUID.randomUUID();
        store.insertImage(id, bankId, type, picture.content(), clock.instant(), CurrentUser.actor());
        Question question = spec.question();
        return new QuestionSpec(
                new Question(question.text(), question.body(), question.feedback(), id), spec.metadata());
    }

    @Override
    public QuestionWriter.Export export(UUID bankId, QuestionFormat format) {
        usable(bankRow(bankId));
        if (!format.writable()) {
            throw Rejected.badRequest("questionBank.error.notWritable", format.slug());
        }
        List<QuestionSpec> specs = store.latestOfBank(bankId).stream()
                .filter(row -> !row.retired())
                .map(row -> new QuestionSpec(row.question(), row.metadata()))
                .toList();
        return QuestionWriter.write(format, specs, id -> store.image(id)
                .filter(image -> image.bankId().equals(bankId))
                .map(BankStore.ImageRow::content)
                .orElse(null));
    }

    /** The bank's subject, when the caller may use the bank. */
    SubjectView usable(BankRow bank) {
        SubjectView subject = subjects().get(bank.subjectId());
        if (subject == null || !mayUse(subject)) {
            throw new AccessDeniedException("not a teacher of the bank's subject");
        }
        return subject;
    }

    /** The bank's subject, whoever asks (callers check the rights they need). */
    SubjectView subjectOf(UUID bankId) {
        SubjectView subject = subjects().get(bankRow(bankId).subjectId());
        if (subject == null) {
            throw Rejected.notFound("questionBank.error.bankNotFound");
        }
        return subject;
    }

    BankRow bankRow(UUID bankId) {
        return store.bank(bankId).orElseThrow(() -> Rejected.notFound("questionBank.error.bankNotFound"));
    }

    private QuestionView latest(UUID questionId) {
        return store.version(questionId, null)
                .orElseThrow(() -> Rejected.notFound("questionBank.error.questionNotFound"));
    }

    private static void refuseFlawed(QuestionSpec spec) {
        List<Flaw> flaws = QuestionCheck.flaws(spec.question());
        if (!flaws.isEmpty()) {
            String words = flaws.stream()
                    .map(f -> f.message(LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining(" "));
            throw new Rejected("questionBank.error.flawed", words);
        }
        Integer grade = spec.metadata().grade();
        if (grade != null && !Metadata.inProgramme(grade)) {
            throw new Rejected("questionBank.error.grade", grade, Metadata.LOWEST_GRADE, Metadata.HIGHEST_GRADE);
        }
    }

    /** A question shows only a picture uploaded for its own bank. */
    private void refuseOthersPicture(QuestionSpec spec, UUID bankId) {
        UUID image = spec.question().image();
        if (image != null
                && !store.image(image).map(row -> row.bankId().equals(bankId)).orElse(false)) {
            throw Rejected.badRequest("questionBank.error.imageNotFound");
        }
    }

    private boolean mayUse(@Nullable SubjectView subject) {
        if (subject == null) {
            return false;
        }
        if (CurrentUser.hasRole("DIRECTOR")) {
            return true;
        }
        String code = subject.code();
        return people.currentStaff().map(s -> s.subjectCodes().contains(code)).orElse(false)
                || academics.myTeaching().stream()
                        .anyMatch(t -> t.subjectCodes().contains(code));
    }

    private Map<UUID, SubjectView> subjects() {
        return academics.subjects().stream().collect(Collectors.toMap(SubjectView::id, Function.identity()));
    }

    private static BankView view(BankRow row, SubjectView subject) {
        return new BankView(
                row.id(),
                row.subjectId(),
                subject.code(),
                subject.name(),
                row.name(),
                row.questions(),
                row.approved(),
                row.waiting());
    }
}
