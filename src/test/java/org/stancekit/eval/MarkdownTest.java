package org.stancekit.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTest {

    @Test
    void escapesWhatMarkdownWouldReadAsMarkup() {
        assertEquals("Nga \\| Mỹ: \\*đàm phán\\* \\`x\\` &lt;b> [1] a\\b c", Markdown.cell("Nga | Mỹ: *đàm phán* `x` <b> [1] a\\b\nc"));
        assertEquals("000_65fb26386707b54f", Markdown.cell("000_65fb26386707b54f"));
    }
}
