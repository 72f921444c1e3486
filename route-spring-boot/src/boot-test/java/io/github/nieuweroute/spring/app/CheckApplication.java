package io.github.nieuweroute.spring.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Boot application a municipal developer would write around the library: one controller. */
@SpringBootApplication
public class CheckApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(CheckApplication.class, args);
    }
}
