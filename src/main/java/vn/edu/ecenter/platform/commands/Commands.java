package vn.edu.ecenter.platform.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import vn.edu.ecenter.platform.backup.BackupCommand;
import vn.edu.ecenter.platform.backup.RestoreCommand;

/**
 * Runs a {@link CommandLineTask} when the first program argument is a bare word (not an option such as
 * {@code --server.port=8181}): the application starts without a web server, without demo data and without taking part
 * in background jobs, runs the task and stops. The task gets every argument after its name, Spring options included
 * (it ignores those it does not know).
 */
public final class Commands {

    /** Exit code for an unknown command. */
    static final int USAGE = 2;

    private Commands() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].matches("[a-z][a-z0-9-]*");
    }

    /**
     * Settings of every command: no web server, no demo data, no background work that would touch the database while
     * the task runs. Given as command-line properties so that they win over {@code application.yml}.
     */
    private static final Map<String, Object> COMMAND_MODE = Map.of(
            "spring.main.web-application-type", "none",
            "spring.main.log-startup-info", "false",
            "logging.level.root", "warn",
            "ecenter.demo", "false",
            "ecenter.jobs.worker", "false",
            "spring.modulith.events.republish-outstanding-events-on-restart", "false",
            "ecenter.mail.poll-interval", "1d");

    /** What single commands need on top, before the application starts (a restore migrates by itself). */
    private static final Map<String, Map<String, Object>> STARTUP = Map.of(
            BackupCommand.NAME, BackupCommand.STARTUP_PROPERTIES,
            RestoreCommand.NAME, RestoreCommand.STARTUP_PROPERTIES);

    /** Starts the application in command mode and returns the task's exit code. */
    public static int run(Class<?> application, String[] args) {
        var app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(startupArguments(args))) {
            List<CommandLineTask> tasks =
                    List.copyOf(context.getBeansOfType(CommandLineTask.class).values());
            return run(tasks, args);
        }
    }

    /** The program arguments plus the settings of command mode and of the named command. */
    public static String[] startupArguments(String[] args) {
        Map<String, Object> properties = new TreeMap<>(COMMAND_MODE);
        properties.putAll(STARTUP.getOrDefault(args[0], Map.of()));
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments.toArray(String[]::new);
    }

    static int run(List<CommandLineTask> tasks, String[] args) {
        Optional<CommandLineTask> task =
                tasks.stream().filter(t -> t.name().equals(args[0])).findFirst();
        if (task.isEmpty()) {
            System.err.println("Unknown command: " + args[0] + ". Commands: "
                    + tasks.stream().map(CommandLineTask::name).sorted().toList());
            return USAGE;
        }
        return task.get().run(Arrays.asList(args).subList(1, args.length));
    }
}
