package org.stancekit.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into LF-terminated lines without decoding them, so that one line with broken UTF-8
 * costs only that line, and a line longer than a limit is skipped (and reported) without being held in memory.
 */
final class ByteLines {

    /** One line: its 1-based number, its bytes (without the line end; null when too long) and its full length. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNo;
    private byte[] acc = new byte[1024];

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the last line returned (0 before the first). */
    long lineNumber() {
        return lineNo;
    }

    /** The next line, or null at end of stream. A trailing CR (CRLF files) is removed. */
    Line next() throws IOException {
        int len = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') pos++;
            int chunk = pos - start;
            total += chunk;
            if (total <= maxLineBytes) {
                if (len + chunk > acc.length) acc = Arrays.copyOf(acc, Math.max(acc.length * 2, len + chunk));
                System.arraycopy(buf, start, acc, len, chunk);
                len += chunk;
            }
            if (pos < limit) {
                pos++; // the LF
                break;
            }
        }
        lineNo++;
        if (total > maxLineBytes) return new Line(lineNo, null, total);
        if (len > 0 && acc[len - 1] == '\r') len--;
        return new Line(lineNo, Arrays.copyOf(acc, len), total);
    }
}
