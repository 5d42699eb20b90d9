package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableExportsTest {

    @Test
    void aCellIsExportedAsTheTextItShows() {
        assertEquals("Calls answered within 20 s MSA-2025-001",
                TableExports.text("Calls answered within 20 s<div class=\"tandem-note-meta\">MSA-2025-001</div>"));
        assertEquals("1 Apr 2025 – 31 Dec 2026", TableExports.text("1 Apr 2025 – 31 Dec 2026"));
        assertEquals("31 Mar 2026 Notice due soon",
                TableExports.text("31 Mar 2026<span id=\"x:0:notice-warning\" class=\"tandem-badge\"> Notice due soon</span>"));
    }

    @Test
    void escapedCharactersAreExportedAsThemselves() {
        assertEquals("Smith & Jones <Ltd> \"quoted\" it's", TableExports.text(
                "Smith &amp; Jones &lt;Ltd&gt; &quot;quoted&quot; it&#39;s"));
        assertEquals("a b", TableExports.text("a&nbsp;&#x20;b"));
        assertEquals("&#x110000; &#99999999999;", TableExports.text("&#x110000; &#99999999999;"),
                "a reference to no character, or one too long to read, stays as written");
    }

    @Test
    void charactersSentByNameOrNumberAreExportedAsThemselves() {
        assertEquals("Qualitätswert · Straße 12 × 3 – ÿ ¡",
                TableExports.text("Qualit&auml;tswert &middot; Stra&szlig;e 12 &times; 3 &#8211; &yuml; &iexcl;"));
        assertEquals("&hellip; &Auml &madeup;", TableExports.text("&hellip; &Auml &madeup;"),
                "a name outside Latin-1 (the writer sends those by number), or no reference at all, stays as written");
    }

    @Test
    void linksAndLinesLeaveTheirTextOnly() {
        assertEquals("MSA-2025-001", TableExports.text(
                "<a href=\"/contract/contract.xhtml?workspace=1&amp;contract=1\" id=\"c:0:contract-link\">MSA-2025-001</a>"));
        assertEquals("2025-07: 80 / 75 2026-01: 82 / 77",
                TableExports.text("\n<div>2025-07: 80 / 75</div>\n<div>2026-01: 82 / 77</div>\n"));
    }
}
