package dev.bootdeck.quadlet;

import java.util.Objects;

/**
 * One {@code key=value} of a parsed unit file, with where it was written (the main file or a drop-in).
 *
 * @param key   the key
 * @param value the raw value podman stores (continuations joined, no quote stripping)
 * @param file  the file it comes from, as named by the caller
 * @param line  the 1-based line where the key is written
 */
public record UnitEntry(String key, String value, String file, int line) {
    public UnitEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }
}
