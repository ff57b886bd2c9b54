package dev.bootdeck.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of bootdeck itself, written into the jar at build time. */
public final class BootdeckVersion {
    private static final String RESOURCE = "/dev/bootdeck/version.properties";

    private BootdeckVersion() {
    }

    public static String get() {
        try (InputStream in = BootdeckVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource not found: " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE, e);
        }
    }
}
