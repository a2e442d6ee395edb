package org.stancekit.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Uses the article body a page declares in JSON-LD ({@code articleBody}): the DOM blocks it contains become the
 * body, or its own paragraphs when the DOM does not show it. Stateless helpers used by {@link Cleaner}.
 */
final class DeclaredBody {

    private DeclaredBody() {
    }

    /** The block is in the declared body, or its start or end is (pages and JSON-LD differ in small details). */
    private static boolean contained(String bodyKey, String key) {
        if (bodyKey.contains(key)) return true;
        if (key.length() < 80) return false;
        return bodyKey.contains(key.substring(0, 40)) || bodyKey.contains(key.substring(key.length() - 40));
    }

    static int keptKeyLength(List<Block> blocks, boolean[] keep) {
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) if (keep[i]) n += blocks.get(i).key.length() + 1;
        return n;
    }

    /** Keeps the blocks the declared articleBody contains; falls back to its own paragraphs when they do not cover it. */
    static List<String> alignWithDeclaredBody(List<Block> blocks, String jsonBody, boolean[] keep, DropReason[] fate) {
        String bodyKey = Texts.key(jsonBody);
        boolean[] in = new boolean[blocks.size()];
        int covered = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.key.length() < 20 || fate[i] == DropReason.TITLE || b.reason == DropReason.CAPTION) continue;
            if (contained(bodyKey, b.key)) {
                in[i] = true;
                covered += b.key.length() + 1;
            }
        }
        if (covered >= 0.7 * bodyKey.length()) {
            for (int i = 0; i < blocks.size(); i++) {
                if (in[i] && !keep[i]) {
                    keep[i] = true;
                    fate[i] = null;
                } else if (!in[i] && keep[i]) {
                    keep[i] = false;
                    fate[i] = DropReason.OUTSIDE_ARTICLE_BODY;
                }
            }
            return null;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (keep[i]) {
                keep[i] = false;
                fate[i] = DropReason.OUTSIDE_ARTICLE_BODY;
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : Texts.normalizeInput(jsonBody).split("\\n\\s*\\n|\\n")) {
            String c = Texts.collapse(p);
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }
}
