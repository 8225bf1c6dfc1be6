package vn.edu.ecenter.platform.jobs;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A line a job reports, as a message key and its arguments (numbers and texts), so that it reads in the language of
 * whoever opens the job page later.
 */
public record JobMessage(String key, List<Object> args) {

    public JobMessage {
        args = List.copyOf(args);
    }

    public static JobMessage of(String key, Object... args) {
        return new JobMessage(key, List.of(args));
    }

    /**
     * For a {@code MessageSource}: nested messages among the arguments are resolved in the same language, and an
     * unknown key shows as itself.
     */
    public MessageSourceResolvable resolvable() {
        Object[] resolved = args.stream()
                .map(arg -> arg instanceof JobMessage nested ? nested.resolvable() : arg)
                .toArray();
        return new DefaultMessageSourceResolvable(new String[] {key}, resolved, key);
    }
}
