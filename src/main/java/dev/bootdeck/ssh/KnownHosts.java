package dev.bootdeck.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenSSH known_hosts files read as OpenSSH reads them: host pattern lists with wildcards and negation, hashed names
 * ({@code |1|salt|hmac-sha1}), {@code [host]:port} for other ports, the {@code @revoked} marker. Written only by
 * appending one line, so comments and entries bootdeck does not understand stay untouched. Lines that cannot be
 * parsed are skipped (and logged), as ssh does. {@code @cert-authority} lines are not used: bootdeck does not
 * verify host certificates, so such a host counts as unknown.
 */
public final class KnownHosts {
    private static final Logger LOG = LoggerFactory.getLogger(KnownHosts.class);

    /** One usable line of a known_hosts file. */
    record Entry(Path file, int line, String marker, String hosts, String keyType, byte[] key) {
        String location() {
            return file + ":" + line;
        }
    }

    /** What known_hosts says about a key offered by a host. */
    public enum Status { KNOWN, CHANGED, UNKNOWN, REVOKED }

    /**
     * The answer for one host and key.
     *
     * @param status          the verdict
     * @param conflicting     for {@link Status#CHANGED}: the entries with the same key type and another key
     * @param otherKnownTypes key types known for this host other than the offered one
     */
    record Lookup(Status status, List<Entry> conflicting, List<String> otherKnownTypes) {
    }

    private final List<Entry> entries;

    private KnownHosts(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads the files in order; a missing file is simply empty. */
    public static KnownHosts load(List<Path> files) {
        List<Entry> all = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    Entry e = parseLine(f, i + 1, lines.get(i));
                    if (e != null) {
                        all.add(e);
                    }
                }
            } catch (IOException e) {
                LOG.warn("Cannot read known_hosts file {}: {}", f, e.toString());
            }
        }
        return new KnownHosts(all);
    }

    static Entry parseLine(Path file, int lineNo, String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        String[] f = line.split("[ \t]+");
        int i = 0;
        String marker = null;
        if (f[0].startsWith("@")) {
            marker = f[0];
            i = 1;
        }
        if (f.length < i + 3) {
            LOG.debug("{}:{}: known_hosts line skipped (too few fields)", file, lineNo);
            return null;
        }
        try {
            byte[] key = Base64.getDecoder().decode(f[i + 2]);
            String blobType = HostKeyFingerprint.keyType(key);
            if (!blobType.equals(f[i + 1])) {
                LOG.debug("{}:{}: known_hosts line skipped (type {} but key blob says {})", file, lineNo,
                        f[i + 1], blobType);
                return null;
            }
            return new Entry(file, lineNo, marker, f[i], f[i + 1], key);
        } catch (IllegalArgumentException e) {
            LOG.debug("{}:{}: known_hosts line skipped (key is not base64)", file, lineNo);
            return null;
        }
    }

    /** Looks up {@code name} ({@code host} or {@code [host]:port}) offering {@code key}. */
    Lookup check(String name, byte[] key) {
        String type = HostKeyFingerprint.keyType(key);
        boolean known = false;
        List<Entry> conflicting = new ArrayList<>();
        Set<String> otherTypes = new TreeSet<>();
        for (Entry e : entries) {
            if (!hostMatches(e.hosts(), name)) {
                continue;
            }
            if ("@revoked".equals(e.marker())) {
                if (Arrays.equals(e.key(), key)) {
                    return new Lookup(Status.REVOKED, List.of(e), List.of());
                }
                continue;
            }
            if (e.marker() != null) {
                continue; // @cert-authority: not used
            }
            if (!e.keyType().equals(type)) {
                otherTypes.add(e.keyType());
            } else if (Arrays.equals(e.key(), key)) {
                known = true;
            } else {
                conflicting.add(e);
            }
        }
        if (known) {
            // A revoked entry anywhere wins over a match (checked above); one matching entry is enough, as in ssh.
            return new Lookup(Status.KNOWN, List.of(), List.copyOf(otherTypes));
        }
        if (!conflicting.isEmpty()) {
            return new Lookup(Status.CHANGED, List.copyOf(conflicting), List.copyOf(otherTypes));
        }
        return new Lookup(Status.UNKNOWN, List.of(), List.copyOf(otherTypes));
    }

    /** Keys listed for {@code name} (no markers), for preferring known key types during key exchange. */
    List<Entry> keysFor(String name) {
        return entries.stream().filter(e -> e.marker() == null && hostMatches(e.hosts(), name)).toList();
    }

    static boolean hostMatches(String hostsField, String name) {
        if (hostsField.startsWith("|1|")) {
            String[] parts = hostsField.split("\\|");
            if (parts.length != 4) {
                return false;
            }
            try {
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] expected = Base64.getDecoder().decode(parts[3]);
                return MessageDigest.isEqual(hmacSha1(salt, name), expected);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return HostPatterns.matchesAny(name, List.of(hostsField.split(",")));
    }

    /** The hashed form of a name: {@code |1|base64(salt)|base64(HMAC-SHA1(salt, name))}. */
    static String hashName(String name, byte[] salt) {
        Base64.Encoder enc = Base64.getEncoder();
        return "|1|" + enc.encodeToString(salt) + "|" + enc.encodeToString(hmacSha1(salt, name));
    }

    private static byte[] hmacSha1(byte[] salt, String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            return mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JDK", e);
        }
    }

    /**
     * Appends {@code name keytype base64} to {@code file} (hashed when asked), creating the file (0600) and its
     * directory (0700) if needed, and starting on a new line if the file does not end with one.
     */
    static void append(Path file, String name, byte[] key, boolean hashed) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            setPosix(dir, "rwx------");
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file);
        String host = name;
        if (hashed) {
            byte[] salt = new byte[20];
            new SecureRandom().nextBytes(salt);
            host = hashName(name, salt);
        }
        String line = host + " " + HostKeyFingerprint.keyType(key) + " " + Base64.getEncoder().encodeToString(key)
                + "\n";
        if (exists && Files.size(file) > 0 && !endsWithNewline(file)) {
            line = "\n" + line;
        }
        Files.writeString(file, line, StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        if (!exists) {
            setPosix(file, "rw-------");
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (var ch = Files.newByteChannel(file)) {
            long size = ch.size();
            ch.position(size - 1);
            var buf = java.nio.ByteBuffer.allocate(1);
            ch.read(buf);
            return buf.get(0) == '\n';
        }
    }

    private static void setPosix(Path p, String perms) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Cannot set permissions {} on {}: {}", perms, p, e.toString());
        }
    }
}
