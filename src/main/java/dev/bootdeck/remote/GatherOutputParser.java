package dev.bootdeck.remote;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decodes what {@code gather.sh} printed into {@link GatheredHost}. Marker lines carry this run's nonce; all data
 * between them is base64, so a marker can only come from the script itself. Lines before the begin marker (a login
 * shell's greeting) are skipped; after it, anything that is neither a marker of this run nor base64 is an error
 * naming the line. A missing end marker is not an error: the result says {@code complete=false}.
 */
public final class GatherOutputParser {
    static final String MARK = "@@bootdeck ";
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]*");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{4,64}");

    private GatherOutputParser() {
    }

    private static final class Block {
        final String kind;
        final Map<String, String> attrs;
        final StringBuilder payload = new StringBuilder();
        final int line;

        Block(String kind, Map<String, String> attrs, int line) {
            this.kind = kind;
            this.attrs = attrs;
            this.line = line;
        }
    }

    /** Parses {@code stdout} of a run made with {@code nonce}. */
    public static GatheredHost parse(byte[] stdout, String nonce) throws GatherFormatException {
        if (!NONCE.matcher(nonce).matches()) {
            throw new IllegalArgumentException("bad nonce");
        }
        String text = new String(stdout, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        String prefix = MARK + nonce + " ";
        List<Block> blocks = new ArrayList<>();
        boolean begun = false;
        boolean ended = false;
        int ignored = 0;
        Block current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int lineNo = i + 1;
            if (ended) {
                continue;
            }
            if (!begun) {
                if (line.startsWith(prefix) && kindOf(line, prefix).equals("begin")) {
                    begun = true;
                    current = new Block("begin", attrs(line, prefix, lineNo), lineNo);
                    blocks.add(current);
                } else if (!line.isEmpty()) {
                    ignored++;
                }
                continue;
            }
            if (line.startsWith(prefix)) {
                String kind = kindOf(line, prefix);
                if (kind.equals("end")) {
                    ended = true;
                    continue;
                }
                current = new Block(kind, attrs(line, prefix, lineNo), lineNo);
                blocks.add(current);
                continue;
            }
            if (line.startsWith(MARK)) {
                throw new GatherFormatException("line " + lineNo + ": a marker of another run (wrong nonce)");
            }
            if (!BASE64.matcher(line).matches()) {
                throw new GatherFormatException("line " + lineNo + ": expected base64 data or a marker");
            }
            current.payload.append(line);
        }
        if (!begun) {
            return new GatheredHost(false, null, Map.of(), List.of(), GatheredHost.StoreState.UNKNOWN, Map.of(),
                    ignored);
        }
        return assemble(blocks, ended, ignored);
    }

    /** True when the output contains this run's begin marker (the script started and printed something). */
    public static boolean started(byte[] stdout, String nonce) {
        return new String(stdout, StandardCharsets.ISO_8859_1).contains(MARK + nonce + " begin");
    }

    private static GatheredHost assemble(List<Block> blocks, boolean complete, int ignored)
            throws GatherFormatException {
        Integer uid = null;
        Map<String, int[]> rcs = new LinkedHashMap<>();
        Map<String, byte[]> outs = new HashMap<>();
        Map<String, byte[]> errs = new HashMap<>();
        Map<String, DeploymentBuilder> deployments = new LinkedHashMap<>();
        GatheredHost.StoreState store = GatheredHost.StoreState.UNKNOWN;
        Map<String, Boolean> files = new LinkedHashMap<>();
        for (Block b : blocks) {
            switch (b.kind) {
                case "begin" -> {
                    noPayload(b);
                    String v = b.attrs.get("v");
                    if (!"1".equals(v)) {
                        throw new GatherFormatException("line " + b.line + ": unknown script output version " + v);
                    }
                    uid = intAttr(b, "uid");
                }
                case "cmd" -> {
                    String id = need(b, "id");
                    int rc = intAttr(b, "rc");
                    rcs.put(id, new int[] {rc});
                    byte[] data = decode(b.payload.toString(), b.line);
                    switch (need(b, "stream")) {
                        case "stdout" -> outs.put(id, data);
                        case "stderr" -> errs.put(id, data);
                        default -> throw new GatherFormatException("line " + b.line + ": unknown stream");
                    }
                }
                case "deploy" -> {
                    noPayload(b);
                    String path = text(b, "path");
                    deployments.put(path, new DeploymentBuilder(path, "yes".equals(need(b, "readable"))));
                }
                case "bidir" -> {
                    noPayload(b);
                    DeploymentBuilder d = deployment(deployments, text(b, "deploy"), b);
                    d.boundDir = need(b, "state");
                }
                case "entry" -> {
                    DeploymentBuilder d = deployment(deployments, text(b, "deploy"), b);
                    d.entries.add(new GatheredHost.GatheredEntry(decode(need(b, "name"), b.line), need(b, "type"),
                            text(b, "target"), text(b, "resolved"), need(b, "state"), longAttr(b, "size"),
                            decode(b.payload.toString(), b.line)));
                }
                case "store" -> {
                    noPayload(b);
                    store = switch (need(b, "state")) {
                        case "present" -> GatheredHost.StoreState.PRESENT;
                        case "absent" -> GatheredHost.StoreState.ABSENT;
                        default -> GatheredHost.StoreState.UNKNOWN;
                    };
                }
                case "file" -> {
                    noPayload(b);
                    files.put(text(b, "path"), "yes".equals(need(b, "exists")));
                }
                default -> throw new GatherFormatException("line " + b.line + ": unknown record '" + b.kind + "'");
            }
        }
        Map<String, GatheredHost.CapturedCommand> commands = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : rcs.entrySet()) {
            String id = e.getKey();
            commands.put(id, new GatheredHost.CapturedCommand(id, e.getValue()[0],
                    outs.getOrDefault(id, new byte[0]), errs.getOrDefault(id, new byte[0])));
        }
        List<GatheredHost.GatheredDeployment> ds = new ArrayList<>();
        for (DeploymentBuilder d : deployments.values()) {
            ds.add(new GatheredHost.GatheredDeployment(d.path, d.readable, d.boundDir, d.entries));
        }
        return new GatheredHost(complete, uid, commands, ds, store, files, ignored);
    }

    private static final class DeploymentBuilder {
        final String path;
        final boolean readable;
        String boundDir;
        final List<GatheredHost.GatheredEntry> entries = new ArrayList<>();

        DeploymentBuilder(String path, boolean readable) {
            this.path = path;
            this.readable = readable;
        }
    }

    private static DeploymentBuilder deployment(Map<String, DeploymentBuilder> ds, String path, Block b)
            throws GatherFormatException {
        DeploymentBuilder d = ds.get(path);
        if (d == null) {
            throw new GatherFormatException("line " + b.line + ": " + b.kind + " for a deployment not listed before");
        }
        return d;
    }

    private static String kindOf(String line, String prefix) {
        String rest = line.substring(prefix.length());
        int sp = rest.indexOf(' ');
        return sp < 0 ? rest : rest.substring(0, sp);
    }

    private static Map<String, String> attrs(String line, String prefix, int lineNo) throws GatherFormatException {
        String[] parts = line.substring(prefix.length()).split(" ");
        Map<String, String> out = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new GatherFormatException("line " + lineNo + ": malformed attribute '" + parts[i] + "'");
            }
            out.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        return out;
    }

    private static String need(Block b, String key) throws GatherFormatException {
        String v = b.attrs.get(key);
        if (v == null) {
            throw new GatherFormatException("line " + b.line + ": " + b.kind + " without " + key);
        }
        return v;
    }

    private static int intAttr(Block b, String key) throws GatherFormatException {
        try {
            return Integer.parseInt(need(b, key));
        } catch (NumberFormatException e) {
            throw new GatherFormatException("line " + b.line + ": " + key + " is not a number");
        }
    }

    private static long longAttr(Block b, String key) throws GatherFormatException {
        try {
            return Long.parseLong(need(b, key));
        } catch (NumberFormatException e) {
            throw new GatherFormatException("line " + b.line + ": " + key + " is not a number");
        }
    }

    /** A base64 attribute decoded as UTF-8 text (paths and names on bootc hosts are UTF-8; others are replaced). */
    private static String text(Block b, String key) throws GatherFormatException {
        return new String(decode(need(b, key), b.line), StandardCharsets.UTF_8);
    }

    private static byte[] decode(String b64, int line) throws GatherFormatException {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new GatherFormatException("line " + line + ": invalid base64");
        }
    }

    private static void noPayload(Block b) throws GatherFormatException {
        if (b.payload.length() > 0) {
            throw new GatherFormatException("line " + b.line + ": unexpected data after " + b.kind);
        }
    }
}
