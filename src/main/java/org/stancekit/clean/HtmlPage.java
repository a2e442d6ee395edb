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
            "(?i)comment|related|relate|sidebar|side-bar|footer|menu|breadcrumb|share|sharing|social|sponsor|advert|"
                    + "\\bads?\\b|-ad-|popup|modal|cookie|newsletter|subscribe|outbrain|taboola|recommend|most-?read|"
                    + "most-?viewed|trending|popular|tag-?list|\\btags\\b|pagination|pager|masthead|skip-link|banner|widget|"
                    + "read-?more|see-?also|xem-?them|tin-?lien-?quan|lienquan|box-?tin|promo|login|signup");
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
        return new HtmlPage(w.out, meta);
    }

    /** Builds blocks in document order; state is a few counters and a stack, never recursion. */
    private static final class Walker implements NodeVisitor {
        final List<Block> out = new ArrayList<>(128);
        final StringBuilder buf = new StringBuilder(512);
        final Deque<Element> blockStack = new ArrayDeque<>();
        final Deque<Integer> flags = new ArrayDeque<>();
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
            if (SKIP.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !"body".equals(tag)) {
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
            } else if (cls.length() > 1 && UNLIKELY.matcher(cls).find() && !MAYBE.matcher(cls).find()) {
                f |= F_SOFT;
                soft++;
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
            if ((f & F_SOFT) != 0) soft--;
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
            int hint = furniture > 0 ? 2 : soft > 0 ? 1 : 0;
            if (soft > 0 && article == 0 && UNLIKELY_HARD.matcher(classesOf(el)).find()) hint = 2;
            out.add(new Block(out.size(), text, blankBefore, tag, lc, caption > 0, hint, el));
            blankBefore = paragraphStart;
        }
    }

    private static final Pattern UNLIKELY_HARD = Pattern.compile("(?i)comment|related|sidebar|footer|menu|breadcrumb|outbrain|taboola|most-?read|trending");

    private static String classesOf(Element el) {
        StringBuilder sb = new StringBuilder();
        int guard = 0;
        for (Element p = el; p != null && guard < 12; p = p.parent(), guard++) sb.append(p.className()).append(' ').append(p.id()).append(' ');
        return sb.toString();
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
                    if (ldBody == null) ldBody = text(a.get("articleBody"));
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
        String docTitle = doc.title().isBlank() ? null : Texts.collapse(Texts.normalizeInput(doc.title()));
        String title = chooseTitle(h1, ldHeadline, ogTitle, docTitle);
        if (site == null && ldPublisher == null && docTitle != null) site = siteFromTitle(docTitle);
        return new PageMeta(title, docTitle, h1, first(site, ldPublisher), first(ldAuthor, author), first(ldDate, date),
                first(canonical, url), ldBody);
    }

    /** h1 when it agrees with the declared title, else the declared title without its site suffix. */
    static String chooseTitle(List<String> h1, String ldHeadline, String ogTitle, String docTitle) {
        String declared = first(ldHeadline, ogTitle);
        String declaredKey = declared == null ? null : Texts.key(declared);
        String docKey = docTitle == null ? null : Texts.key(docTitle);
        for (String h : h1) {
            String k = Texts.key(h);
            if (k.length() < 8) continue;
            if (declaredKey != null && (declaredKey.contains(k) || k.contains(declaredKey))) return h;
            if (docKey != null && docKey.contains(k)) return h;
        }
        if (declared != null) return stripSiteSuffix(Texts.collapse(Texts.normalizeInput(declared)));
        if (h1.size() == 1 && Texts.countWords(h1.get(0)) >= 3) return h1.get(0);
        return null;
    }

    /** "Headline | Site": the shortest part when it is short enough to be a name. */
    static String siteFromTitle(String t) {
        String[] parts = t.split("\\s+[|–—]\\s+|\\s+-\\s+|\\s+::\\s+|\\s+»\\s+");
        if (parts.length < 2) return null;
        String best = parts[parts.length - 1].strip();
        for (String p : parts) if (p.strip().length() < best.length()) best = p.strip();
        return Texts.countWords(best) >= 1 && Texts.countWords(best) <= 5 ? best : null;
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
