package dev.bootdeck.project.containerfile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ARG} and {@code ENV} values in force at one point of a build, as far as the Containerfile tells them.
 * A name declared without a value ({@code ARG X}) or never declared (it may come from {@code --build-arg} or the
 * base image's environment) is unknown: bare uses of it are unresolved, and the default forms
 * {@code ${X:-word}}/{@code ${X-word}} take the word, as a plain {@code podman build} does.
 */
public final class Variables {
    private final Map<String, String> values;

    private Variables(Map<String, String> values) {
        this.values = values;
    }

    public static Variables empty() {
        return new Variables(new LinkedHashMap<>());
    }

    public Variables copy() {
        return new Variables(new LinkedHashMap<>(values));
    }

    /** Declares {@code name} with a known value, or unknown when {@code value} is null. */
    public void set(String name, String value) {
        values.put(name, value);
    }

    public void unset(String name) {
        values.remove(name);
    }

    /** The known value of {@code name}. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean declared(String name) {
        return values.containsKey(name);
    }

    /** A copy with {@code name} bound to {@code value} (loop variables of a shell {@code for}). */
    public Variables with(String name, String value) {
        Variables v = copy();
        v.set(name, value);
        return v;
    }
}
