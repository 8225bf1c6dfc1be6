package vn.edu.ecenter.platform.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.web.Rejected;

/** What the backup and restore commands share: the {@code --file} argument and messages for the operator. */
@Component
class CommandSupport {

    /** Messages on the command line are in Vietnamese, like the rest of the interface. */
    static final Locale OPERATOR = Locale.forLanguageTag("vi");

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final MessageSource messages;
    PrintStream out = System.out;
    PrintStream err = System.err;

    CommandSupport(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The value of {@code --file=PATH} (or {@code --file PATH}). The command's own name may come first; other
     * {@code --options} (Spring properties) are ignored.
     */
    static Optional<Path> file(List<String> args, String command) {
        @Nullable String file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--file=")) {
                file = arg.substring("--file=".length());
            } else if (arg.equals("--file") && i + 1 < args.size()) {
                file = args.get(++i);
            } else if (!arg.startsWith("--") && !(i == 0 && arg.equals(command))) {
                return Optional.empty();
            }
        }
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    /**
     * The shape of both commands: take {@code --file=…} (or print the usage), do the work, print the summary line
     * built from what the work returns, or the reason it failed.
     */
    int withFile(List<String> args, String command, Function<Path, Object[]> work) {
        Optional<Path> file = file(args, command);
        if (file.isEmpty()) {
            return usage(command + ".usage");
        }
        try {
            return done(command + ".done", work.apply(file.get()));
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    int usage(String key) {
        err.println(text(key));
        return USAGE;
    }

    int done(String key, Object... arguments) {
        out.println(text(key, arguments));
        return OK;
    }

    int failed(RuntimeException e) {
        if (e instanceof Rejected rejected) {
            err.println(text(rejected.messageKey(), rejected.arguments()));
        } else {
            err.println(text("backup.failed", String.valueOf(e.getMessage())));
        }
        return FAILED;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, OPERATOR);
    }
}
