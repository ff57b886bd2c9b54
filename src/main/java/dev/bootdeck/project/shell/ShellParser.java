package dev.bootdeck.project.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a POSIX {@code sh} script into {@link Script}: quoting ({@code '...'}, {@code "..."}, backslash), parameter
 * expansions, command substitutions, comments, operators, redirections (here-documents skipped), and the compound
 * commands {@code for}, {@code if}, {@code while}, {@code until}, {@code case}, {@code ( )} and {@code { }}. Pure
 * and position-keeping: every word and command knows its span in the script.
 */
public final class ShellParser {
    private static final Set<String> CLOSERS = Set.of("do", "done", "then", "elif", "else", "fi", "esac", "}",
            ")");

    private final String s;
    private int pos;
    private final List<String[]> pendingHeredocs = new ArrayList<>();

    private ShellParser(String s) {
        this.s = s;
    }

    public static Script parse(String script) throws ShellSyntaxException {
        ShellParser p = new ShellParser(script);
        Script result = p.script(Set.of());
        p.skipBlanks();
        if (p.pos < p.s.length()) {
            throw new ShellSyntaxException("unexpected '" + p.peekToken().text + "'", p.pos);
        }
        return result;
    }

    // ---------------------------------------------------------------- tokens

    private enum Kind { WORD, OP, NEWLINE, EOF }

    private record Token(Kind kind, String text, int start, int end, Word word) {
    }

    private static final String[] OPS = {"&&", "||", ";;", "<<-", "<<", ">>", ">|", ">&", "<&", "<>", ";", "&",
        "|", "(", ")", "<", ">"};

