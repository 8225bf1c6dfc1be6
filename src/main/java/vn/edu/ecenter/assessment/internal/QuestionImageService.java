package vn.edu.ecenter.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.assessment.QuestionImages;
import vn.edu.ecenter.assessment.internal.BankStore.ImageRow;
import vn.edu.ecenter.assessment.questions.QuestionImage;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/** Question pictures: kept by bank, checked by their first bytes and size, served to those who see their questions. */
@Service
@Transactional(readOnly = true)
class QuestionImageService implements QuestionImages {

    private final BankStore store;
    private final QuestionBankService banks;
    private final People people;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final HostScope hosts;

    QuestionImageService(
            BankStore store,
            QuestionBankService banks,
            People people,
            AuditTrail audit,
            BusinessClock clock,
            HostScope hosts) {
        this.hosts = hosts;
        this.store = store;
        this.banks = banks;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public UUID upload(UUID bankId, String fileName, byte[] content) {
        banks.usable(banks.bankRow(bankId));
        String type = checkedType(fileName, content);
        UUID id = UUID.randomUUID();
        store.insertImage(id, bankId, type, content, clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("questionPicture.uploaded", "question_image", id.toString())
                .values(null, Map.of("bank", bankId.toString(), "type", type, "bytes", content.length)));
        return id;
    }

    /**
     * The picture's media type, refused (too large, not a PNG, JPEG, GIF or WebP by its first bytes) as an upload is:
     * the same checks for a picture uploaded and one an imported question embedded.
     */
    static String checkedType(String fileName, byte[] content) {
        String name = fileName.isBlank() ? "?" : fileName.strip();
        if (content.length > QuestionImage.LARGEST) {
            throw Rejected.badRequest(
                    "questionBank.error.imageTooLarge",
                    name,
                    (content.length + 1023) / 1024,
                    QuestionImage.LARGEST / 1024);
        }
        String type = QuestionImage.mediaType(content);
        if (type == null) {
            throw Rejected.badRequest("questionBank.error.imageType", name);
        }
        return type;
    }

    @Override
    public Picture picture(UUID imageId) {
        java.util.Optional<ImageRow> own = store.image(imageId);
        if (own.isEmpty()) {
            // Another centre's picture is found only where it is on the user's own paper there.
            return onNominatedPaper(imageId)
                    .map(row -> new Picture(row.mediaType(), row.content()))
                    .orElseThrow(() -> Rejected.notFound("questionBank.error.imageNotFound"));
        }
        ImageRow row = own.get();
        if (!mayUseBank(row.bankId()) && !onOwnPaper(imageId)) {
            throw new AccessDeniedException("the picture is on no question the caller may see");
        }
        return new Picture(row.mediaType(), row.content());
    }

    private boolean mayUseBank(UUID bankId) {
        if (!CurrentUser.hasRole("DIRECTOR") && !CurrentUser.hasRole("TEACHER")) {
            return false;
        }
        try {
            banks.usable(banks.bankRow(bankId));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * A picture of another centre's bank, shown on the paper the user took in that centre's round between centres (as
     * their centre's nominee); read in that centre's scope.
     */
    private java.util.Optional<ImageRow> onNominatedPaper(UUID imageId) {
        return hosts.inNominatingHosts(who -> store.imageOnPaperOf(imageId, List.of(), List.of(who.id()))
                ? store.image(imageId)
                : java.util.Optional.empty());
    }

    private boolean onOwnPaper(UUID imageId) {
        List<UUID> learners = List.copyOf(people.ownLearnerIds());
        List<UUID> participants = new ArrayList<>(learners);
        people.currentStaff().map(StaffSummary::id).ifPresent(participants::add);
        return store.imageOnPaperOf(imageId, learners, participants);
    }
}
