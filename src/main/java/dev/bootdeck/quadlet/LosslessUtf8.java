package dev.bootdeck.quadlet;

import java.io.ByteArrayOutputStream;

/**
 * Turns unit-file bytes into a Java string and back without losing a single byte, even when the bytes are not
 * valid UTF-8. Valid UTF-8 sequences decode to their characters; every byte that is not part of a valid sequence
 * becomes the lone surrogate {@code U+DC00 + byte} (the "surrogateescape" convention), and {@link #encode} turns
 * such surrogates back into the original byte. Podman reads unit files as raw bytes, so a lossless document and a
 * byte-exact semantic parser both need this.
 */
public final class LosslessUtf8 {
    private static final char ESCAPE_BASE = '\uDC00';

    private LosslessUtf8() {
    }

    /** Decodes bytes; never fails. */
    public static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int len;
            int cp;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                len = 2;
                cp = b & 0x1F;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                len = 3;
                cp = b & 0x0F;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                len = 4;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                out.append((char) (ESCAPE_BASE + b));
                i++;
                continue;
            }
            boolean ok = i + len <= n;
            for (int k = 1; ok && k < len; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    ok = false;
                } else {
                    cp = (cp << 6) | (c & 0x3F);
                }
            }
            if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
                ok = false;
            }
            if (ok) {
                out.appendCodePoint(cp);
                i += len;
            } else {
                out.append((char) (ESCAPE_BASE + b));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Encodes a string as UTF-8, turning escaped bytes ({@code U+DC80..U+DCFF} lone surrogates) back into the raw
     * byte. Other lone surrogates (which no byte input produces) are written as the replacement character's bytes.
     */
    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                i++;
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else if (isEscapedByte(c)) {
                out.write(c - ESCAPE_BASE);
            } else if (Character.isSurrogate(c)) {
                out.write(0xEF);
                out.write(0xBF);
                out.write(0xBD);
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    /** True for a character that stands for one raw byte that was not valid UTF-8. */
    public static boolean isEscapedByte(char c) {
        return c >= '\uDC80' && c <= '\uDCFF';
    }

    /** The raw byte a character stands for when {@link #isEscapedByte} holds, else -1. */
    static int escapedByte(char c) {
        return isEscapedByte(c) ? c - ESCAPE_BASE : -1;
    }
}
