package org.stancekit.clean;

import java.util.List;

/**
 * What a page declares about itself (HTML meta tags, JSON-LD, {@code <title>}, {@code <h1>}); all fields may be
 * null, and are all null for text dumps. {@code title} is a declared headline (JSON-LD, og:title, or an h1 that
 * agrees with them); {@code documentTitle} is the {@code <title>} element, which often carries the site name.
 */
record PageMeta(String title, String documentTitle, List<String> headings, String siteName, String author, String date, String url,
                String articleBody) {

    static final PageMeta NONE = new PageMeta(null, null, List.of(), null, null, null, null, null);

    PageMeta {
        headings = headings == null ? List.of() : List.copyOf(headings);
    }
}
