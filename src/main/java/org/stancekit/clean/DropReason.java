package org.stancekit.clean;

/** Why the cleaner left a block out of the article body; recorded in the audit so users can check. */
public enum DropReason {
    OUTSIDE_MAIN_CONTENT("outside the main content region (before or after the densest run of prose)"),
    REPEATED("the same line occurs elsewhere on the page (teaser headline, menu, duplicated block)"),
    TEASER("related-article teaser: a headline printed twice followed by its summary"),
    TRUNCATED("summary cut off with '...' (teaser)"),
    BOILERPLATE_PHRASE("matches a known boilerplate phrase (e.g. 'Tin liên quan', 'Read more')"),
    CAPTION("image caption or photo credit (kept in the captions field)"),
    LINK_LIST("run of short non-sentence lines (list of headlines or menu items)"),
    LINK_DENSE("mostly link text"),
    PAGE_FURNITURE("inside nav/header/footer/aside or an element whose class marks page furniture"),
    DATE("date line (kept in the date field)"),
    TITLE("the title (kept in the title field)"),
    BYLINE("byline (kept in the byline field)"),
    ATTRIBUTION("'(theo ...)' attribution line (kept in cited_sources)"),
    OUTSIDE_ARTICLE_BODY("not part of the JSON-LD articleBody the page declares"),
    TRUNCATED_INPUT("input beyond the size limit was not read");

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    /** A readable explanation for audit files. */
    public String description() {
        return description;
    }
}
