package org.joinedup.server.opendata;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Where the shipped open data files live: a directory (the {@code opendata/} folder of a checkout) or the
 * classpath (the files packaged under {@code /opendata/} in the server jar). Paths are relative, such as
 * {@code nhs_ae/ae_attendances.csv}; a file shipped gzipped as {@code NAME.gz} is found and decompressed
 * transparently.
 */
public interface OpenDataSource {

    /** Opens the raw bytes of {@code relativePath} exactly as stored, or returns null if absent. */
    InputStream openRaw(String relativePath) throws IOException;

    /** A human readable description, for messages. */
    String describe();

    /** Opens a file, trying {@code path} then {@code path + ".gz"} (decompressed). */
    default InputStream open(String relativePath) throws IOException {
        InputStream plain = openRaw(relativePath);
        if (plain != null) {
            return new BufferedInputStream(plain, 1 << 16);
        }
        InputStream gz = openRaw(relativePath + ".gz");
        if (gz != null) {
            return new BufferedInputStream(new GZIPInputStream(gz, 1 << 16), 1 << 16);
        }
        throw new FileNotFoundException(relativePath + " (or .gz) not found in " + describe());
    }

    /** The {@code opendata} directory of a checkout or an unpacked distribution. */
    static OpenDataSource directory(Path base) {
        return new OpenDataSource() {
            @Override
            public InputStream openRaw(String relativePath) throws IOException {
                Path p = base.resolve(relativePath);
                return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
            }

            @Override
            public String describe() {
                return "directory " + base.toAbsolutePath();
            }
        };
    }

    /** The files packaged as classpath resources under {@code /opendata/}. */
    static OpenDataSource classpath() {
        return classpath(OpenDataSource.class.getClassLoader(), "opendata/");
    }

    /** Classpath resources under {@code prefix} (no leading slash, trailing slash included). */
    static OpenDataSource classpath(ClassLoader loader, String prefix) {
        return new OpenDataSource() {
            @Override
            public InputStream openRaw(String relativePath) {
                return loader.getResourceAsStream(prefix + relativePath);
            }

            @Override
            public String describe() {
                return "classpath:/" + prefix;
            }
        };
    }
}
