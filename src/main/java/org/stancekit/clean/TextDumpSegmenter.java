package org.stancekit.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a plain-text page dump into blocks: one per line, remembering which lines followed a blank line. Dumps
 * hard-wrapped at a fixed width (as console browsers write them) are detected and their lines re-joined into
 * paragraphs first, so a wrapped paragraph is one block; Markdown link, image and emphasis syntax is reduced to
 * its text.
 */
final class TextDumpSegmenter {

    private TextDumpSegmenter() {
    }

    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\((?:https?://|/|#)[^)\\s]*\\)");
    private static final Pattern MD_MARKS = Pattern.compile("(?m)^#{1,6}\\s+|\\*\\*|__");

    /** Markdown dumps ("[text](url)", "![](img)", "# heading", "**bold**") read as their plain text. */
    static String stripMarkdown(String text) {
        if (text.indexOf("](") < 0 && text.indexOf("**") < 0 && text.indexOf("\n#") < 0 && !text.startsWith("#")) return text;
        String t = MD_IMAGE.matcher(text).replaceAll("");
        t = MD_LINK.matcher(t).replaceAll("$1");
        return MD_MARKS.matcher(t).replaceAll("");
    }

    static List<Block> segment(String text) {
        text = stripMarkdown(text);
        List<String> lines = new ArrayList<>(128);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = text.indexOf('\n', i);
            if (j < 0) j = n;
            lines.add(Texts.collapse(text.substring(i, j)));
            i = j + 1;
        }
        int width = wrapWidth(lines);
        List<Block> out = new ArrayList<>(64);
        boolean blank = true;
        StringBuilder para = null;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                if (para != null) {
                    out.add(Block.line(out.size(), para.toString(), blank));
                    para = null;
                }
                blank = true;
                continue;
            }
            if (width == 0) {
                out.add(Block.line(out.size(), line, blank));
                blank = false;
                continue;
            }
            if (para != null && startsItem(line)) {
                out.add(Block.line(out.size(), para.toString(), blank));
                blank = false;
                para = null;
            }
            if (para == null) para = new StringBuilder(line); else para.append(' ').append(line);
            // a line well short of the wrap width ends its paragraph
            if (line.length() < width - 20) {
                out.add(Block.line(out.size(), para.toString(), blank));
                blank = false;
                para = null;
            }
        }
        if (para != null) out.add(Block.line(out.size(), para.toString(), blank));
        return out;
    }

    private static boolean startsItem(String line) {
        char c = line.charAt(0);
        return c == '*' || c == '-' || c == '•' || c == '+' || c == '[' || c == '#';
    }

    /**
     * The wrap width when the dump looks hard-wrapped (most lines of 40+ characters end within a few characters of
     * the same width, 60 to 100, and are followed by another line), else 0.
     */
    static int wrapWidth(List<String> lines) {
        int[] hist = new int[101];
        int candidates = 0, longer = 0;
        for (int k = 0; k < lines.size(); k++) {
            int len = lines.get(k).length();
            if (len < 40) continue;
            candidates++;
            if (len > 100) longer++;
            else if (k + 1 < lines.size() && !lines.get(k + 1).isEmpty()) hist[len]++;
        }
        if (candidates < 4) return 0;
        int best = 0, bestCount = 0;
        for (int w = 60; w <= 100; w++) {
            int c = 0;
            for (int d = 0; d <= 12; d++) c += hist[w - d];
            if (c > bestCount) {
                bestCount = c;
                best = w;
            }
        }
        for (int k = 0; k < lines.size(); k++) if (lines.get(k).length() > best && lines.get(k).length() <= 100) longer++;
        boolean wrapped = bestCount >= 3 && bestCount >= 0.5 * candidates && longer <= 0.05 * candidates;
        return wrapped ? best : 0;
    }
}
