package org.stancekit.clean;

import java.util.Locale;

/** Decides whether a page is HTML or a text dump, and refuses binary data with a clear message. */
final class FormatSniffer {

    private static final int PROBE = 8192;

    private FormatSniffer() {
    }

    /**
     * {@code html} or {@code txt}: the declared format when given (except that a whole HTML document saved as .txt
     * is read as HTML), else sniffed from the first characters.
     */
    static String format(Object declared, String page) {
        if (declared != null) {
            String d = declared.toString().toLowerCase(Locale.ROOT);
            if (d.equals("html") || d.equals("htm") || d.equals("xhtml")) return "html";
            if (d.equals("txt") || d.equals("text")) return startsAsHtmlDocument(page) ? "html" : "txt";
        }
        return looksLikeHtml(page) ? "html" : "txt";
    }

    /** A whole HTML document (doctype or html tag first), even when it was saved under a .txt name. */
    static boolean startsAsHtmlDocument(String page) {
        int i = 0;
        int n = Math.min(page.length(), PROBE);
        while (i < n && (Character.isWhitespace(page.charAt(i)) || page.charAt(i) == '\uFEFF')) i++;
        String head = page.substring(i, Math.min(n, i + 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static boolean looksLikeHtml(String page) {
        int i = 0;
        int n = Math.min(page.length(), PROBE);
        while (i < n && (Character.isWhitespace(page.charAt(i)) || page.charAt(i) == '\uFEFF')) i++;
        String head = page.substring(i, Math.min(n, i + 2048)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")) return true;
        int tags = 0;
        for (String t : new String[]{"<html", "<head", "<body", "<div", "<p>", "<p ", "<article", "<meta", "<br", "<span", "<a href"}) {
            if (head.contains(t)) tags++;
        }
        return head.startsWith("<") && tags >= 1 || tags >= 3;
    }

    /** Throws when the first characters are mostly control or undecodable characters (a binary file). */
    static void requireText(String page) {
        int n = Math.min(page.length(), PROBE);
        if (n == 0) return;
        int bad = 0, nul = 0;
        for (int i = 0; i < n; i++) {
            char c = page.charAt(i);
            if (c == 0) nul++;
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) bad++;
        }
        if (nul >= 3 || bad > Math.max(2, n / 10)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "looks like binary data, not a text or HTML page (%d of the first %d characters are control or undecodable)", bad, n));
        }
    }
}
