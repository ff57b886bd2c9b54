package dev.bootdeck.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How times and sizes read in the window: relative ("3 min ago") beside absolute local time. */
public final class Format {
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    private Format() {
    }

    public static String relative(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        boolean future = d.isNegative();
        d = d.abs();
        String s;
        if (d.getSeconds() < 45) {
            return future ? "in a moment" : "just now";
        } else if (d.toMinutes() < 60) {
            s = Math.max(1, d.toMinutes()) + " min";
        } else if (d.toHours() < 48) {
            s = d.toHours() + " h";
        } else if (d.toDays() < 60) {
            s = d.toDays() + " days";
        } else if (d.toDays() < 730) {
            s = (d.toDays() / 30) + " months";
        } else {
            s = (d.toDays() / 365) + " years";
        }
        return future ? "in " + s : s + " ago";
    }

    public static String absolute(Instant t) {
        return ABSOLUTE.format(t);
    }

    /** An RFC 3339 time as bootc writes it, parsed; empty when absent or unreadable. */
    public static Optional<Instant> rfc3339(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