    private void skipBlanks() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
                pos += 2;
            } else if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token peekToken() throws ShellSyntaxException {
        int save = pos;
        List<String[]> pending = new ArrayList<>(pendingHeredocs);
        Token t = nextToken();
        pos = save;
        pendingHeredocs.clear();
        pendingHeredocs.addAll(pending);
        return t;
    }

    private Token nextToken() throws ShellSyntaxException {
        skipBlanks();
        if (pos >= s.length()) {
            return new Token(Kind.EOF, "", pos, pos, null);
        }
        char c = s.charAt(pos);
        if (c == '\n') {
            int start = pos++;
            skipPendingHeredocs();
            return new Token(Kind.NEWLINE, "\n", start, start + 1, null);
        }
        for (String op : OPS) {
            if (s.startsWith(op, pos)) {
                int start = pos;
                pos += op.length();
                return new Token(Kind.OP, op, start, pos, null);
            }
        }
        Word w = readWord();
        return new Token(Kind.WORD, w.raw(), w.start(), w.end(), w);
    }

    private void skipPendingHeredocs() {
        for (String[] h : pendingHeredocs) {
            boolean chomp = h[1] != null;
            while (pos < s.length()) {
                int eol = s.indexOf('\n', pos);
                String line = eol < 0 ? s.substring(pos) : s.substring(pos, eol);
                pos = eol < 0 ? s.length() : eol + 1;
                String cand = chomp ? line.replaceFirst("^\t+", "") : line;
                if (cand.strip().equals(h[0])) {
                    break;
                }
            }
        }
        pendingHeredocs.clear();
    }

    private static boolean endsWord(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == '('
                || c == ')' || c == '<' || c == '>';
    }

    private Word readWord() throws ShellSyntaxException {
        int start = pos;
        List<WordPart> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (endsWord(c)) {
                break;
            }
            if (c == '\'') {
                flush(parts, lit, false);
                int close = s.indexOf('\'', pos + 1);
                if (close < 0) {
                    throw new ShellSyntaxException("unterminated single quote", pos);
                }
                parts.add(new WordPart.Literal(s.substring(pos + 1, close), true));
                pos = close + 1;
            } else if (c == '"') {
                flush(parts, lit, false);
                pos++;
                readDoubleQuoted(parts);
            } else if (c == '\\') {
                if (pos + 1 >= s.length()) {
                    lit.append('\\');
                    pos++;
                } else if (s.charAt(pos + 1) == '\n') {
                    pos += 2;
                } else {
                    flush(parts, lit, false);
                    parts.add(new WordPart.Literal(String.valueOf(s.charAt(pos + 1)), true));
                    pos += 2;
                }
            } else if (c == '$' || c == '`') {
                WordPart p = readExpansion(false);
                if (p == null) {
                    lit.append(c);
                    pos++;
                } else {
                    flush(parts, lit, false);
                    parts.add(p);
                }
            } else {
                lit.append(c);
                pos++;
            }
        }
        flush(parts, lit, false);
        return new Word(s.substring(start, pos), start, pos, mergeLiterals(parts));
    }

    private void readDoubleQuoted(List<WordPart> parts) throws ShellSyntaxException {
        int before = parts.size();
        StringBuilder lit = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new ShellSyntaxException("unterminated double quote", pos);
            }
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                if (lit.length() > 0 || parts.size() == before) {
                    parts.add(new WordPart.Literal(lit.toString(), true));
                }
                return;
            }
            if (c == '\\' && pos + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(pos + 1)) >= 0) {
                if (s.charAt(pos + 1) != '\n') {
                    lit.append(s.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '$' || c == '`') {
                WordPart p = readExpansion(true);
                if (p == null) {
                    lit.append(c);
                    pos++;
                } else {
                    flush(parts, lit, true);
                    parts.add(p);
                }
            } else {
                lit.append(c);
                pos++;
            }
        }
    }

    private static void flush(List<WordPart> parts, StringBuilder lit, boolean quoted) {
        if (lit.length() > 0) {
            parts.add(new WordPart.Literal(lit.toString(), quoted));
            lit.setLength(0);
        }
    }

    private static List<WordPart> mergeLiterals(List<WordPart> parts) {
        List<WordPart> out = new ArrayList<>();
        for (WordPart p : parts) {
            if (!out.isEmpty() && p instanceof WordPart.Literal l
                    && out.get(out.size() - 1) instanceof WordPart.Literal prev && prev.quoted() == l.quoted()) {
                out.set(out.size() - 1, new WordPart.Literal(prev.text() + l.text(), l.quoted()));
            } else {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** Reads an expansion at {@code pos} ({@code $...} or backtick); null when the {@code $} is literal. */
    private WordPart readExpansion(boolean quoted) throws ShellSyntaxException {
        char c = s.charAt(pos);
        if (c == '`') {
            int i = pos + 1;
            StringBuilder inner = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '`') {
                if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                    inner.append(s.charAt(i + 1));
                    i += 2;
                } else {
                    inner.append(s.charAt(i++));
                }
            }
            if (i >= s.length()) {
                throw new ShellSyntaxException("unterminated backquote", pos);
            }
            pos = i + 1;
            return new WordPart.CommandSub(inner.toString(), quoted);
        }
        if (pos + 1 >= s.length()) {
            return null;
        }
        char n = s.charAt(pos + 1);
        if (n == '(') {
            if (pos + 2 < s.length() && s.charAt(pos + 2) == '(') {
                int st = pos;
                int close = matchParen(pos + 1);
                pos = close + 1;
                return new WordPart.Arithmetic(s.substring(st + 3, Math.max(st + 3, close - 1)), quoted);
            }
            int close = matchParen(pos + 1);
            String inner = s.substring(pos + 2, close);
            pos = close + 1;
            return new WordPart.CommandSub(inner, quoted);
        }
        if (n == '{') {
            int close = matchBrace(pos + 1);
            String body = s.substring(pos + 2, close);
            pos = close + 1;
            return braceParam(body, quoted);
        }
        if (Character.isLetter(n) || n == '_') {
            int i = pos + 1;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            String name = s.substring(pos + 1, i);
            pos = i;
            return new WordPart.Param(name, "", "", quoted);
        }
        if (Character.isDigit(n) || "@*#?$!-".indexOf(n) >= 0) {
            pos += 2;
            return new WordPart.Param(String.valueOf(n), "", "", quoted);
        }
        return null;
    }

    private static WordPart braceParam(String body, boolean quoted) {
        if (body.startsWith("#") && body.length() > 1) {
            return new WordPart.Param(body.substring(1), "len", "", quoted);
        }
        int i = 0;
        while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '_')) {
            i++;
        }
        if (i == 0 && !body.isEmpty() && "@*#?$!-".indexOf(body.charAt(0)) >= 0) {
            i = 1;
        }
        String name = body.substring(0, i);
        String rest = body.substring(i);
        if (rest.isEmpty()) {
            return new WordPart.Param(name, "", "", quoted);
        }
        for (String op : new String[] {":-", ":+", ":?", ":=", "##", "%%", "//", "-", "+", "?", "=", "#", "%",
            "/"}) {
            if (rest.startsWith(op)) {
                return new WordPart.Param(name, op, rest.substring(op.length()), quoted);
            }
        }
        return new WordPart.Param(name, "bad", rest, quoted);
    }

    /** Index of the {@code )} matching the {@code (} at {@code open}, skipping quotes and nesting. */
    private int matchParen(int open) throws ShellSyntaxException {
        return match(open, '(', ')');
    }

    private int matchBrace(int open) throws ShellSyntaxException {
        return match(open, '{', '}');
    }

    private int match(int open, char o, char c) throws ShellSyntaxException {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '\'') {
                int close = s.indexOf('\'', i + 1);
                if (close < 0) {
                    break;
                }
                i = close;
            } else if (ch == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (ch == o) {
                depth++;
            } else if (ch == c) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new ShellSyntaxException("unbalanced '" + o + "'", open);
    }

    // ---------------------------------------------------------------- grammar

    /** A list of commands up to one of {@code stops} (an unquoted reserved word) or a closing token. */
    private Script script(Set<String> stops) throws ShellSyntaxException {
        List<Script.Item> items = new ArrayList<>();
        while (true) {
            Token t = peekToken();
            if (t.kind == Kind.EOF) {
                break;
            }
            if (t.kind == Kind.NEWLINE || t.kind == Kind.OP && t.text.equals(";")) {
                nextToken();
                if (!items.isEmpty() && items.get(items.size() - 1).op().isEmpty()) {
                    Script.Item last = items.remove(items.size() - 1);
                    items.add(new Script.Item(last.node(), t.text, t.start, t.end));
                }
                continue;
            }
            if (t.kind == Kind.OP && (t.text.equals(")") || t.text.equals(";;"))) {
                break;
            }
            if (t.kind == Kind.WORD && isStop(t.word, stops)) {
                break;
            }
            ShellNode node = command();
            Token op = peekToken();
            if (op.kind == Kind.OP && Set.of("&&", "||", "|", "&", ";").contains(op.text)) {
                nextToken();
                items.add(new Script.Item(node, op.text, op.start, op.end));
                if (!op.text.equals(";") && !op.text.equals("&")) {
                    skipNewlines();
                }
            } else if (op.kind == Kind.NEWLINE) {
                nextToken();
                items.add(new Script.Item(node, "\n", op.start, op.end));
            } else {
                items.add(new Script.Item(node, "", -1, -1));
            }
        }
        return new Script(List.copyOf(items));
    }

    private static boolean isStop(Word w, Set<String> stops) {
        for (String stop : stops) {
            if (w.is(stop)) {
                return true;
            }
        }
        return false;
    }

    private void skipNewlines() throws ShellSyntaxException {
        while (peekToken().kind == Kind.NEWLINE) {
            nextToken();
        }
    }

    private ShellNode command() throws ShellSyntaxException {
        Token t = peekToken();
        if (t.kind == Kind.WORD) {
            Word w = t.word;
            if (w.is("!")) {
                nextToken();
                return command();
            }
            if (w.is("for")) {
                return forLoop();
            }
            if (w.is("if")) {
                return conditional("if");
            }
            if (w.is("while") || w.is("until")) {
                return conditional(w.literal());
            }
            if (w.is("case")) {
                return caseClause();
            }
            if (w.is("{")) {
                nextToken();
                Script body = script(Set.of("}"));
                Token close = expectWord("}");
                return new ShellNode.Group(body, false, t.start, close.end);
            }
            if (CLOSERS.contains(w.raw())) {
                throw new ShellSyntaxException("unexpected '" + w.raw() + "'", t.start);
            }
        }
        if (t.kind == Kind.OP && t.text.equals("(")) {
            nextToken();
            Script body = script(Set.of());
            Token close = nextToken();
            if (!close.text.equals(")")) {
                throw new ShellSyntaxException("missing ')'", close.start);
            }
            return new ShellNode.Group(body, true, t.start, close.end);
        }
        return simpleCommand();
    }

    private ShellNode simpleCommand() throws ShellSyntaxException {
        List<Word> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<ShellNode.Redirect> redirects = new ArrayList<>();
        int start = -1;
        int end = -1;
        while (true) {
            Token t = peekToken();
            if (t.kind == Kind.WORD) {
                nextToken();
                if (start < 0) {
                    start = t.start;
                }
                end = t.end;
                if (redirectFollows(t)) {
                    Token op = nextToken();
                    Token target = nextToken();
                    if (target.kind != Kind.WORD) {
                        throw new ShellSyntaxException("missing redirection target", target.start);
                    }
                    redirects.add(new ShellNode.Redirect(t.text + op.text, target.word, t.start, target.end));
                    end = target.end;
                    continue;
                }
                if (words.isEmpty() && isAssignment(t.word)) {
                    assignments.add(t.word);
                } else {
                    words.add(t.word);
                }
            } else if (t.kind == Kind.OP && (t.text.startsWith("<") || t.text.startsWith(">"))) {
                nextToken();
                Token target = nextToken();
                if (target.kind != Kind.WORD) {
                    throw new ShellSyntaxException("missing redirection target", target.start);
                }
                if (t.text.startsWith("<<")) {
                    String term = target.word.literal();
                    pendingHeredocs.add(new String[] {term, t.text.equals("<<-") ? "-" : null});
                }
                if (start < 0) {
                    start = t.start;
                }
                redirects.add(new ShellNode.Redirect(t.text, target.word, t.start, target.end));
                end = target.end;
            } else {
                break;
            }
        }
        if (start < 0) {
            Token t = peekToken();
            throw new ShellSyntaxException("expected a command, found '" + t.text + "'", t.start);
        }
        return new ShellNode.SimpleCommand(List.copyOf(assignments), List.copyOf(words), List.copyOf(redirects),
                start, end);
    }

    /** A word made only of digits directly followed by a redirection operator: an I/O number like {@code 2>}. */
    private boolean redirectFollows(Token t) {
        if (!t.text.chars().allMatch(Character::isDigit) || t.end >= s.length()) {
            return false;
        }
        char c = s.charAt(t.end);
        return c == '<' || c == '>';
    }

    private static boolean isAssignment(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof WordPart.Literal l) || l.quoted()) {
            return false;
        }
        int eq = l.text().indexOf('=');
        if (eq <= 0) {
            return false;
        }
        String name = l.text().substring(0, eq);
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private ShellNode forLoop() throws ShellSyntaxException {
        Token forTok = nextToken();
        Token name = nextToken();
        if (name.kind != Kind.WORD || !name.word.isLiteral()) {
            throw new ShellSyntaxException("bad for loop variable", name.start);
        }
        skipNewlines();
        Optional<List<Word>> items = Optional.empty();
        Token t = peekToken();
        if (t.kind == Kind.WORD && t.word.is("in")) {
            nextToken();
            List<Word> list = new ArrayList<>();
            while (true) {
                Token w = peekToken();
                if (w.kind != Kind.WORD) {
                    break;
                }
                nextToken();
                list.add(w.word);
            }
            items = Optional.of(List.copyOf(list));
        }
        Token sep = peekToken();
        if (sep.kind == Kind.NEWLINE || sep.kind == Kind.OP && sep.text.equals(";")) {
            nextToken();
        }
        skipNewlines();
        expectWord("do");
        Script body = script(Set.of("done"));
        Token done = expectWord("done");
        return new ShellNode.ForLoop(name.word.literal(), items, body, forTok.start, done.end);
    }

    private ShellNode conditional(String keyword) throws ShellSyntaxException {
        Token first = nextToken();
        List<Script> parts = new ArrayList<>();
        if (keyword.equals("if")) {
            parts.add(script(Set.of("then")));
            expectWord("then");
            parts.add(script(Set.of("elif", "else", "fi")));
            while (true) {
                Token t = nextToken();
                if (t.kind == Kind.WORD && t.word.is("fi")) {
                    return new ShellNode.Conditional(keyword, List.copyOf(parts), first.start, t.end);
                }
                if (t.kind == Kind.WORD && t.word.is("elif")) {
                    parts.add(script(Set.of("then")));
                    expectWord("then");
                    parts.add(script(Set.of("elif", "else", "fi")));
                } else if (t.kind == Kind.WORD && t.word.is("else")) {
                    parts.add(script(Set.of("fi")));
                } else {
                    throw new ShellSyntaxException("missing 'fi'", t.start);
                }
            }
        }
        parts.add(script(Set.of("do")));
        expectWord("do");
        parts.add(script(Set.of("done")));
        Token done = expectWord("done");
        return new ShellNode.Conditional(keyword, List.copyOf(parts), first.start, done.end);
    }

    private ShellNode caseClause() throws ShellSyntaxException {
        Token first = nextToken();
        int depth = 1;
        while (true) {
            Token t = nextToken();
            if (t.kind == Kind.EOF) {
                throw new ShellSyntaxException("missing 'esac'", first.start);
            }
            if (t.kind == Kind.WORD && t.word.is("case")) {
                depth++;
            } else if (t.kind == Kind.WORD && t.word.is("esac") && --depth == 0) {
                return new ShellNode.Opaque("case", first.start, t.end);
            }
        }
    }

    private Token expectWord(String word) throws ShellSyntaxException {
        skipNewlines();
        Token t = nextToken();
        if (t.kind != Kind.WORD || !t.word.is(word)) {
            throw new ShellSyntaxException("expected '" + word + "'", t.start);
        }
        return t;
    }
}
