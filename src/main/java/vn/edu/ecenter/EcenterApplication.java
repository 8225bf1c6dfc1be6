package vn.edu.ecenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.edu.ecenter.platform.commands.Commands;
import vn.edu.ecenter.timetable.TimetableCommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EcenterApplication {

    /**
     * Starts the web application; with a command as first argument ({@code audit-verify}, …) runs that task instead;
     * {@code timetable …} runs the timetable engine on files, without starting the application at all.
     */
    public static void main(String[] args) {
        if (TimetableCommandLine.handles(args)) {
            System.exit(TimetableCommandLine.run(args));
        }
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(EcenterApplication.class, args));
        }
        SpringApplication.run(EcenterApplication.class, args);
    }
}
