package vn.edu.ecenter.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTests {

    @Test
    void aBareFirstWordIsACommandAndOptionsAreNot() {
        assertThat(Commands.isCommand(new String[] {"audit-verify"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"backup", "/srv/backup"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"--server.port=8181"})).isFalse();
        assertThat(Commands.isCommand(new String[0])).isFalse();
    }

    @Test
    void runsTheNamedTaskWithTheRemainingArguments() {
        var seen = new ArrayList<String>();
        var task = new CommandLineTask() {
            @Override
            public String name() {
                return "audit-verify";
            }

            @Override
            public int run(List<String> args) {
                seen.addAll(args);
                return 1;
            }
        };

        int code = Commands.run(List.of(task), new String[] {"audit-verify", "--lang=en"});

        assertThat(code).isEqualTo(1);
        assertThat(seen).containsExactly("--lang=en");
    }

    @Test
    void anUnknownCommandExitsWithTheUsageCode() {
        assertThat(Commands.run(List.of(), new String[] {"restore-everything"})).isEqualTo(Commands.USAGE);
    }
}
