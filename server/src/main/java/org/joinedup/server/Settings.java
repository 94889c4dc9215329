package org.joinedup.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * JoinedUp's own settings (prefix {@code joinedup}).
 *
 * @param dataDir where the embedded database keeps its files (default {@code ./data})
 * @param dbUrl JDBC URL of an external PostgreSQL; empty means use the embedded one
 * @param loadOpenData whether to load the shipped open data at start-up (safe to repeat: identical
 *     figures store nothing)
 * @param catalogueDir a folder with a local catalogue extension (framework.csv, framework_links.csv,
 *     metrics.csv), merged into the built-in catalogue; empty for none
 */
@ConfigurationProperties("joinedup")
public record Settings(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("") String dbUrl,
        @DefaultValue("true") boolean loadOpenData,
        @DefaultValue("") String catalogueDir) {}
