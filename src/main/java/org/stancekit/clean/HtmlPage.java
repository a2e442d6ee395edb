package org.stancekit.clean;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.stancekit.corpus.Jsonl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML page turned into the cleaner's blocks (one per paragraph-level element, with link text counted and
 * furniture/caption context noted) plus what the page declares about itself (meta tags, JSON-LD, title, h1).
 * All DOM walks are iterative ({@link NodeTraversor}), so deeply nested pages cannot overflow the stack.
 */
final class HtmlPage {

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "button", "select", "option", "textarea", "input", "head", "object", "embed", "video", "audio", "map", "math");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address",
            "caption", "center", "hr", "body", "html", "details", "summary", "legend", "menu");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar");
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)comment|binh-?luan|related|relate|sidebar|side-bar|footer|menu|breadcrumb|share|sharing|social|sponsor|advert|"
                    + "\\bads?\\b|-ad-|popup|modal|cookie|newsletter|subscribe|outbrain|taboola|recommend|most-?read|"
                    + "most-?viewed|trending|popular|tag-?list|\\btags\\b|pagination|pager|masthead|skip-link|banner|widget|"
                    + "read-?more|see-?also|xem-?them|tin-?lien-?quan|lienquan|box-?tin|promo|login|signup|author-?bio|"
                    + "author-?box|about-?author|paywall|twitter-tweet|instagram-media|tiktok-embed|fb-post");
    private static final Pattern MAYBE = Pattern.compile("(?i)article|body|content|main|story|detail|post-?text|entry");
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|image-?desc|photo-?desc|img-?desc|figcaption|credit");

    private final List<Block> blocks;
    private final PageMeta meta;

    private HtmlPage(List<Block> blocks, PageMeta meta) {
        this.blocks = blocks;
        this.meta = meta;
    }

    List<Block> blocks() {
        return blocks;
    }

    PageMeta meta() {
        return meta;
    }

    static HtmlPage parse(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMeta meta = readMeta(doc, url);
        Element root = doc.body() != null ? doc.body() : doc;
        Walker w = new Walker();
        NodeTraversor.traverse(w, root);
        w.flush(false);
        applyClassHints(w.out, w.softOf);
        return new HtmlPage(w.out, meta);
    }

    private static boolean hiddenByStyle(Element e) {
        if (!e.hasAttr("style")) return false;
        String st = e.attr("style");
        int i = st.indexOf("display");
        if (i < 0) return false;
        String rest = st.substring(i + 7).replace(" ", "");
        return rest.startsWith(":none");
    }

    /** Builds blocks in document order; state is a few counters and a stack, never recursion. */
    private static final class Walker implements NodeVisitor {
        final List<Block> out = new ArrayList<>(128);
        final StringBuilder buf = new StringBuilder(512);
        final Deque<Element> blockStack = new ArrayDeque<>();
        final Deque<Integer> flags = new ArrayDeque<>();
        final Deque<Element> softStack = new ArrayDeque<>();
        /** Per block (by index): the class-hinted ancestors, innermost first; decided after the walk. */
        final List<Element[]> softOf = new ArrayList<>(128);
        int skip, links, furniture, soft, caption, article;
        int linkChars;
        boolean blankBefore = true;

        private static final int F_SKIP = 1, F_LINK = 2, F_FURN = 4, F_SOFT = 8, F_CAP = 16, F_BLOCK = 32, F_ART = 64;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (skip > 0) return;
                String s = t.getWholeText();
                if (s.isEmpty()) return;
                if (buf.length() > 0 && !Character.isWhitespace(buf.charAt(buf.length() - 1)) && Character.isWhitespace(s.charAt(0))) buf.append(' ');
                int before = buf.length();
                appendCollapsed(s);
                if (links > 0) linkChars += buf.length() - before;
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            int f = 0;
            if (SKIP.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !"body".equals(tag)
                    || hiddenByStyle(e)) {
                f |= F_SKIP;
                skip++;
            }
            if (tag.equals("br")) {
                flush(false);
                flags.push(0);
                return;
            }
            if (tag.equals("a")) {
                f |= F_LINK;
                links++;
            }
            if (tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))) {
                f |= F_ART;
                article++;
            }
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            String cls = e.className() + " " + e.id();
            if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(role) || tag.equals("header") && article == 0) {
                f |= F_FURN;
                furniture++;
            } else if (cls.length() > 1 && (UNLIKELY.matcher(cls).find() && !MAYBE.matcher(cls).find() || UNLIKELY_HARD.matcher(cls).find())) {
                f |= F_SOFT;
                soft++;
                softStack.push(e);
            }
            if (tag.equals("figure") || tag.equals("figcaption") || (cls.length() > 1 && CAPTION_CLASS.matcher(cls).find())) {
                f |= F_CAP;
                caption++;
            }
            if (BLOCK.contains(tag)) {
                flush(tag.equals("p") || tag.startsWith("h"));
                blockStack.push(e);
                f |= F_BLOCK;
            }
            flags.push(f);
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element)) return;
            int f = flags.isEmpty() ? 0 : flags.pop();
            if ((f & F_BLOCK) != 0) {
                flush(false);
                blockStack.pop();
            }
            if ((f & F_SKIP) != 0) skip--;
            if ((f & F_LINK) != 0) links--;
            if ((f & F_FURN) != 0) furniture--;
            if ((f & F_SOFT) != 0) {
                soft--;
                softStack.pop();
            }
            if ((f & F_CAP) != 0) caption--;
            if ((f & F_ART) != 0) article--;
        }

        private void appendCollapsed(String s) {
            boolean space = buf.length() == 0 || buf.charAt(buf.length() - 1) == ' ';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (!space) buf.append(' ');
                    space = true;
                } else {
                    buf.append(c);
                    space = false;
                }
            }
        }

        /** At most the eight innermost class-hinted ancestors, so deep nesting costs no more per block. */
        private static Element[] innermost(Deque<Element> stack) {
            int n = Math.min(8, stack.size());
            Element[] out = new Element[n];
            java.util.Iterator<Element> it = stack.iterator();
            for (int i = 0; i < n; i++) out[i] = it.next();
            return out;
        }

        void flush(boolean paragraphStart) {
            String text = Texts.collapse(Texts.normalizeInput(buf.toString()));
            int lc = Math.min(linkChars, text.length());
            buf.setLength(0);
            linkChars = 0;
            if (text.isEmpty()) {
                blankBefore |= paragraphStart;
                return;
            }
            Element el = blockStack.peek();
            String tag = el == null ? "body" : el.normalName();
            int hint = furniture > 0 ? 2 : 0;
            out.add(new Block(out.size(), text, blankBefore, tag, lc, caption > 0, hint, el));
            softOf.add(soft > 0 ? innermost(softStack) : null);
            blankBefore = paragraphStart;
        }
    }

    private static final Pattern UNLIKELY_HARD = Pattern.compile("(?i)comment|binh-?luan|outbrain|taboola|most-?read|most-?viewed|"
            + "trending|footer|breadcrumb|menu|twitter-tweet|instagram-media|tiktok-embed|fb-post");

    /**
     * Class names such as "sidebar" or "related" mark furniture, but only when the element holds a minor part of the
     * page's text: a wrapper named "sidebar-1" around the whole article is not furniture. Comment-like classes give
     * a strong hint whatever their share (a long comment thread can outweigh the article), the others a weak one.
     */
    private static void applyClassHints(List<Block> blocks, List<Element[]> softOf) {
        java.util.Map<Element, long[]> chars = new java.util.IdentityHashMap<>();
        long total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.words < 12) continue;
            total += b.chars();
            Element[] soft = softOf.get(i);
            if (soft != null) for (Element e : soft) chars.computeIfAbsent(e, k -> new long[1])[0] += b.chars();
        }
        for (int i = 0; i < blocks.size(); i++) {
            Element[] soft = softOf.get(i);
            if (soft == null) continue;
            Block b = blocks.get(i);
            for (Element e : soft) {
                String cls = e.className() + " " + e.id();
                boolean strong = UNLIKELY_HARD.matcher(cls).find();
                long[] c = chars.get(e);
                boolean major = c != null && c[0] > 0.5 * total;
                // a wrapper holding most of the text is furniture only when its class is unambiguous ("comments")
                if (major && (!strong || MAYBE.matcher(cls).find())) continue;
                b.boilerHint = Math.max(b.boilerHint, strong ? 2 : 1);
            }
        }
    }

    private static PageMeta readMeta(Document doc, String url) {
        java.util.Map<String, String> metas = metas(doc);
        String ogTitle = metaContent(metas, "og:title", "twitter:title");
        String site = metaContent(metas, "og:site_name", "application-name");
        String author = metaContent(metas, "author", "article:author", "dc.creator");
        String date = metaContent(metas, "article:published_time", "pubdate", "publishdate", "date", "dc.date",
                "datePublished", "og:published_time", "article:published");
        String canonical = null;
        Element link = doc.selectFirst("link[rel=canonical]");
        if (link != null && !link.attr("href").isBlank()) canonical = link.attr("href");
        if (canonical == null) canonical = metaContent(metas, "og:url");
        String ldHeadline = null, ldBody = null, ldAuthor = null, ldDate = null, ldPublisher = null;
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String data = s.data();
            if (data.isBlank() || data.length() > 2_000_000) continue;
            try {
                JsonNode root = Jsonl.MAPPER.readTree(data);
                List<JsonNode> nodes = new ArrayList<>();
                collectArticles(root, nodes);
                for (JsonNode a : nodes) {
                    if (ldHeadline == null) ldHeadline = text(a.get("headline"));
                    if (ldBody == null) ldBody = bodyText(text(a.get("articleBody")));
                    if (ldDate == null) ldDate = text(a.get("datePublished"));
                    if (ldAuthor == null) ldAuthor = name(a.get("author"));
                    if (ldPublisher == null) ldPublisher = name(a.get("publisher"));
                }
            } catch (Exception e) {
                // Broken JSON-LD is common on real pages: the DOM method alone is used then.
            }
        }
        List<String> h1 = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            String t = Texts.collapse(Texts.normalizeInput(h.text()));
            if (!t.isEmpty()) h1.add(t);
            if (h1.size() >= 5) break;
        }
        if (date == null && ldDate == null) date = domDate(doc);
        if (author == null && ldAuthor == null) author = domAuthor(doc);
        String docTitle = doc.title().isBlank() ? null : Texts.collapse(Texts.normalizeInput(doc.title()));
        String title = chooseTitle(h1, ldHeadline, ogTitle, docTitle);
        if (site == null && ldPublisher == null && docTitle != null) site = siteFromTitle(docTitle);
        String byline = first(ldAuthor, author);
        if (byline != null && (byline.startsWith("http") || byline.contains("://") || byline.length() > 80)) byline = null;
        return new PageMeta(title, docTitle, first(site, ldPublisher), byline, first(ldDate, date),
                first(canonical, url), ldBody);
    }

    /** A publication date marked up in the body: {@code itemprop=datePublished} or the first {@code <time datetime>}. */
    private static String domDate(Document doc) {
        Element e = doc.selectFirst("[itemprop=datePublished]");
        if (e != null) {
            String v = first(blankToNull(e.attr("content")), first(blankToNull(e.attr("datetime")), blankToNull(e.text())));
            if (v != null) return v;
        }
        e = doc.selectFirst("time[datetime]");
        return e == null ? null : blankToNull(e.attr("datetime"));
    }

    /** An author marked up in the body: {@code itemprop=author}, {@code rel=author}, or a short element classed author/byline. */
    private static String domAuthor(Document doc) {
        for (String q : new String[]{"[itemprop=author] [itemprop=name]", "[itemprop=author]", "a[rel=author]",
                "[class~=(?i)^(author|author-name|byline|byline-name|article-author)$]"}) {
            Element e = doc.selectFirst(q);
            if (e == null) continue;
            String t = Texts.collapse(Texts.normalizeInput(e.text()));
            if (t.toLowerCase(Locale.ROOT).startsWith("by ")) t = t.substring(3).strip();
            if (!t.isEmpty() && t.length() <= 60 && Texts.countWords(t) <= 6) return t;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** h1 when it agrees with the declared title, else the declared title without its site suffix. */
    static String chooseTitle(List<String> h1, String ldHeadline, String ogTitle, String docTitle) {
        String declared = first(ldHeadline, ogTitle);
        if (declared != null) declared = stripSiteSuffix(Texts.collapse(Texts.normalizeInput(declared)));
        String declaredKey = declared == null ? null : Texts.key(declared);
        String docKey = docTitle == null ? null : Texts.key(stripSiteSuffix(docTitle));
        for (String h : h1) {
            String k = Texts.key(h);
            if (k.length() < 8) continue;
            if (declaredKey != null && sameTitle(k, declaredKey)) return h;
            if (declaredKey == null && docKey != null && sameTitle(k, docKey)) return h;
        }
        if (declared != null) return declared;
        return null;
    }

    /** Equal, or one contains the other and the shorter is at least 60% of the longer. */
    private static boolean sameTitle(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return longer.contains(shorter) && shorter.length() >= 0.6 * longer.length();
    }

    /** "Headline | Section | Site": the last part (else the first) when it is short enough to be a name. */
    static String siteFromTitle(String t) {
        String[] parts = t.split("\\s+[|–—]\\s+|\\s+-\\s+|\\s+::\\s+|\\s+»\\s+");
        if (parts.length < 2) return null;
        for (String p : new String[]{parts[parts.length - 1].strip(), parts[0].strip()}) {
            int w = Texts.countWords(p);
            if (w >= 1 && w <= 5) return p;
        }
        return null;
    }

    /** "Headline | Site" or "Headline - Site" to "Headline": the longest part wins. */
    static String stripSiteSuffix(String t) {
        String[] parts = t.split("\\s+[|–—]\\s+|\\s+-\\s+|\\s+::\\s+|\\s+»\\s+");
        if (parts.length < 2) return t;
        String best = parts[0];
        for (String p : parts) if (p.length() > best.length()) best = p;
        return best.length() >= 0.4 * t.length() ? best.strip() : t;
    }

    private static void collectArticles(JsonNode n, List<JsonNode> out) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(n);
        int guard = 0;
        while (!stack.isEmpty() && guard++ < 10_000) {
            JsonNode cur = stack.pop();
            if (cur.isArray()) {
                for (JsonNode c : cur) stack.push(c);
            } else if (cur.isObject()) {
                JsonNode type = cur.get("@type");
                String ts = type == null ? "" : type.toString();
                if (ts.contains("Article") || ts.contains("BlogPosting") || ts.contains("Report")) out.add(cur);
                JsonNode graph = cur.get("@graph");
                if (graph != null) stack.push(graph);
                JsonNode main = cur.get("mainEntity");
                if (main != null) stack.push(main);
            }
        }
    }

    /** articleBody as plain paragraphs; some sites put HTML in it. */
    private static String bodyText(String body) {
        if (body == null || body.indexOf('<') < 0 || !(body.contains("</p>") || body.contains("<br") || body.contains("</div>"))) return body;
        Walker w = new Walker();
        NodeTraversor.traverse(w, Jsoup.parseBodyFragment(body).body());
        w.flush(false);
        StringBuilder sb = new StringBuilder();
        for (Block b : w.out) sb.append(sb.length() == 0 ? "" : "\n").append(b.text);
        return sb.toString();
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        String s = n.asText();
        return s.isBlank() ? null : s;
    }

    private static String name(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : name(n.get(0));
        if (n.isObject()) return text(n.get("name"));
        return text(n);
    }

    private static String metaContent(java.util.Map<String, String> metas, String... names) {
        for (String name : names) {
            String c = metas.get(name.toLowerCase(Locale.ROOT));
            if (c != null) return c;
        }
        return null;
    }

    private static java.util.Map<String, String> metas(Document doc) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        Element head = doc.head();
        for (Element e : (head != null ? head : doc).getElementsByTag("meta")) {
            String c = e.attr("content");
            if (c.isBlank()) continue;
            for (String attr : new String[]{"property", "name", "itemprop"}) {
                String k = e.attr(attr);
                if (!k.isBlank()) m.putIfAbsent(k.toLowerCase(Locale.ROOT), Texts.collapse(Texts.normalizeInput(c)));
            }
        }
        return m;
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
