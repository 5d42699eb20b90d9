package io.tandem.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.datatable.export.DataTablePDFExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * The exporters of the table pattern ({@code WEB-INF/templates/table-export.xhtml}): PrimeFaces' own
 * for CSV, XLSX and PDF, except that a cell is the text its column renders for that row, so the file says
 * what the page says. PrimeFaces would export only a column's first component to CSV, and neither
 * plain markup nor what a {@code ui:repeat} shows. A column's {@code exportValue} still wins where the
 * page shows more than the value (a link to act, say). Listed in faces-config.xml, this class puts them
 * in PrimeFaces' place on the first request (PrimeFaces cannot take them while the application starts).
 */
public class TableExports implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private static final Pattern LINE_BREAKING = Pattern.compile("(?i)</?(div|p|br|li|ul|ol|tr|td|dd|dt)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,7});");
    /**
     * HTML's names of the characters U+00A0 to U+00FF, in that order: the pages' writer sends these
     * characters by name (web.xml says why), so a cell rendered for an export holds them so.
     */
    private static final List<String> LATIN_1 = List.of("nbsp", "iexcl", "cent", "pound", "curren", "yen",
            "brvbar", "sect", "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2",
            "sup3", "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12",
            "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave",
            "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
            "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
            "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute",
            "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc",
            "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml");

    @Override
    public void beforePhase(PhaseEvent event) {
        if (REGISTERED.compareAndSet(false, true)) {
            DataExporters.register(DataTable.class, Csv.class, "csv");
            DataExporters.register(DataTable.class, Xlsx.class, "xlsx");
            DataExporters.register(DataTable.class, Pdf.class, "pdf");
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // registered before the first restore
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /**
     * CSV of the cells as shown, none of which a spreadsheet would run ({@link SpreadsheetText}).
     * PrimeFaces makes a new exporter for each export.
     */
    public static class Csv extends DataTableCSVExporter {
        @Override
        public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean join) {
            ColumnValue cell = shown(context, column, () -> super.getColumnValue(context, table, column, join));
            return cell.getValue() == null ? cell : ColumnValue.of(SpreadsheetText.inert(cell.toString()));
        }
    }

    /** XLSX (Apache POI) of the cells as shown. */
    public static class Xlsx extends DataTableExcelXExporter {
        @Override
        public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean join) {
            return shown(context, column, () -> super.getColumnValue(context, table, column, join));
        }
    }

    /** PDF (OpenPDF) of the cells as shown. */
    public static class Pdf extends DataTablePDFExporter {
        @Override
        public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean join) {
            return shown(context, column, () -> super.getColumnValue(context, table, column, join));
        }
    }

    private static ColumnValue shown(FacesContext context, UIColumn column,
                                     Supplier<ColumnValue> declared) {
        if (column.getExportValue() != null || column.getExportFunction() != null) {
            return declared.get();
        }
        return ColumnValue.of(text(rendered(context, (UIComponent) column)));
    }

    /** The column's rendered children for the current row, as HTML. */
    private static String rendered(FacesContext context, UIComponent column) {
        StringWriter html = new StringWriter();
        ResponseWriter original = context.getResponseWriter();
        ResponseWriter writer = original != null ? original.cloneWithWriter(html)
                : context.getRenderKit().createResponseWriter(html, "text/html", "UTF-8");
        context.setResponseWriter(writer);
        try {
            for (UIComponent child : column.getChildren()) {
                if (child.isRendered()) {
                    child.encodeAll(context);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (original != null) {
                context.setResponseWriter(original);
            }
        }
        return html.toString();
    }

    /** What a reader sees of some HTML: its text, a line break as a space, runs of white space as one. */
    static String text(String html) {
        String bare = TAG.matcher(LINE_BREAKING.matcher(html).replaceAll(" ")).replaceAll("");
        Matcher entity = ENTITY.matcher(bare);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(text, Matcher.quoteReplacement(character(entity.group(1))));
        }
        entity.appendTail(text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String character(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                if (!entity.startsWith("#")) {
                    int index = LATIN_1.indexOf(entity);
                    yield index < 0 ? "&" + entity + ";" : Character.toString(0xA0 + index);
                }
                int codePoint = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                // a reference to no character stays as written rather than failing the export
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "&" + entity + ";";
            }
        };
    }
}
