package org.stancekit.clean;

/**
 * What a page declares about itself (HTML meta tags, JSON-LD, {@code <title>}, {@code <h1>}); all fields may be
 * null, and are all null for text dumps. {@code title} is a declared headline (JSON-LD, og:title, or an h1 that
 * agrees with them); {@code documentTitle} is the {@code <title>} element, which often carries the site name.
 */
record PageMeta(String title, String documentTitle, String siteName, String author, String date, String url,
                String articleBody) {

    static final PageMeta NONE = new PageMeta(null, null, null, null, null, null, null);
}
