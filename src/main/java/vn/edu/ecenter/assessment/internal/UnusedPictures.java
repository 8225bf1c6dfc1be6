package vn.edu.ecenter.assessment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * Deletes, in every centre, question pictures that were uploaded in the editor but never saved with a question (the
 * teacher left the page or chose another picture), once they are older than {@code ecenter.assessment.unused-picture-age}
 * (a day by default, so that an editor still open keeps its picture). A picture any version of a question shows is
 * never deleted: versions are kept for ever, and tests keep the version they used. Each deletion is audited.
 */
@Component
class UnusedPictures {

    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(UnusedPictures.class);

    private final BankStore store;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final Duration age;

    UnusedPictures(
            BankStore store,
            Tenancy tenancy,
            AuditTrail audit,
            BusinessClock clock,
            @Value("${ecenter.assessment.unused-picture-age:1d}") Duration age) {
        this.store = store;
        this.tenancy = tenancy;
        this.audit = audit;
        this.clock = clock;
        this.age = age;
    }

    @Scheduled(
            fixedDelayString = "${ecenter.assessment.unused-picture-sweep:1h}",
            initialDelayString = "${ecenter.assessment.unused-picture-sweep:1h}")
    void sweep() {
        Instant before = clock.instant().minus(age);
        int deleted = 0;
        for (UUID centre : tenancy.asSystem(() -> store.centresWithPicturesBefore(before))) {
            int deletedNow;
            do {
                deletedNow = tenancy.inCentre(centre, () -> deleteUnused(before));
                deleted += deletedNow;
            } while (deletedNow == BATCH);
        }
        if (deleted > 0) {
            log.info("Deleted {} question pictures no question shows", deleted);
        }
    }

    /** Deletes a batch of the current centre's unused pictures, each recorded in its audit trail; answers how many. */
    private int deleteUnused(Instant before) {
        List<UUID> deleted = store.deleteUnusedImages(before, BATCH);
        for (UUID id : deleted) {
            audit.record(AuditRecord.of("questionPicture.deletedUnused", "question_image", id.toString())
                    .values(Map.of("unusedFor", age.toString()), null));
        }
        return deleted.size();
    }
}
