package vn.edu.ecenter.timetable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.xhstt.Instance;
import vn.edu.ecenter.timetable.xhstt.XhsttReader;

/**
 * The options of a {@code timetable} command ({@code --name value} pairs), checked against the options the command
 * knows; every mistake is reported in Vietnamese, naming the option.
 */
final class CommandLineOptions {

    /** A mistake in the command line. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values;

    private CommandLineOptions(Map<String, String> values) {
        this.values = values;
    }

    /** Reads {@code --name value} pairs; names outside {@code known} are refused. */
    static CommandLineOptions parse(List<String> args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("Tham số không hợp lệ: \"" + arg + "\" (cần dạng --tên giá-trị).");
            }
            String name = arg.substring(2);
            if (!known.contains(name)) {
                throw new UsageException("Tùy chọn không được hỗ trợ: --" + name + ".");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new UsageException("Thiếu giá trị cho --" + name + ".");
            }
            if (values.put(name, args.get(++i)) != null) {
                throw new UsageException("Tùy chọn --" + name + " được nêu hai lần.");
            }
        }
        return new CommandLineOptions(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("Thiếu tùy chọn bắt buộc --" + name + ".");
        }
        return value;
    }

    /** A file that must exist and be readable. */
    Path inputFile(String name) {
        Path path = Path.of(text(name));
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageException("Không đọc được tệp " + path + " (--" + name + ").");
        }
        return path;
    }

    /**
     * The first instance of an XHSTT file, read without its stored solutions ({@link XhsttReader#readInstances}): what
     * the solver and the evaluator are given as the problem.
     */
    Instance xhsttInstance(String name) {
        List<Instance> instances = XhsttReader.readInstances(inputFile(name));
        if (instances.isEmpty()) {
            throw new UsageException("Tệp " + text(name) + " không có bài toán (Instance) nào.");
        }
        return instances.getFirst();
    }

    Path path(String name) {
        return Path.of(text(name));
    }

    /** A whole number in {@code [minimum, maximum]}, or the default when the option is absent. */
    long number(String name, long minimum, long maximum, @Nullable Long byDefault) {
        String value = values.get(name);
        if (value == null) {
            if (byDefault == null) {
                throw new UsageException("Thiếu tùy chọn bắt buộc --" + name + ".");
            }
            return byDefault;
        }
        try {
            long number = Long.parseLong(value);
            if (number < minimum || number > maximum) {
                throw new UsageException(
                        "--" + name + " phải từ " + minimum + " đến " + maximum + ", không phải " + value + ".");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " phải là số nguyên, không phải \"" + value + "\".");
        }
    }
}
