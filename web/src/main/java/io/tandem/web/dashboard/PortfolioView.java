package io.tandem.web.dashboard;

import io.tandem.dashboard.CreditTotals;
import io.tandem.dashboard.DashboardService;
import io.tandem.dashboard.MonthRange;
import io.tandem.dashboard.Portfolio;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.PageFigures;
import io.tandem.web.shell.TableRows;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The client's portfolio: every provider workspace side by side over the chosen months. */
@Named
@ViewScoped
public class PortfolioView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboards;

    @Inject
    PageFigures figures;

    @Inject
    Messages texts;

    @Inject
    FacesContext facesContext;

    private YearMonth from;
    private YearMonth to;
    private List<PortfolioRow> rows = List.of();

    public void load() {
        MonthRange period = MonthRange.orTwelveMonths(from, to);
        from = period.from();
        to = period.to();
        String dashboard = facesContext.getExternalContext().getRequestContextPath()
                + "/dashboard/workspace.xhtml?from=" + from + "&to=" + to + "&workspace=";
        rows = TableRows.of(dashboards.portfolio(from, to).rows().stream()
                .map(row -> row(row, dashboard + row.workspaceId())).toList());
    }

    private PortfolioRow row(Portfolio.Row row, String dashboard) {
        List<CreditTotals> credits = row.credits() == null ? List.of() : row.credits();
        return new PortfolioRow(row, dashboard, AttainmentFigures.of(row.attainment(), figures, texts),
                credits.stream().map(credit -> figures.money(credit.period(), credit.currency())).toList(),
                credits.stream().map(credit -> figures.money(credit.yearToDate(), credit.currency())).toList(),
                credits.stream().map(credit -> figures.money(credit.pendingEarnBack(), credit.currency())).toList(),
                figures.number(BigDecimal.valueOf(row.offered())),
                figures.number(BigDecimal.valueOf(row.projectedBreaches())));
    }

    /** Shows the chosen months, as an address one can bookmark. */
    public String show() {
        return "/dashboard/portfolio?faces-redirect=true&includeViewParams=true";
    }

    public List<PortfolioRow> getRows() {
        return rows;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }
}
