package org.stancekit.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the DOM element that holds the article (readability-style: prose paragraphs vote for their parent and
 * grandparent, discounted by link density), widened to the ancestor that adds only a lead or title, or to an
 * enclosing {@code <article>}/{@code <main>}, plus sibling elements with a good share of prose (an article split
 * around an ad slot). Returns the range of blocks inside; ancestor walks are capped.
 */
final class ContainerFinder {

    private static final int MAX_UP = 40;
    private static final Set<String> PARAGRAPH_LIKE = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "td", "th", "dd", "dt", "figcaption", "address", "span");

    private ContainerFinder() {
    }

    static ContentSelector.Region range(List<Block> blocks) {
        ContentSelector.Region all = new ContentSelector.Region(0, blocks.size() - 1);
        Map<Element, double[]> stats = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.element == null) continue;
            Element e = b.element;
            for (int up = 0; e != null && up < MAX_UP; up++, e = e.parent()) {
                double[] st = stats.computeIfAbsent(e, k -> new double[4]);
                st[1] += b.chars();
                st[2] += b.linkChars;
                if (b.kind == Block.Kind.PROSE && b.boilerHint < 2) st[3] += b.chars();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Block b : blocks) {
            if (b.kind != Block.Kind.PROSE || b.boilerHint >= 2 || b.element == null) continue;
            double cs = 1 + commas(b.text) + Math.min(b.chars() / 100.0, 3);
            Element start = PARAGRAPH_LIKE.contains(b.element.normalName()) ? b.element.parent() : b.element;
            double w = 1;
            for (int level = 0; start != null && level < 3; level++, start = start.parent()) {
                double[] st = stats.computeIfAbsent(start, k -> new double[4]);
                st[0] += cs * w;
                w = level == 0 ? 0.5 : 1.0 / 3;
            }
        }
        for (Map.Entry<Element, double[]> en : stats.entrySet()) {
            double[] st = en.getValue();
            if (st[0] <= 0) continue;
            double ld = st[1] == 0 ? 0 : st[2] / st[1];
            double s = st[0] * (1 - ld);
            if (s > bestScore || s == bestScore && best != null && en.getKey().siblingIndex() < best.siblingIndex()) {
                bestScore = s;
                best = en.getKey();
            }
        }
        if (best == null) return all;
        Element cur = best;
        for (int up = 0; up < MAX_UP; up++) {
            Element p = cur.parent();
            if (p == null || p.normalName().equals("body") || p.normalName().equals("html")) break;
            double prose = prose(stats, cur), parentProse = prose(stats, p);
            boolean declared = p.normalName().equals("article") || p.normalName().equals("main") || "articleBody".equals(p.attr("itemprop"));
            if (parentProse <= 1.25 * prose || declared && parentProse <= 2 * prose) cur = p; else break;
        }
        // siblings that carry a good share of prose too (an article split around an ad slot) join the container
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeVisitor collect = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) inside.add(el);
            }
        };
        NodeTraversor.traverse(collect, cur);
        Element parent = cur.parent();
        if (parent != null) {
            double curProse = prose(stats, cur);
            for (Element sib : parent.children()) {
                if (sib == cur) continue;
                double[] st = stats.get(sib);
                if (st == null || st[3] < 0.2 * curProse || st[1] > 0 && st[2] / st[1] > 0.3) continue;
                NodeTraversor.traverse(collect, sib);
            }
        }
        int first = -1, last = -1;
        for (Block b : blocks) {
            if (b.element != null && inside.contains(b.element)) {
                if (first < 0) first = b.index;
                last = b.index;
            }
        }
        return first < 0 ? all : new ContentSelector.Region(first, last);
    }

    private static double prose(Map<Element, double[]> stats, Element e) {
        double[] st = stats.get(e);
        return st == null ? 0 : st[3];
    }

    private static int commas(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == '，' || s.charAt(i) == '、') c++;
        return c;
    }
}
