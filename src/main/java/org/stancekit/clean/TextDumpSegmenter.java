package org.stancekit.clean;

import java.util.ArrayList;
import java.util.List;

/** Splits a plain-text page dump into line blocks, remembering which lines followed a blank line. */
final class TextDumpSegmenter {

    private TextDumpSegmenter() {
    }

    static List<Block> segment(String text) {
        List<Block> out = new ArrayList<>(64);
        int n = text.length();
        int i = 0;
        boolean blank = true;
        while (i < n) {
            int j = text.indexOf('\n', i);
            if (j < 0) j = n;
            String line = Texts.collapse(text.substring(i, j));
            if (line.isEmpty()) {
                blank = true;
            } else {
                out.add(Block.line(out.size(), line, blank));
                blank = false;
            }
            i = j + 1;
        }
        return out;
    }
}
