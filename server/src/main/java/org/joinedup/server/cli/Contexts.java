package org.joinedup.server.cli;

import java.util.List;
import java.util.Map;
import org.joinedup.server.JoinedUpApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without its web server, for commands that only need the store. */
final class Contexts {
    private Contexts() {}

    static ConfigurableApplicationContext offline(List<String> arguments) {
        return new SpringApplicationBuilder(JoinedUpApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN"))
                .run(arguments.toArray(String[]::new));
    }
}
