package dev.bootdeck.quadlet;

import java.util.ArrayList;
import java.util.List;

/**
 * Podman's {@code specgenutilexternal.FindMountType}: reads a {@code Mount=} word as one CSV record (Go's
 * {@code encoding/csv} rules: quoted fields with doubled quotes, no bare quotes in unquoted fields) and pulls out
 * {@code type=...}.
 */
final class MountOptions {
    static final String INVALID_SYNTAX = "incorrect mount format: should be --mount"
            + " type=<bind|glob|tmpfs|volume>,[src=<host-dir|volume-name>,]target=<ctr-dir>[,options]";

    private MountOptions() {
    }

    /** The mount type and the other tokens. */
    record Parsed(String type, List<String> tokens) {
    }

    /** Thrown with podman's (or Go csv's) message. */
    static final class MountException extends Exception {
        private static final long serialVersionUID = 1L;

        MountException(String message) {
            super(message);
        }
    }

    static Parsed findMountType(String input) throws MountException {
        List<List<String>> records = readAll(input);
        if (records.size() != 1) {
            throw new MountException(INVALID_SYNTAX);
        }
        String type = null;
        List<String> tokens = new ArrayList<>();
        for (String s : records.get(0)) {
            String[] kv = s.split("=", -1);
            if (type != null || kv.length != 2 || !kv[0].equals("type")) {
                tokens.add(s);
                continue;
            }
            type = kv[1];
        }
        if (type == null) {
            throw new MountException(INVALID_SYNTAX);
        }
        return new Parsed(type, tokens);
    }

    /** Go {@code csv.Reader.ReadAll} with default settings (comma, no comments, strict quotes). */
    static List<List<String>> readAll(String input) throws MountException {
        String in = input.replace("\r\n", "\n");
        List<List<String>> records = new ArrayList<>();
        int pos = 0;
        int line = 1;
        int n = in.length();
        int fieldsPerRecord = -1;
        while (pos < n) {
            if (in.charAt(pos) == '\n') {
                pos++;
                line++;
                continue;
            }
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int col = 1;
            boolean endOfRecord = false;
            while (!endOfRecord) {
                field.setLength(0);
                if (pos < n && in.charAt(pos) == '"') {
                    pos++;
                    col++;
                    while (true) {
                        if (pos >= n) {
                            throw new MountException(parseError(recordLine, line, col,
                                    "extraneous or missing \" in quoted-field"));
                        }
                        char c = in.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < n && in.charAt(pos + 1) == '"') {
                                field.append('"');
                                pos += 2;
                                col += 2;
                                continue;
                            }
                            pos++;
                            col++;
                            if (pos >= n || in.charAt(pos) == '\n') {
                                endOfRecord = true;
                                pos++;
                                line++;
                            } else if (in.charAt(pos) == ',') {
                                pos++;
                                col++;
                            } else {
                                throw new MountException(parseError(recordLine, line, col,
                                        "extraneous or missing \" in quoted-field"));
                            }
                            break;
                        }
                        if (c == '\n') {
                            line++;
                            col = 0;
                        }
                        field.append(c);
                        pos++;
                        col++;
                    }
                } else {
                    while (pos < n && in.charAt(pos) != ',' && in.charAt(pos) != '\n') {
                        if (in.charAt(pos) == '"') {
                            throw new MountException(parseError(recordLine, line, col,
                                    "bare \" in non-quoted-field"));
                        }
                        field.append(in.charAt(pos));
                        pos++;
                        col++;
                    }
                    if (pos < n && in.charAt(pos) == ',') {
                        pos++;
                        col++;
                    } else {
                        endOfRecord = true;
                        pos++;
                        line++;
                    }
                }
                fields.add(field.toString());
            }
            if (fieldsPerRecord < 0) {
                fieldsPerRecord = fields.size();
            } else if (fields.size() != fieldsPerRecord) {
                throw new MountException("record on line " + recordLine + ": wrong number of fields");
            }
            records.add(fields);
        }
        return records;
    }

    private static String parseError(int startLine, int line, int col, String err) {
        if (startLine != line) {
            return "record on line " + startLine + "; parse error on line " + line + ", column " + col + ": " + err;
        }
        return "parse error on line " + line + ", column " + col + ": " + err;
    }
}
