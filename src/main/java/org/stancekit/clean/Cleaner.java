package org.stancekit.clean;

import org.stancekit.corpus.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Whether a text is HTML markup (a saved page, or tags such as {@code <p>}, {@code <div>}), judged by its start. */
    public static boolean looksLikeHtml(String text) {
        return FormatSniffer.looksLikeHtml(text);
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
        ContentSelector.Region range = new ContentSelector.Region(0, blocks.size() - 1);
        if ("html".equals(format)) {
            range = ContainerFinder.range(blocks);
            // the lead often sits between the headline and the body's container: start right after the headline
            int t = meta.title() == null ? -1 : HeaderLines.findBlock(blocks, meta.title(), range.start());
            if (t >= 0 && t < range.start() && range.start() - t <= 12) range = new ContentSelector.Region(t + 1, range.end());
        }
        ContentSelector.Region region = selector.region(blocks, range);
        return assemble(raw, format, blocks, region, meta, dropped, warnings);
    }

    private CleanResult assemble(Article raw, String format, List<Block> blocks, ContentSelector.Region region,
                                 PageMeta meta, List<DroppedBlock> dropped, List<String> warnings) {
        int n = blocks.size();
        DropReason[] fate = new DropReason[n];
        boolean[] keep = new boolean[n];
        int start = region.start(), end = region.end();

        // Title: the input's own title, else what the page declares, else the title-like line above the main content.
        String title = null;
        int titleIdx = -1;
        String declared = raw.title() != null && !raw.title().isBlank() ? Texts.collapse(raw.title()) : meta.title();
        if (declared != null) {
            title = declared;
            titleIdx = HeaderLines.findBlock(blocks, title, end);
        }
        if (title == null) {
            titleIdx = HeaderLines.findTitleAbove(blocks, start, meta.documentTitle());
            if (titleIdx < 0 && start <= end && HeaderLines.isTitleLike(blocks.get(start)) && start < end) {
                titleIdx = start;
            }
            if (titleIdx >= 0) title = blocks.get(titleIdx).text;
            else if (meta.documentTitle() != null) title = HtmlPage.stripSiteSuffix(meta.documentTitle());
        }
        if (titleIdx >= 0) {
            fate[titleIdx] = DropReason.TITLE;
            if (titleIdx == start) start++;
        }

        // A lead (standfirst, sapo) printed without a final full stop between the headline and the body is kept.
        int leadIdx = HeaderLines.leadAbove(blocks, titleIdx, start);
        if (leadIdx >= 0) keep[leadIdx] = true;

        // Body: prose and single sub-headings inside the region; furniture dropped with its reason.
        for (int i = start; i <= end; i++) {
            Block b = blocks.get(i);
            if (fate[i] != null) continue;
            if (b.kind == Block.Kind.PROSE) {
                keep[i] = true;
            } else if (b.kind == Block.Kind.SHORT) {
                if (HeaderLines.isSubheading(blocks, i, start, end)) keep[i] = true; else fate[i] = DropReason.LINK_LIST;
            } else {
                fate[i] = b.reason == null ? DropReason.PAGE_FURNITURE : b.reason;
            }
        }

        // JSON-LD articleBody, when the page declares one, decides which blocks are the body.
        String jsonBody = meta.articleBody();
        List<String> paragraphs = null;
        if (jsonBody != null && jsonBody.length() >= 200 && Texts.key(jsonBody).length() >= 0.6 * DeclaredBody.keptKeyLength(blocks, keep)
                && (long) blocks.size() * jsonBody.length() <= 400_000_000L) {
            paragraphs = DeclaredBody.alignWithDeclaredBody(blocks, jsonBody, keep, fate);
        }

        // Byline: a short name line between title and body, or right after the body.
        String byline = meta.author();
        int headerFrom = Math.max(0, titleIdx >= 0 ? titleIdx + 1 : start - 6);
        for (int i = headerFrom; i < start && i < n; i++) {
            if (fate[i] != null || keep[i]) continue;
            String bl = HeaderLines.bylineOf(blocks.get(i));
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
                String bl = Provenance.parseAttribution(b.text, attributionNames);
                if (byline == null && bl != null) byline = bl;
            } else if (i <= end + 2 && b.kind == Block.Kind.SHORT) {
                String bl = HeaderLines.bylineOf(b);
                if (bl != null) {
                    if (byline == null) byline = bl;
                    fate[i] = DropReason.BYLINE;
                }
            }
        }
        for (int i = Math.max(0, start); i <= end; i++) {
            if (blocks.get(i).reason == DropReason.ATTRIBUTION && !keep[i]) {
                String bl = Provenance.parseAttribution(blocks.get(i).text, attributionNames);
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
        if (date == null) date = DateFinder.fromUrl(raw.url() != null ? raw.url() : meta.url());

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
            String[] split = Provenance.splitOutletPrefix(body.get(0), blocks, catalog);
            if (split != null) {
                pageOutlet = split[0];
                body.set(0, split[1]);
            }
            String agency = Provenance.datelineAgency(body.get(0));
            if (agency != null) attributionNames.add(agency);
        }
        if (pageOutlet == null) pageOutlet = Provenance.followUsName(blocks);
        if (pageOutlet == null) pageOutlet = meta.siteName();
        if (pageOutlet == null) pageOutlet = Provenance.copyrightHolder(blocks);
        if (pageOutlet == null) pageOutlet = Provenance.hostOf(raw.url() != null ? raw.url() : meta.url());
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













}
