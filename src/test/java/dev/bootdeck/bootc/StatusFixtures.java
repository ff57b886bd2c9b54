package dev.bootdeck.bootc;

import dev.bootdeck.model.BootcHost;
import dev.bootdeck.testsupport.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Loads and parses the bootc status fixtures (the JSON twins of bootc's YAML fixtures). */
final class StatusFixtures {
    static final String[] ALL = {
        "spec-booted-pinned", "spec-booted-update-same-digest", "spec-booted-usroverlay",
        "spec-booted-with-update-no-version", "spec-booted-with-update", "spec-only-booted", "spec-ostree-remote",
        "spec-ostree-to-bootc", "spec-rfe-ostree-deployment", "spec-staged-booted", "spec-staged-download-only",
        "spec-staged-rollback", "spec-v1-null", "spec-v1a1-orig", "spec-v1a1", "spec-via-local-oci",
    };

    private StatusFixtures() {
    }

    static String text(String name) {
        try {
            return Files.readString(Fixtures.bootcStatus(name + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BootcHost parse(String name) {
        try {
            return new BootcStatusParser().parse(text(name), name);
        } catch (StatusParseException e) {
            throw new AssertionError("fixture " + name + " must parse: " + e.getMessage(), e);
        }
    }
}
