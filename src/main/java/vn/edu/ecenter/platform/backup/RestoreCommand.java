package vn.edu.ecenter.platform.backup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

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
public class RestoreCommand {

    public static final String NAME = "restore";

    public static final Map<String, Object> STARTUP_PROPERTIES;

    static {
        Map<String, Object> properties = new HashMap<>(CommandSupport.QUIET_STARTUP);
        properties.put("spring.flyway.enabled", "false");
        STARTUP_PROPERTIES = Map.copyOf(properties);
    }

    private final Backups backups;
    private final CommandSupport support;

    RestoreCommand(Backups backups, CommandSupport support) {
        this.backups = backups;
        this.support = support;
    }

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
