package org.stancekit.clean;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article comes from and whom it cites: the outlet prefix before the lead ("VOV.VN - "), "Theo dõi X
 * trên", the copyright holder, the URL host, "(theo AFP, Reuters)" attribution lines and wire datelines
 * ("KYIV (Reuters) -"). Stateless helpers used by {@link Cleaner}.
 */
final class Provenance {

    private static final Pattern OUTLET_PREFIX = Pattern.compile(
            "^(\\(?)([\\p{L}\\p{N}][\\p{L}\\p{N}.&]*(?: [\\p{L}\\p{N}.&]+){0,2})(\\)?)\\s*[-–—]+\\s+(?=\\S)");
    private static final Pattern DATELINE_AGENCY = Pattern.compile(
            "^[\\p{Lu}][\\p{L}\\p{N} ,.'/-]{1,40}\\s*\\(([^()]{2,30})\\)\\s*[-–—:]+\\s");
    private static final Pattern FOLLOW_US = Pattern.compile("(?iu)theo dõi\\s+(\\S+(?: \\S+){0,2}?)\\s+trên");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)^(?:©|\\(c\\)|copyright(?: ©)?|bản quyền(?: thuộc về)?)\\s*(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*)?"
                    + "(?:by\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N} &.'-]{1,50}?)\\s*(?:[.,|]|all rights|$)");
    private static final Pattern SOURCE_SPLIT = Pattern.compile("\\s*(?:[,/;&+]|\\s(?:và|and|với)\\s)\\s*");

    private Provenance() {
    }

    /** {outlet, lead without the prefix} when the lead starts with an outlet prefix such as "VOV.VN - ", else null. */
    static String[] splitOutletPrefix(String lead, List<Block> blocks, SourceCatalog catalog) {
        Matcher m = OUTLET_PREFIX.matcher(lead);
        if (!m.find() || !isOutletPrefix(m, blocks, catalog)) return null;
        return new String[]{m.group(2), lead.substring(m.end())};
    }

    /** The agency of a wire dateline ("KYIV (Reuters) - ..."), or null. */
    static String datelineAgency(String lead) {
        Matcher d = DATELINE_AGENCY.matcher(lead);
        return d.find() ? d.group(1) : null;
    }

    /** X of a "Theo dõi X trên" furniture line, or null. */
    static String followUsName(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.reason != DropReason.BOILERPLATE_PHRASE) continue;
            Matcher m = FOLLOW_US.matcher(b.text);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static boolean isOutletPrefix(Matcher m, List<Block> blocks, SourceCatalog catalog) {
        String name = m.group(2);
        boolean paren = !m.group(1).isEmpty() && !m.group(3).isEmpty();
        if (paren || name.indexOf('.') > 0 || catalog.canonical(name) != null) return true;
        int count = 0;
        for (Block b : blocks) if (b.text.startsWith(name) && OUTLET_PREFIX.matcher(b.text).find() && ++count >= 2) return true;
        return false;
    }

    /** Adds the names of a "(theo AFP/Reuters)" line to {@code names}; returns a byline printed before it, or null. */
    static String parseAttribution(String text, List<String> names) {
        Matcher m = ContentSelector.attributionMatcher(text);
        if (!m.matches()) return null;
        for (String s : SOURCE_SPLIT.split(m.group(2))) {
            String t = s.strip();
            if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
            if (!t.isEmpty()) names.add(t);
        }
        String by = m.group(1);
        return by != null && Texts.allWordsCapitalised(by.strip()) && Texts.countWords(by) <= 5 ? by.strip() : null;
    }

    /** "© 2024 Northern Wire. All rights reserved." or "Bản quyền thuộc về Báo X": the holder, from the page's last such line. */
    static String copyrightHolder(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 40; i--) {
            Block b = blocks.get(i);
            if (b.chars() > 200) continue;
            Matcher m = COPYRIGHT.matcher(b.text);
            if (m.find()) {
                String h = m.group(1).strip();
                // a holder names someone: "© 2022" alone (the year read as the holder) is not an outlet
                if (Texts.countWords(h) >= 1 && Texts.countWords(h) <= 6 && h.codePoints().anyMatch(Character::isLetter)) return h;
            }
        }
        return null;
    }

    /** The host of a URL without "www.", or null. */
    static String hostOf(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
