package vn.edu.ecenter.platform.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.commands.CommandLineTask;

/**
 * {@code java -jar ecenter.jar backup --file=backup.ecb}: writes a backup of the database the application is configured
 * for (the embedded one by default, or the server of {@code SPRING_DATASOURCE_*}). Returns the process exit code.
 */
@Component
public class BackupCommand implements CommandLineTask {

    @Override
    public String name() {
        return NAME;
    }

    public static final String NAME = "backup";

    /**
     * Properties the application context that runs this command must start with. They must win over {@code
     * application.yml} (which sets some of them): add them as the first property source or as {@code --name=value}
     * arguments, not as default properties.
     */
    /** Nothing beyond command mode ({@code platform.commands.Commands}). */
    public static final Map<String, Object> STARTUP_PROPERTIES = Map.of();

    private final Backups backups;
    private final CommandSupport support;

    BackupCommand(Backups backups, CommandSupport support) {
        this.backups = backups;
        this.support = support;
    }

    @Override
    public int run(List<String> args) {
        Optional<Path> file = CommandSupport.file(args, NAME);
        if (file.isEmpty()) {
            return support.usage("backup.usage");
        }
        try {
            BackupManifest manifest = backups.backup(file.get());
            return support.done(
                    "backup.done",
                    manifest.tables().size(),
                    manifest.totalRows(),
                    manifest.schemaVersion(),
                    file.get().toAbsolutePath());
        } catch (RuntimeException e) {
            return support.failed(e);
        }
    }
}
