package org.joinedup.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.joinedup.server.JoinedUpApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web server.")
public final class ServeCommand implements Callable<Integer> {
    /** Exit code meaning "the server is up: do not exit the JVM". */
    public static final int KEEP_RUNNING = -1;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: $SERVER_PORT or 8080).")
    Integer port;

    @Override
    public Integer call() {
        List<String> arguments = store.arguments();
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        new SpringApplicationBuilder(JoinedUpApplication.class).run(arguments.toArray(String[]::new));
        return KEEP_RUNNING;
    }
}
