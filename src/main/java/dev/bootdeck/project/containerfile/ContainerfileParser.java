package dev.bootdeck.project.containerfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bootdeck.model.Finding;
import dev.bootdeck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Containerfile into instructions the way BuildKit's {@code parser.Parse} does (Buildah uses the same
 * parser): parser directives at the top ({@code # escape=}), comment lines, continuation lines ending in the escape
 * character (whitespace after it allowed; comment and blank lines inside a continuation skipped; leading whitespace
 * of continuation lines kept), here-documents for {@code RUN}/{@code COPY}/{@code ADD}, builder flags and the JSON
 * form. Pure: text in, {@link Containerfile} out.
 */
public final class ContainerfileParser {
    public static final String RULE_SYNTAX = "containerfile/syntax";

    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");
    /** The instruction words BuildKit knows, upper case. */
    public static final Set<String> KNOWN = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
            "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER",
            "VOLUME", "WORKDIR");
    private static final Set<String> HEREDOC_CAPABLE = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> FLAG_CAPABLE = Set.of("RUN", "COPY", "ADD", "FROM", "HEALTHCHECK");
    private static final Set<String> JSON_CAPABLE = Set.of("RUN", "COPY", "ADD", "CMD", "ENTRYPOINT", "SHELL",
            "VOLUME");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContainerfileParser() {
    }

    public static Containerfile parse(String name, String text) {
        return new Run(name, new SourceText(text)).parse();
    }

    private static final class Run {
        private final String name;
        private final SourceText src;
        private final List<Finding> problems = new ArrayList<>();
        private final List<Instruction> instructions = new ArrayList<>();
        private final List<Stage> stages = new ArrayList<>();
        private char escape = '\\';
        private Pattern continuation = continuationPattern('\\');

        Run(String name, SourceText src) {
            this.name = name;
            this.src = src;
        }

        Containerfile parse() {
            int n = src.lineCount();
            boolean directives = true;
            int line = 1;
            while (line <= n) {
                String raw = src.line(line);
                int skip = 0;
                if (line == 1 && raw.startsWith("\uFEFF")) {
                    skip = 1;
                }
                String content = raw.substring(skip);
                if (directives) {
                    Matcher m = DIRECTIVE.matcher(content);
                    if (m.matches()) {
                        if (m.group(1).equalsIgnoreCase("escape")) {
                            String v = m.group(2);
                            if (v.equals("\\") || v.equals("`")) {
                                escape = v.charAt(0);
                                continuation = continuationPattern(escape);
                            } else {
                                problem(line, "invalid escape token '" + v + "' does not match ` or \\");
                            }
                        }
                        line++;
                        continue;
                    }
                    directives = false;
                }
                String stripped = stripLeading(content);
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    line++;
                    continue;
                }
                line = readInstruction(line, skip + (content.length() - stripped.length()));
            }
            return new Containerfile(name, src, escape, List.copyOf(instructions), List.copyOf(stages),
                    List.copyOf(problems));
        }

        /** Reads the instruction starting at {@code first}; returns the line after it. */
        private int readInstruction(int first, int leading) {
            OffsetMap map = new OffsetMap();
            StringBuilder logical = new StringBuilder();
            int line = first;
            int start = src.lineStart(first) + leading;
            String content = src.text().substring(start, src.lineContentEnd(first));
            boolean more = appendPart(logical, map, start, content);
            int last = first;
            while (more && line < src.lineCount()) {
                line++;
                String next = src.line(line);
                String stripped = stripLeading(next);
                if (stripped.startsWith("#") || stripped.isBlank()) {
                    continue;
                }
                last = line;
                more = appendPart(logical, map, src.lineStart(line), next);
            }
            String text = logical.toString();
            int kwEnd = 0;
            while (kwEnd < text.length() && !Character.isWhitespace(text.charAt(kwEnd))) {
                kwEnd++;
            }
            String keyword = text.substring(0, kwEnd).toUpperCase(Locale.ROOT);
            if (!KNOWN.contains(keyword)) {
                problem(first, "unknown instruction: " + text.substring(0, kwEnd));
            }
            int argsStart = skipSpaces(text, kwEnd);
            List<Flag> flags = new ArrayList<>();
            if (FLAG_CAPABLE.contains(keyword)) {
                argsStart = readFlags(text, argsStart, flags);
            }
            Optional<List<String>> json = JSON_CAPABLE.contains(keyword) ? jsonForm(text.substring(argsStart))
                    : Optional.empty();
            List<Heredoc> heredocs = new ArrayList<>();
            int endLine = last;
            if (HEREDOC_CAPABLE.contains(keyword) && json.isEmpty() && text.contains("<<")) {
                endLine = readHeredocs(text.substring(argsStart), last, heredocs);
            }
            int stage = stages.size() - 1;
            if (keyword.equals("FROM")) {
                stage = stages.size();
            }
            Instruction ins = new Instruction(keyword, instructions.size(), stage, first, endLine, text, map,
                    List.copyOf(flags), argsStart, json, List.copyOf(heredocs));
            instructions.add(ins);
            if (keyword.equals("FROM")) {
                addStage(ins);
            }
            return endLine + 1;
        }

        /** Appends one physical line's content; returns true when it continues on the next line. */
        private boolean appendPart(StringBuilder logical, OffsetMap map, int fileStart, String content) {
            Matcher m = continuation.matcher(content);
            boolean more = m.find();
            String part = more ? content.substring(0, m.start()) : content;
            logical.append(part);
            map.append(fileStart, part.length());
            return more;
        }

        private void addStage(Instruction from) {
            List<String> words = splitWhitespace(from.args());
            String base = words.isEmpty() ? "" : words.get(0);
            Optional<String> stageName = Optional.empty();
            if (words.size() >= 3 && words.get(1).equalsIgnoreCase("as")) {
                stageName = Optional.of(words.get(2).toLowerCase(Locale.ROOT));
            } else if (words.size() != 1) {
                problem(from.startLine(), "FROM requires either one or three arguments");
            }
            stages.add(new Stage(stages.size(), base, stageName, from));
        }

        private int readHeredocs(String args, int last, List<Heredoc> out) {
            int line = last;
            for (String word : splitShellWordsRaw(args)) {
                Matcher m = HEREDOC.matcher(word);
                if (!m.matches() || m.group(3).isEmpty()) {
                    continue;
                }
                boolean chomp = m.group(2).equals("-");
                String heredocName = m.group(3);
                boolean expand = true;
                char q = heredocName.charAt(0);
                if (q == '"' || q == '\'') {
                    if (heredocName.length() < 2 || heredocName.charAt(heredocName.length() - 1) != q) {
                        problem(last, "unterminated quote in heredoc name " + heredocName);
                        continue;
                    }
                    heredocName = heredocName.substring(1, heredocName.length() - 1);
                    expand = false;
                }
                StringBuilder body = new StringBuilder();
                OffsetMap bodyMap = new OffsetMap();
                int firstBody = line + 1;
                int terminator = 0;
                while (line < src.lineCount()) {
                    line++;
                    String l = src.line(line);
                    String candidate = chomp ? l.replaceFirst("^\t+", "") : l;
                    if (candidate.equals(heredocName)) {
                        terminator = line;
                        break;
                    }
                    bodyMap.append(src.lineStart(line), l.length());
                    body.append(l);
                    bodyMap.append(src.lineContentEnd(line), 1);
                    body.append('\n');
                }
                if (terminator == 0) {
                    problem(last, "heredoc " + heredocName + " is never terminated");
                }
                out.add(new Heredoc(heredocName, chomp, expand, body.toString(), bodyMap, firstBody, terminator));
            }
            return line;
        }

        private void problem(int line, String message) {
            problems.add(new Finding(RULE_SYNTAX, Severity.ERROR, name, line, message));
        }
    }

    private static Pattern continuationPattern(char escape) {
        return Pattern.compile(Pattern.quote(String.valueOf(escape)) + "[ \\t]*$");
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** BuildKit's {@code extractBuilderFlags}: leading {@code --name[=value]} words; returns where args begin. */
    static int readFlags(String text, int pos, List<Flag> out) {
        int i = pos;
        while (true) {
            i = skipSpaces(text, i);
            if (i + 1 >= text.length() || text.charAt(i) != '-' || text.charAt(i + 1) != '-') {
                return i;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            char quote = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) {
                    break;
                }
                if (quote == 0 && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length()) {
                    i++;
                    word.append(text.charAt(i));
                } else {
                    word.append(c);
                }
                i++;
            }
            String w = word.toString();
            if (w.equals("--")) {
                return skipSpaces(text, i);
            }
            String body = w.substring(2);
            int eq = body.indexOf('=');
            out.add(eq < 0 ? new Flag(body, null, start, i)
                    : new Flag(body.substring(0, eq), body.substring(eq + 1), start, i));
        }
    }

    /** The JSON (exec) form: a JSON array of strings, or empty for the shell form. */
    static Optional<List<String>> jsonForm(String args) {
        String t = args.strip();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(t);
            if (!node.isArray()) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (JsonNode n : node) {
                if (!n.isTextual()) {
                    return Optional.empty();
                }
                out.add(n.asText());
            }
            return Optional.of(List.copyOf(out));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Whitespace-separated words (how BuildKit splits {@code FROM}, {@code COPY} and {@code ADD} arguments). */
    public static List<String> splitWhitespace(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Shell-like words that keep their quotes (BuildKit's RawQuotes lexer), used to spot heredoc markers. */
    public static List<String> splitShellWordsRaw(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                w.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (Character.isWhitespace(c)) {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
            } else {
                if (c == '\'' || c == '"') {
                    quote = c;
                }
                if (c == '\\' && i + 1 < s.length()) {
                    w.append(c);
                    c = s.charAt(++i);
                }
                w.append(c);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}
