package org.stancekit.clean;

import org.stancekit.corpus.Article;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw page (a plain-text dump or HTML) into a clean {@link Article}: body paragraphs without page
 * furniture, the title, outlet, date, byline, the news agencies it cites and its image captions, plus an audit
 * of every dropped block. One generic method for every outlet and language (see {@link ContentSelector});
 * HTML adds link density, the DOM's structure, {@code <article>}/{@code <main>} and JSON-LD. Thread-safe.
 *
 * <p>Metadata keys of the result: {@code byline} (string), {@code cited_sources} (list of canonical names),
 * {@code captions} (list), {@code format} ({@code txt} or {@code html}).
 */
public final class Cleaner {

    /** Metadata key of the byline. */
    public static final String BYLINE = "byline";
    /** Metadata key of the list of canonical names of cited news agencies and outlets. */
    public static final String CITED_SOURCES = "cited_sources";
    /** Metadata key of the list of image captions. */
    public static final String CAPTIONS = "captions";
    /** Metadata key of the input format, {@code txt} or {@code html}. */
    public static final String FORMAT = "format";

    private static final Pattern OUTLET_PREFIX = Pattern.compile(
            "^(\\(?)([\\p{L}\\p{N}][\\p{L}\\p{N}.&]*(?: [\\p{L}\\p{N}.&]+){0,2})(\\)?)\\s*[-–—]+\\s+(?=\\S)");
    private static final Pattern DATELINE_AGENCY = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}\\p{L} ,.'-]{1,40}\\s*\\(([^()]{2,30})\\)\\s*[-–—:]+\\s");
    private static final Pattern FOLLOW_US = Pattern.compile("(?iu)theo dõi\\s+(\\S+(?: \\S+){0,2}?)\\s+trên");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?iu)^(?:by|bởi|tác giả:?|author:?)\\s+(.{2,60})$");
    private static final Pattern DATE_PARTS = Pattern.compile(
            "(?iu)\\b(?:thứ \\p{L}+|chủ nhật|cập nhật|đăng lúc|ngày|tháng|năm|updated|published|posted|last modified|"
                    + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gmt|utc|am|pm|\\+\\d{2}:?\\d{2})\\b|[\\d/:.,|()+-]+");
    private static final Pattern SOURCE_SPLIT = Pattern.compile("\\s*(?:[,/;&+]|\\s(?:và|and|với)\\s)\\s*");

    private final CleanerConfig config;
    private final BoilerplatePhrases phrases;
    private final SourceCatalog catalog;
    private final ContentSelector selector;

    public Cleaner(CleanerConfig config, BoilerplatePhrases phrases, SourceCatalog catalog) {
        this.config = config;
        this.phrases = config.usePhraseList() ? phrases : BoilerplatePhrases.none();
        this.catalog = catalog;
        this.selector = new ContentSelector(this.phrases);
    }

    /** A cleaner with the bundled phrase list and source catalog. */
    public static Cleaner withDefaults() {
        return new Cleaner(CleanerConfig.DEFAULTS, BoilerplatePhrases.bundled(), SourceCatalog.bundled());
    }

    /** The catalog that names cited sources. */
    public SourceCatalog catalog() {
        return catalog;
    }

    /**
     * Cleans one page. The raw article's text is the page; metadata {@code format} ({@code txt}|{@code html})
     * is used when present, else the format is sniffed.
     *
     * @throws IllegalArgumentException when the input looks like binary data rather than text
     */
    public CleanResult clean(Article raw) {
        List<String> warnings = new ArrayList<>();
        List<DroppedBlock> dropped = new ArrayList<>();
        String page = raw.text();
        String format = FormatSniffer.format(raw.metadata().get(FORMAT), page);
        FormatSniffer.requireText(page);
        if (page.length() > config.maxInputChars()) {
            warnings.add("page has " + page.length() + " characters; only the first " + config.maxInputChars() + " were cleaned");
            dropped.add(new DroppedBlock(0, DropReason.TRUNCATED_INPUT,
                    Texts.excerpt(page.substring(config.maxInputChars()), 200)));
            page = page.substring(0, config.maxInputChars());
        }
        page = Texts.normalizeInput(page);

        List<Block> blocks;
        PageMeta meta;
        if ("html".equals(format)) {
            HtmlPage html = HtmlPage.parse(page, raw.url());
            blocks = html.blocks();
            meta = html.meta();
        } else {
            blocks = TextDumpSegmenter.segment(page);
            meta = PageMeta.NONE;
        }
        selector.classify(blocks);
        ContentSelector.Region region = "html".equals(format)
                ? selector.region(blocks, ContainerFinder.range(blocks))
                : selector.region(blocks, new ContentSelector.Region(0, blocks.size() - 1));
        return assemble(raw, format, blocks, region, meta, dropped, warnings);
    }

    private CleanResult assemble(Article raw, String format, List<Block> blocks, ContentSelector.Region region,
                                 PageMeta meta, List<DroppedBlock> dropped, List<String> warnings) {
        int n = blocks.size();
        DropReason[] fate = new DropReason[n];
        boolean[] keep = new boolean[n];
        int start = region.start(), end = region.end();

        // Title: what the page declares, else the title-like line just above the main content.
        String title = null;
        int titleIdx = -1;
        if (meta.title() != null) {
            title = meta.title();
            titleIdx = findBlock(blocks, title, end);
        }
        if (title == null) {
            titleIdx = findTitleAbove(blocks, start, meta.documentTitle());
            if (titleIdx < 0 && start <= end && isTitleLike(blocks.get(start)) && start < end) {
                titleIdx = start;
            }
            if (titleIdx >= 0) title = blocks.get(titleIdx).text;
            else if (meta.documentTitle() != null) title = HtmlPage.stripSiteSuffix(meta.documentTitle());
        }
        if (titleIdx >= 0) {
            fate[titleIdx] = DropReason.TITLE;
            if (titleIdx == start) start++;
        }
        if (title == null && raw.title() != null && !raw.title().isBlank()) title = raw.title();

        // Body: prose and single sub-headings inside the region; furniture dropped with its reason.
        for (int i = start; i <= end; i++) {
            Block b = blocks.get(i);
            if (fate[i] != null) continue;
            if (b.kind == Block.Kind.PROSE) {
                keep[i] = true;
            } else if (b.kind == Block.Kind.SHORT) {
                if (isSubheading(blocks, i, start, end)) keep[i] = true; else fate[i] = DropReason.LINK_LIST;
            } else {
                fate[i] = b.reason == null ? DropReason.PAGE_FURNITURE : b.reason;
            }
        }

        // JSON-LD articleBody, when the page declares one, decides which blocks are the body.
        String jsonBody = meta.articleBody();
        List<String> paragraphs = null;
        if (jsonBody != null && jsonBody.length() >= 200) {
            paragraphs = alignWithDeclaredBody(blocks, jsonBody, keep, fate);
        }

        // Byline: a short name line between title and body, or right after the body.
        String byline = meta.author();
        int headerFrom = Math.max(0, titleIdx >= 0 ? titleIdx + 1 : start - 6);
        for (int i = headerFrom; i < start && i < n; i++) {
            if (fate[i] != null || keep[i]) continue;
            String bl = bylineOf(blocks.get(i));
            if (bl != null) {
                if (byline == null) byline = bl;
                fate[i] = DropReason.BYLINE;
                break;
            }
        }
        Set<String> cited = new LinkedHashSet<>();
        List<String> attributionNames = new ArrayList<>();
        for (int i = end + 1; i <= Math.min(n - 1, end + 40); i++) {
            Block b = blocks.get(i);
            if (b.reason == DropReason.BOILERPLATE_PHRASE && phrases.isSection(b.key)) break;
            if (b.kind == Block.Kind.PROSE && b.reason == null) break;
            if (b.reason == DropReason.ATTRIBUTION) {
                fate[i] = DropReason.ATTRIBUTION;
                String bl = parseAttribution(b.text, attributionNames);
                if (byline == null && bl != null) byline = bl;
            } else if (i <= end + 2 && b.kind == Block.Kind.SHORT) {
                String bl = bylineOf(b);
                if (bl != null) {
                    if (byline == null) byline = bl;
                    fate[i] = DropReason.BYLINE;
                }
            }
        }
        for (int i = Math.max(0, start); i <= end; i++) {
            if (blocks.get(i).reason == DropReason.ATTRIBUTION && !keep[i]) {
                String bl = parseAttribution(blocks.get(i).text, attributionNames);
                if (byline == null && bl != null) byline = bl;
            }
        }

        // Date: declared, else a date line near the title or right after the body.
        String date = meta.date() != null ? DateFinder.find(meta.date()) : null;
        if (date == null && meta.date() != null) date = meta.date();
        if (date == null) {
            int from = Math.max(0, (titleIdx >= 0 ? titleIdx : start) - 4);
            for (int i = from; i < Math.min(n, end + 4) && date == null; i++) {
                if (i >= start && i <= end && keep[i]) continue;
                Block b = blocks.get(i);
                if (b.reason == DropReason.DATE || (b.words <= 12 && b.kind != Block.Kind.PROSE && fate[i] != DropReason.TITLE)) {
                    String d = DateFinder.find(b.text);
                    if (d != null) date = d;
                }
            }
        }
        if (date == null && raw.date() != null) date = raw.date();

        // Outlet: "VOV.VN - " before the lead, "Theo dõi X trên", the site name, the URL host.
        String outlet = raw.outlet();
        List<String> body = new ArrayList<>();
        if (paragraphs != null) {
            body.addAll(paragraphs);
        } else {
            for (int i = 0; i < n; i++) if (keep[i]) body.add(blocks.get(i).text);
        }
        String pageOutlet = null;
        if (!body.isEmpty()) {
            String lead = body.get(0);
            Matcher m = OUTLET_PREFIX.matcher(lead);
            if (m.find() && isOutletPrefix(m, blocks)) {
                pageOutlet = m.group(2);
                body.set(0, lead.substring(m.end()));
            }
            Matcher d = DATELINE_AGENCY.matcher(body.get(0));
            if (d.find()) attributionNames.add(d.group(1));
        }
        if (pageOutlet == null) {
            for (Block b : blocks) {
                if (b.reason != DropReason.BOILERPLATE_PHRASE) continue;
                Matcher m = FOLLOW_US.matcher(b.text);
                if (m.find()) {
                    pageOutlet = m.group(1);
                    break;
                }
            }
        }
        if (pageOutlet == null) pageOutlet = meta.siteName();
        if (pageOutlet == null) pageOutlet = hostOf(raw.url() != null ? raw.url() : meta.url());
        if (outlet == null || outlet.isBlank()) outlet = pageOutlet;

        // Cited sources: attribution lines, datelines, mentions in the body; the outlet itself does not cite itself.
        for (String name : attributionNames) {
            String c = catalog.canonical(name);
            if (c == null) {
                List<String> inside = catalog.mentions(name);
                if (!inside.isEmpty()) cited.addAll(inside); else if (Texts.countWords(name) <= 5) cited.add(name.strip());
            } else {
                cited.add(c);
            }
        }
        Set<String> mentioned = new LinkedHashSet<>();
        for (String p : body) catalog.addMentions(p, mentioned);
        Set<String> all = new LinkedHashSet<>(mentioned);
        all.addAll(cited);
        String own = outlet == null ? null : catalog.canonical(outlet);
        String own2 = pageOutlet == null ? null : catalog.canonical(pageOutlet);
        all.removeIf(s -> s.equals(own) || s.equals(own2));

        // Captions near the article.
        List<String> captions = new ArrayList<>();
        int capFrom = titleIdx >= 0 ? titleIdx + 1 : start;
        for (int i = Math.max(0, capFrom); i <= Math.min(n - 1, end + 1); i++) {
            Block b = blocks.get(i);
            if (b.reason == DropReason.CAPTION && !keep[i]) {
                String c = Texts.collapse(b.text.replace('|', ' ').replace("![]()", " "));
                if (Texts.countWords(c) > 0) captions.add(c);
                fate[i] = DropReason.CAPTION;
            }
        }

        for (int i = 0; i < n; i++) {
            if (keep[i]) continue;
            Block b = blocks.get(i);
            DropReason r = fate[i] != null ? fate[i] : (b.reason != null ? b.reason : DropReason.OUTSIDE_MAIN_CONTENT);
            dropped.add(new DroppedBlock(i, r, b.text));
        }

        Map<String, Object> md = new LinkedHashMap<>(raw.metadata());
        md.put(FORMAT, format);
        if (byline != null) md.put(BYLINE, byline); else md.remove(BYLINE);
        md.put(CITED_SOURCES, List.copyOf(all));
        md.put(CAPTIONS, List.copyOf(captions));
        String text = String.join("\n\n", body);
        Article out = new Article(raw.id(), text, title, outlet, raw.url() != null ? raw.url() : meta.url(), date,
                raw.labels(), md);
        return new CleanResult(out, dropped, warnings);
    }

    /** Keeps the blocks the declared articleBody contains; falls back to its own paragraphs when they do not cover it. */
    private static List<String> alignWithDeclaredBody(List<Block> blocks, String jsonBody, boolean[] keep, DropReason[] fate) {
        String bodyKey = Texts.key(jsonBody);
        boolean[] in = new boolean[blocks.size()];
        int covered = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.key.length() < 20 || fate[i] == DropReason.TITLE || b.reason == DropReason.CAPTION) continue;
            if (bodyKey.contains(b.key)) {
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

    private boolean isOutletPrefix(Matcher m, List<Block> blocks) {
        String name = m.group(2);
        boolean paren = !m.group(1).isEmpty() && !m.group(3).isEmpty();
        if (paren || name.indexOf('.') > 0 || catalog.canonical(name) != null) return true;
        int count = 0;
        for (Block b : blocks) if (b.text.startsWith(name) && OUTLET_PREFIX.matcher(b.text).find() && ++count >= 2) return true;
        return false;
    }

    private static String parseAttribution(String text, List<String> names) {
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

    private static String bylineOf(Block b) {
        if (b.kind == Block.Kind.PROSE || b.chars() > 80) return null;
        String t = b.text;
        if (b.reason == DropReason.DATE) t = Texts.collapse(DATE_PARTS.matcher(t).replaceAll(" "));
        Matcher m = BYLINE_PREFIX.matcher(t);
        if (m.matches()) return m.group(1).strip();
        int w = Texts.countWords(t);
        if (w >= 2 && w <= 5 && t.length() <= 40 && Texts.allWordsCapitalised(t)) return t;
        return null;
    }

    private boolean isTitleLike(Block b) {
        if (b.words < 3 || b.words > 40 || b.chars() > 250) return false;
        if (b.reason == DropReason.CAPTION || b.reason == DropReason.BOILERPLATE_PHRASE || b.reason == DropReason.DATE
                || b.reason == DropReason.ATTRIBUTION || b.reason == DropReason.PAGE_FURNITURE || b.reason == DropReason.LINK_DENSE) {
            return false;
        }
        char last = Texts.lastSignificant(b.text);
        return last != '.' && last != ',' && last != ';';
    }

    /** The nearest title-like line above the body; one that the {@code <title>} contains wins. */
    private int findTitleAbove(List<Block> blocks, int start, String documentTitle) {
        String docKey = documentTitle == null ? null : Texts.key(documentTitle);
        int nearest = -1;
        for (int i = Math.min(start, blocks.size()) - 1; i >= 0 && i >= start - 15; i--) {
            Block b = blocks.get(i);
            if (isTitleLike(b) && bylineOf(b) == null) {
                if (docKey == null || docKey.contains(b.key)) return i;
                if (nearest < 0) nearest = i;
            }
        }
        return nearest;
    }

    /** Index of the block that shows the declared title (same text, or the title contains it), or -1. */
    private static int findBlock(List<Block> blocks, String title, int end) {
        String k = Texts.key(title);
        if (k.isEmpty()) return -1;
        int limit = Math.min(blocks.size() - 1, Math.max(end, 0));
        for (int i = 0; i <= limit; i++) {
            Block b = blocks.get(i);
            if (b.key.equals(k) && (b.isHeadingTag() || "line".equals(b.tag) || b.kind != Block.Kind.PROSE)) return i;
        }
        return -1;
    }

    /** A lone short line followed by prose inside the body: a sub-heading, kept. */
    private static boolean isSubheading(List<Block> blocks, int i, int start, int end) {
        Block b = blocks.get(i);
        if (b.words < 2 || b.chars() > 150) return false;
        int prev = i - 1;
        while (prev >= start && blocks.get(prev).kind == Block.Kind.NEUTRAL) prev--;
        int next = i + 1;
        while (next <= end && blocks.get(next).kind == Block.Kind.NEUTRAL) next++;
        if (next > end || blocks.get(next).kind != Block.Kind.PROSE) return false;
        return prev < start || blocks.get(prev).kind != Block.Kind.SHORT;
    }

    private static String hostOf(String url) {
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
