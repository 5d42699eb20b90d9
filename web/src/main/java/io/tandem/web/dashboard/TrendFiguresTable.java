package io.tandem.web.dashboard;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A level's figures beside its chart, {@code <tandem:trendFigures value="#{trend}"/>}: a disclosure
 * holding a table of the months. The table's markup is made once with the level's figures
 * ({@link #markup}) and kept with them in {@link TrendFiguresCache}, so a page writes it as it is:
 * twenty levels of twelve months are 1,200 cells, and writing them element by element on every
 * request was 7-10 % of the workspace dashboard's samples under load. Every text goes through a
 * response writer's escaping when the markup is made.
 */
@FacesComponent(value = TrendFiguresTable.TYPE, createTag = true, namespace = "tandem", tagName = "trendFigures")
public class TrendFiguresTable extends UIComponentBase {

    static final String TYPE = "io.tandem.TrendFiguresTable";

    @Override
    public String getFamily() {
        return "io.tandem";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        context.getResponseWriter().write(((TrendFigures) getAttributes().get("value")).table());
    }

    /** The disclosure and its table as HTML, written by the page's render kit. */
    static String markup(FacesContext context, String label, TrendFigures.Headings headings,
                         List<TrendFigures.Row> rows) {
        StringWriter html = new StringWriter();
        ResponseWriter out = context.getRenderKit().createResponseWriter(html, "text/html", "UTF-8");
        try {
            write(out, label, headings, rows);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private static void write(ResponseWriter out, String label, TrendFigures.Headings headings,
                              List<TrendFigures.Row> rows) throws IOException {
        out.startElement("details", null);
        element(out, "summary", null, headings.summary());
        out.startElement("table", null);
        out.writeAttribute("class", "tandem-chart-table", null);
        out.startElement("caption", null);
        out.writeAttribute("class", "tandem-sr", null);
        out.writeText(label, null);
        out.endElement("caption");
        out.startElement("thead", null);
        out.startElement("tr", null);
        for (String heading : new String[] {headings.month(), headings.value(), headings.expected(),
                headings.minimum(), headings.result()}) {
            element(out, "th", "col", heading);
        }
        out.endElement("tr");
        out.endElement("thead");
        out.startElement("tbody", null);
        for (TrendFigures.Row row : rows) {
            out.startElement("tr", null);
            element(out, "th", "row", row.month());
            number(out, row.value());
            number(out, row.expected());
            number(out, row.minimum());
            element(out, "td", null, row.result());
            out.endElement("tr");
        }
        out.endElement("tbody");
        out.endElement("table");
        out.endElement("details");
    }

    private static void number(ResponseWriter out, String text) throws IOException {
        out.startElement("td", null);
        out.writeAttribute("class", "tandem-number", null);
        out.writeText(text, null);
        out.endElement("td");
    }

    private static void element(ResponseWriter out, String name, String scope, String text) throws IOException {
        out.startElement(name, null);
        if (scope != null) {
            out.writeAttribute("scope", scope, null);
        }
        out.writeText(text, null);
        out.endElement(name);
    }
}
