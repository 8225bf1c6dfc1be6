package vn.edu.ecenter.platform.backup;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.commands.CommandLineTask;

/**
 * {@code java -jar ecenter.jar restore --file=backup.ecb}: restores a backup into the database the application is
 * configured for, which must be empty. Returns the process exit code.
 *
 * <p>{@code platform.commands.Commands} starts it in command mode (no demo data, no resubmitted events, no mail
 * worker) plus {@link #STARTUP_PROPERTIES}: Spring Boot's own migration at start-up is off, since the restore runs
 * the migrations itself, inside its transaction, up to the backup's schema version.
 */
@Component
public class RestoreCommand implements CommandLineTask {

    public static final String NAME = "restore";

    /** Spring Boot's own migration at start-up is off: the restore migrates inside its transaction. */
    public static final Map<String, Object> STARTUP_PROPERTIES = Map.of("spring.flyway.enabled", "false");

    @Override
    public String name() {
        return NAME;
    }

    private final Backups backups;
    private final CommandSupport support;

    RestoreCommand(Backups backups, CommandSupport support) {
        this.backups = backups;
        this.support = support;
    }

    @Override
    public int run(List<String> args) {
        return support.withFile(args, NAME, file -> {
            BackupManifest manifest = backups.restore(file);
            return new Object[] {
                manifest.tables().size(), manifest.totalRows(), manifest.schemaVersion(), manifest.createdAt()
            };
        });
    }
}
