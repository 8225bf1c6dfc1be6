package vn.edu.ecenter.platform.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a job's parameters, summary arguments and result lines are kept in text columns. Messages nested as arguments
 * (e.g. a file type inside a refusal) come back from JSON as maps with a key and arguments, and are turned back into
 * {@link JobMessage}s.
 */
final class JobJson {

    private final JsonMapper json;

    JobJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    Map<String, String> params(String text) {
        return Map.copyOf(json.readValue(text, Map.class));
    }

    List<JobMessage> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        List<JobMessage> lines = new ArrayList<>();
        for (Object line : json.readValue(text, List.class)) {
            lines.add(message(line));
        }
        return lines;
    }

    List<Object> arguments(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return json.readValue(text, List.class).stream().map(JobJson::argument).toList();
    }

    private static Object argument(Object value) {
        return value instanceof Map<?, ?> map && map.containsKey("key") ? message(map) : value;
    }

    private static JobMessage message(Object value) {
        Map<?, ?> map = (Map<?, ?>) value;
        List<?> args = map.get("args") instanceof List<?> list ? list : List.of();
        return new JobMessage(
                String.valueOf(map.get("key")),
                args.stream().map(JobJson::argument).toList());
    }

    /** A message argument as something JSON keeps: numbers and texts as they are, nested messages as messages. */
    static Object storable(@Nullable Object argument) {
        if (argument instanceof MessageSourceResolvable resolvable && resolvable.getCodes() != null) {
            Object[] nested = resolvable.getArguments() == null ? new Object[0] : resolvable.getArguments();
            List<Object> args = new ArrayList<>();
            for (Object arg : nested) {
                args.add(storable(arg));
            }
            return new JobMessage(resolvable.getCodes()[0], args);
        }
        if (argument instanceof Number || argument instanceof String || argument instanceof Boolean) {
            return argument;
        }
        return String.valueOf(argument);
    }
}
