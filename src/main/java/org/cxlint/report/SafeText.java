package org.cxlint.report;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Transcript text is hostile input: ids, speaker labels and turn text can hold terminal escape codes,
 * characters XML cannot carry, lone UTF-16 surrogates, spreadsheet formulas. Each renderer passes what it
 * writes through the guard its format needs.
 */
public final class SafeText {
    private SafeText() {}

    /**
     * For a terminal (text and line reports): every C0 and C1 control character, DEL, the bidirectional
     * overrides and isolates, and lone surrogates are written visibly as {@code \u001b}, so nothing a
     * transcript holds can move the cursor, recolour the screen, start a new line or reorder what is shown.
     */
    public static String terminal(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20
                    || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200e
                    || c == 0x200f
                    || c == 0x061c
                    || (Character.isSurrogate(c) && !pairAt(s, i));
            if (Character.isHighSurrogate(c) && pairAt(s, i)) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            if (bad && b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (bad) b.append(String.format("\\u%04x", (int) c));
            else if (b != null) b.append(c);
        }
        return b == null ? s : b.toString();
    }

    /**
     * For XML 1.0: drops what it cannot hold at all (controls other than tab, newline and carriage return,
     * U+FFFE, U+FFFF, lone surrogates); a surrogate pair (a character past U+FFFF) is kept.
     */
    public static String xml(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && pairAt(s, i)) {
                b.append(c).append(s.charAt(++i));
            } else if (c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xd7ff)
                    || (c >= 0xe000 && c <= 0xfffd)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * For JSON written as UTF-8: a lone surrogate cannot be encoded (it would become "?" or break the
     * writer), so it becomes U+FFFD. Control characters are left to the JSON writer, which escapes them.
     */
    public static String unicode(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && pairAt(s, i)) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            boolean bad = Character.isSurrogate(c);
            if (bad && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) b.append(bad ? '\ufffd' : c);
        }
        return b == null ? s : b.toString();
    }

    /**
     * For a CSV cell a spreadsheet opens: a cell starting with {@code = + - @}, tab or carriage return is
     * read as a formula, so it gets a leading single quote (OWASP's advice for CSV injection).
     */
    public static String csvCell(String s) {
        if (s == null || s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /**
     * The input file a transcript came from. A file holding many transcripts names each {@code FILE#ID};
     * the id is the transcript's own text and never says where anything is, so it is cut off here.
     *
     * @param id the transcript id, or null when unknown (an input error): then the first existing file
     *           before a {@code #} is taken, or the whole name when none exists
     */
    public static String inputFile(String source, String id) {
        if (source == null) return null;
        if (isFile(source)) return source;
        if (id != null && source.endsWith("#" + id)) return source.substring(0, source.length() - id.length() - 1);
        for (int hash = source.indexOf('#'); hash > 0; hash = source.indexOf('#', hash + 1)) {
            if (isFile(source.substring(0, hash))) return source.substring(0, hash);
        }
        return source;
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean pairAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }
}
