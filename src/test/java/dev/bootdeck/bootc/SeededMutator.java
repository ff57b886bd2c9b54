package dev.bootdeck.bootc;

import java.util.List;
import java.util.Random;

/**
 * Seeded text mutations for fuzzing the parsers: every case is derived from one long seed, so a failure can be
 * replayed exactly from the seed printed in the assertion message. No third-party property-testing library.
 */
final class SeededMutator {

    /** The base seed: {@code -Dbootdeck.fuzz.seed=N} replays a run, otherwise a fixed default keeps runs stable. */
    static long baseSeed() {
        String s = System.getProperty("bootdeck.fuzz.seed");
        return s == null || s.isBlank() ? 0x5EED_B007_DECCL : Long.parseLong(s.trim());
    }

    private final List<String> corpus;
    private final List<String> tokens;

    /**
     * @param corpus valid inputs to start from (and to splice in)
     * @param tokens fragments that matter to the parser under test (structural characters, keywords, odd values)
     */
    SeededMutator(List<String> corpus, List<String> tokens) {
        this.corpus = List.copyOf(corpus);
        this.tokens = List.copyOf(tokens);
    }

    /** The mutated input for one case seed: a corpus entry with 1 to 4 mutations. */
    String mutate(long caseSeed) {
        Random r = new Random(caseSeed);
        StringBuilder s = new StringBuilder(corpus.get(r.nextInt(corpus.size())));
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            apply(r, s);
        }
        return s.toString();
    }

    private void apply(Random r, StringBuilder s) {
        int len = s.length();
        int op = r.nextInt(10);
        switch (op) {
            case 0: { // delete a range
                if (len == 0) {
                    return;
                }
                int a = r.nextInt(len);
                s.delete(a, Math.min(len, a + 1 + r.nextInt(8)));
                return;
            }
            case 1: // insert a token
                s.insert(r.nextInt(len + 1), tokens.get(r.nextInt(tokens.size())));
                return;
            case 2: { // replace one char with a random one (ASCII, Latin-1, BMP, or a lone surrogate)
                if (len == 0) {
                    return;
                }
                s.setCharAt(r.nextInt(len), randomChar(r));
                return;
            }
            case 3: { // duplicate a slice somewhere else
                if (len == 0) {
                    return;
                }
                int a = r.nextInt(len);
                int b = Math.min(len, a + 1 + r.nextInt(40));
                String slice = s.substring(a, b);
                s.insert(r.nextInt(s.length() + 1), slice);
                return;
            }
            case 4: // truncate
                s.setLength(r.nextInt(len + 1));
                return;
            case 5: { // replace an occurrence of one token by another
                String from = tokens.get(r.nextInt(tokens.size()));
                int at = s.indexOf(from, len == 0 ? 0 : r.nextInt(len));
                if (at < 0) {
                    at = s.indexOf(from);
                }
                if (at >= 0) {
                    s.replace(at, at + from.length(), tokens.get(r.nextInt(tokens.size())));
                }
                return;
            }
            case 6: { // splice: our prefix, another corpus entry's suffix
                String other = corpus.get(r.nextInt(corpus.size()));
                int cut = r.nextInt(len + 1);
                int from = r.nextInt(other.length() + 1);
                s.setLength(cut);
                s.append(other, from, other.length());
                return;
            }
            case 7: { // repeat a token many times (deep nesting, long names)
                String t = tokens.get(r.nextInt(tokens.size()));
                s.insert(r.nextInt(len + 1), t.repeat(1 + r.nextInt(r.nextBoolean() ? 8 : 600)));
                return;
            }
            case 8: { // swap two characters
                if (len < 2) {
                    return;
                }
                int a = r.nextInt(len);
                int b = r.nextInt(len);
                char c = s.charAt(a);
                s.setCharAt(a, s.charAt(b));
                s.setCharAt(b, c);
                return;
            }
            default: { // flip case of a range
                if (len == 0) {
                    return;
                }
                int a = r.nextInt(len);
                int b = Math.min(len, a + 1 + r.nextInt(10));
                for (int i = a; i < b; i++) {
                    char c = s.charAt(i);
                    s.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                }
            }
        }
    }

    private static char randomChar(Random r) {
        switch (r.nextInt(5)) {
            case 0:
                return (char) r.nextInt(0x20);
            case 1:
                return (char) (0x20 + r.nextInt(0x5f));
            case 2:
                return (char) (0x80 + r.nextInt(0x180));
            case 3:
                return (char) (0xD800 + r.nextInt(0x800));
            default:
                return (char) r.nextInt(0x10000);
        }
    }

    /** Printable form of a failing input for the assertion message. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().limit(2000).forEach(c -> {
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append((char) c);
            }
        });
        return sb.toString();
    }
}
