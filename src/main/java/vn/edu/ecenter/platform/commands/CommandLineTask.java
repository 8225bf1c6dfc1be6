package vn.edu.ecenter.platform.commands;

import java.util.List;

/**
 * A maintenance task run from the command line instead of the web server, e.g. {@code java -jar ecenter.jar
 * audit-verify}. Tasks are Spring beans; {@link Commands} starts the application without a web server, runs the task
 * named by the first argument with the remaining arguments, and exits with the code it returns.
 */
public interface CommandLineTask {

    /** The command name, lower-case with dashes, e.g. {@code audit-verify}, {@code backup}. */
    String name();

    /** Runs the task, printing what it finds to standard output; returns 0 on success. */
    int run(List<String> args);
}
