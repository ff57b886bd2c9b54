package dev.bootdeck.quadlet;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Test helper: seeded byte-level mutations of unit files, aimed at the parsers' sharp edges. */
final class QuadletMutator {
    private static final byte[][] TOKENS = {
        {'\\'}, {'['}, {']'}, {'='}, {'"'}, {'\''}, {'\r'}, {0}, {'\n'}, {'#'}, {';'}, {' '}, {'\t'},
        {'\\', '\n'}, {'\\', ' ', '\n'}, {'\r', '\n'}, {'\n', '['}, {(byte) 0xC3, (byte) 0xA0}, {(byte) 0xA0},
        {(byte) 0x85}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC2, (byte) 0xA0}, {(byte) 0xFF},
        {'\\', 'x'}, {'\\', 'u', '0'}, {'%', 'n'}, {'\n', '=', '\n'}, {'[', ']'}, {'.', 'i', 'm', 'a', 'g', 'e'},
    };

    private QuadletMutator() {
    }

    static byte[] mutate(byte[] input, SplittableRandom rnd) {
        byte[] b = input;
        int ops = 1 + rnd.nextInt(4);
        for (int i = 0; i < ops; i++) {
            b = mutateOnce(b, rnd);
        }
        return b;
    }

    private static byte[] mutateOnce(byte[] b, SplittableRandom rnd) {
        int pos = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
        switch (rnd.nextInt(8)) {
            case 0 -> {
                if (b.length == 0) {
                    return b;
                }
                byte[] c = b.clone();
                int at = rnd.nextInt(b.length);
                c[at] ^= (byte) (1 << rnd.nextInt(8));
                return c;
            }
            case 1 -> {
                return Arrays.copyOf(b, pos);
            }
            case 2 -> {
                return insert(b, pos, TOKENS[rnd.nextInt(TOKENS.length)]);
            }
            case 3 -> {
                int len = 1000 + rnd.nextInt(20000);
                byte[] line = new byte[len];
                Arrays.fill(line, (byte) ('A' + rnd.nextInt(26)));
                if (rnd.nextBoolean()) {
                    line[len / 2] = '=';
                }
                if (rnd.nextBoolean()) {
                    line[len - 1] = '\\';
                }
                return insert(b, pos, line);
            }
            case 4 -> {
                int end = Math.min(b.length, pos + rnd.nextInt(64));
                byte[] c = new byte[b.length - (end - pos)];
                System.arraycopy(b, 0, c, 0, pos);
                System.arraycopy(b, end, c, pos, b.length - end);
                return c;
            }
            case 5 -> {
                int end = Math.min(b.length, pos + rnd.nextInt(128));
                return insert(b, pos, Arrays.copyOfRange(b, Math.min(pos, end), end));
            }
            case 6 -> {
                return insert(b, pos, new byte[] {(byte) rnd.nextInt(256)});
            }
            default -> {
                byte[] c = b.clone();
                for (int i = 0; i < c.length; i++) {
                    if (c[i] == '\n' && rnd.nextInt(4) == 0) {
                        c[i] = rnd.nextBoolean() ? (byte) '\r' : (byte) '\\';
                    }
                }
                return c;
            }
        }
    }

    private static byte[] insert(byte[] b, int pos, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, pos);
        out.write(what, 0, what.length);
        out.write(b, pos, b.length - pos);
        return out.toByteArray();
    }
}
