package vn.edu.ecenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.edu.ecenter.platform.commands.Commands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EcenterApplication {

    /** Starts the web application, or with a command as first argument ({@code audit-verify}, …) runs that task. */
    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(EcenterApplication.class, args));
        }
        SpringApplication.run(EcenterApplication.class, args);
    }
}
