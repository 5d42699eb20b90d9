package io.tandem.web.dashboard;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * A level's figures beside its chart, {@code <tandem:trendFigures value="#{trend}"/>}: a disclosure
 * holding a table of the months. The table is written here rather than with {@code ui:repeat} and an
 * EL expression per cell: twenty levels of twelve months are 1,200 cells, and iterating over them and
 * resolving each was about a fifth of the workspace dashboard's rendering under load. Every text goes
 * through the response writer's escaping.
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
        TrendFigures figures = (TrendFigures) getAttributes().get("value");
        TrendFigures.Headings headings = figures.headings();
        ResponseWriter out = context.getResponseWriter();
        out.startElement("details", this);
        element(out, "summary", null, headings.summary());
        out.startElement("table", null);
        out.writeAttribute("class", "tandem-chart-table", null);
        out.startElement("caption", null);
        out.writeAttribute("class", "tandem-sr", null);
        out.writeText(figures.label(), null);
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
        for (TrendFigures.Row row : figures.rows()) {
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
