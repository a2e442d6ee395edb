package org.stancekit.clean;

import java.util.List;

/**
 * What a page declares about itself (HTML meta tags, JSON-LD, {@code <title>}, {@code <h1>}); all fields may be
 * null, and are all null for text dumps.
 */
record PageMeta(String title, List<String> headings, String siteName, String author, String date, String url,
                String articleBody) {

    static final PageMeta NONE = new PageMeta(null, List.of(), null, null, null, null, null);

    PageMeta {
        headings = headings == null ? List.of() : List.copyOf(headings);
    }
}
