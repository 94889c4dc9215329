package org.joinedup.pipeline;

import java.util.regex.Pattern;

/**
 * Resource limits for an engine run on one machine.
 *
 * <ul>
 *   <li>{@code memoryLimit}: the most memory the engine may use for data, as DuckDB writes it
 *       ({@code 512MB}, {@code 2GB}, {@code 1.5GiB}); default {@code 1GB}. DuckDB spills to disk
 *       above it. Spark's driver memory is fixed when its JVM starts, so the Spark engine ignores it.
 *   <li>{@code threads}: worker threads, 1 or more; default 2. For Spark it is the number of local
 *       cores ({@code local[n]}) and of shuffle partitions.
 * </ul>
 */
public record EngineSettings(String memoryLimit, int threads) {
    private static final Pattern MEMORY = Pattern.compile("[0-9]+(\\.[0-9]+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    public static final EngineSettings DEFAULT = new EngineSettings("1GB", 2);

    public EngineSettings {
        if (memoryLimit == null || !MEMORY.matcher(memoryLimit).matches()) {
            throw new IllegalArgumentException(
                    "memory limit '" + memoryLimit + "' must be a number and a unit such as 512MB or 2GB");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
    }

    public EngineSettings withMemoryLimit(String limit) {
        return new EngineSettings(limit, threads);
    }

    public EngineSettings withThreads(int n) {
        return new EngineSettings(memoryLimit, n);
    }
}
