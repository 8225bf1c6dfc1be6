package vn.edu.ecenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EcenterApplication {

    public static void main(String[] args) {
        SpringApplication.run(EcenterApplication.class, args);
    }
}
