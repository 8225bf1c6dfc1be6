package vn.edu.ecenter.platform.backup;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.commands.CommandLineTask;

/**
 * {@code java -jar ecenter.jar backup --file=backup.ecb}: writes a backup of the database the application is configured
 * for (the embedded one by default, or the server of {@code SPRING_DATASOURCE_*}). Returns the process exit code.
 */
@Component
public class BackupCommand implements CommandLineTask {

    public static final String NAME = "backup";

    /** Nothing beyond command mode ({@code platform.commands.Commands}). */
    public static final Map<String, Object> STARTUP_PROPERTIES = Map.of();

    @Override
    public String name() {
        return NAME;
    }

    private final Backups backups;
    private final CommandSupport support;

    BackupCommand(Backups backups, CommandSupport support) {
        this.backups = backups;
        this.support = support;
    }

    @Override
    public int run(List<String> args) {
        return support.withFile(args, NAME, file -> {
            BackupManifest manifest = backups.backup(file);
            return new Object[] {
                manifest.tables().size(), manifest.totalRows(), manifest.schemaVersion(), file.toAbsolutePath()
            };
        });
    }
}
