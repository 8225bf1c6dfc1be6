package vn.edu.ecenter.platform.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.commands.CommandLineTask;

/**
 * {@code java -jar ecenter.jar restore --file=backup.ecb}: restores a backup into the database the application is
 * configured for, which must be empty. Returns the process exit code.
 *
 * <p>The application context that runs it must start with {@link #STARTUP_PROPERTIES}, taking precedence over {@code
 * application.yml} (first property source or {@code --name=value} arguments, not default properties): Spring Boot's
 * own migration at startup is switched off (the restore runs the migrations itself, inside its transaction, up to the
 * backup's schema version), and so are the demo data loader, the resubmission of unfinished events and the mail
 * worker, which would otherwise write to (or read from) the database before it is restored.
 */
@Component
public class RestoreCommand implements CommandLineTask {

    @Override
    public String name() {
        return NAME;
    }

    public static final String NAME = "restore";

    /** Spring Boot's own migration at start-up is off: the restore migrates inside its transaction. */
    public static final Map<String, Object> STARTUP_PROPERTIES = Map.of("spring.flyway.enabled", "false");

    private final Backups backups;
    private final CommandSupport support;

    RestoreCommand(Backups backups, CommandSupport support) {
        this.backups = backups;
        this.support = support;
    }

    @Override
    public int run(List<String> args) {
        Optional<Path> file = CommandSupport.file(args, NAME);
        if (file.isEmpty()) {
            return support.usage("restore.usage");
        }
        try {
            BackupManifest manifest = backups.restore(file.get());
            return support.done(
                    "restore.done",
                    manifest.tables().size(),
                    manifest.totalRows(),
                    manifest.schemaVersion(),
                    manifest.createdAt());
        } catch (RuntimeException e) {
            return support.failed(e);
        }
    }
}
