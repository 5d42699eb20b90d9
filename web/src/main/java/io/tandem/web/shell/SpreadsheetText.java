package io.tandem.web.shell;

/**
 * Text for a CSV cell that a spreadsheet will show, never run. A cell beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel and LibreOffice as a
 * formula (OWASP, "CSV Injection"): a queue, level or idea named {@code =HYPERLINK(...)} by one party
 * would act in the other party's spreadsheet. Such a cell is prefixed with an apostrophe, which the
 * spreadsheet shows as text. XLSX needs none of this: its cells are typed, and text is never a formula.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static String inert(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
