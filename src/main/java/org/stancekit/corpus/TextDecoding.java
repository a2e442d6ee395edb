package org.stancekit.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict decoding of whole text files: byte-order-mark detection (UTF-8, UTF-16LE, UTF-16BE), else the
 * {@code <meta charset>} of an HTML page, else UTF-8. Never replaces bad bytes silently: a failure names the
 * line and byte offset so the reader can report it.
 */
final class TextDecoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoding() {
    }

    /** A file's text (BOM removed) and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {
    }

    /** Why a file's bytes are not text; {@code line} is 1-based or 0 when unknown. */
    static final class DecodingException extends Exception {
        final long line;

        DecodingException(long line, String problem) {
            super(problem);
            this.line = line;
        }
    }

    /**
     * Decodes a file's bytes. A NUL byte outside UTF-16 makes the file "binary"; malformed bytes for the
     * chosen charset are an error with their line and byte offset.
     */
    static Decoded decode(byte[] bytes, boolean html) throws DecodingException {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return checkedText(decodeStrict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checkedText(decodeStrict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checkedText(decodeStrict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) throw new DecodingException(0, "binary file (NUL byte at offset " + i + ")");
        }
        Charset cs = html ? declaredCharset(bytes) : StandardCharsets.UTF_8;
        return new Decoded(decodeStrict(bytes, 0, cs), cs);
    }

    private static Decoded checkedText(String text, Charset cs) throws DecodingException {
        int nul = text.indexOf('\0');
        if (nul >= 0) throw new DecodingException(lineOf(text, nul), "binary file (NUL character after " + cs.name() + " decoding)");
        return new Decoded(text, cs);
    }

    /** The charset an HTML page declares in its first 4 KB, or UTF-8 when it declares none. */
    private static Charset declaredCharset(byte[] bytes) throws DecodingException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return StandardCharsets.UTF_8;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DecodingException(lineOf(head, m.start()), "unsupported charset \"" + m.group(1) + "\" declared in <meta>");
        }
    }

    private static String decodeStrict(byte[] bytes, int from, Charset cs) throws DecodingException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length - from) + 16));
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) r = dec.flush(out);
        if (r.isError()) {
            int offset = in.position();
            throw new DecodingException(lineOfBytes(bytes, from, offset, cs),
                    "invalid " + cs.name() + " (" + (r.isMalformed() ? "malformed" : "unmappable") + " input of "
                            + r.length() + " byte(s) at byte offset " + offset + ")");
        }
        if (r.isOverflow()) throw new DecodingException(0, "cannot decode as " + cs.name() + " (output overflow)");
        out.flip();
        return out.toString();
    }

    /** 1-based line of a byte offset: counts LF code units in the charset's encoding up to the offset. */
    private static long lineOfBytes(byte[] bytes, int from, int offset, Charset cs) {
        long line = 1;
        if (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE)) {
            boolean le = cs.equals(StandardCharsets.UTF_16LE);
            for (int i = from; i + 1 < offset; i += 2) {
                int unit = le ? (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 : (bytes[i] & 0xFF) << 8 | (bytes[i + 1] & 0xFF);
                if (unit == '\n') line++;
            }
        } else {
            for (int i = from; i < offset; i++) if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static long lineOf(String s, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) if (s.charAt(i) == '\n') line++;
        return line;
    }

    /** Line ends to LF: CRLF and lone CR both become {@code \n}. */
    static String toLf(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
