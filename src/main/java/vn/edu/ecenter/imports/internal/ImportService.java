package vn.edu.ecenter.imports.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.imports.Imports;
import vn.edu.ecenter.platform.spreadsheet.SheetContent;
import vn.edu.ecenter.platform.spreadsheet.SheetLayout;
import vn.edu.ecenter.platform.spreadsheet.SheetReader;
import vn.edu.ecenter.platform.spreadsheet.SheetTemplate;
import vn.edu.ecenter.platform.web.Rejected;

/** {@link Imports}: reads the file with the platform's {@link SheetReader}, then hands the rows to the kind's importer. */
@Service
class ImportService implements Imports {

    static final String ROLES = "hasAnyRole('DIRECTOR', 'CLERK')";

    private final LearnerImporter learners;
    private final GuardianImporter guardians;
    private final StaffImporter staff;

    ImportService(LearnerImporter learners, GuardianImporter guardians, StaffImporter staff) {
        this.learners = learners;
        this.guardians = guardians;
        this.staff = staff;
    }

    static SheetLayout layout(ImportKind kind) {
        return switch (kind) {
            case LEARNERS -> LearnerImporter.LAYOUT;
            case GUARDIANS -> GuardianImporter.LAYOUT;
            case STAFF -> StaffImporter.LAYOUT;
        };
    }

    @Override
    @PreAuthorize(ROLES)
    public byte[] template(ImportKind kind) {
        return SheetTemplate.write(layout(kind));
    }

    @Override
    @Transactional
    @PreAuthorize(ROLES)
    public ImportReport run(
            ImportKind kind, byte[] file, String fileName, @Nullable UUID classId, boolean dryRun, ImportMode mode) {
        return run(kind, file, fileName, classId, dryRun, mode, Progress.NONE);
    }

    @Transactional
    @PreAuthorize(ROLES)
    public ImportReport run(
            ImportKind kind,
            byte[] file,
            String fileName,
            @Nullable UUID classId,
            boolean dryRun,
            ImportMode mode,
            Progress progress) {
        if (classId != null && kind != ImportKind.LEARNERS) {
            throw Rejected.badRequest("imports.class.learnersOnly");
        }
        SheetContent content = SheetReader.read(file, fileName, layout(kind));
        if (content.rows().isEmpty()) {
            throw Rejected.badRequest("imports.noRows", layout(kind).sheetName());
        }
        return switch (kind) {
            case LEARNERS -> learners.run(content, classId, dryRun, mode, progress);
            case GUARDIANS -> guardians.run(content, dryRun, mode, progress);
            case STAFF -> staff.run(content, dryRun, mode, progress);
        };
    }
}
