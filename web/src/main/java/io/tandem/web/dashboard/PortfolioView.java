package io.tandem.web.dashboard;

import io.tandem.dashboard.DashboardService;
import io.tandem.dashboard.MonthRange;
import io.tandem.dashboard.Portfolio;
import io.tandem.web.shell.TableRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** The client's portfolio: every provider workspace side by side over the chosen months. */
@Named
@ViewScoped
public class PortfolioView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboards;

    private YearMonth from;
    private YearMonth to;
    private List<Portfolio.Row> rows = List.of();

    public void load() {
        MonthRange period = MonthRange.orTwelveMonths(from, to);
        from = period.from();
        to = period.to();
        rows = TableRows.of(dashboards.portfolio(from, to).rows());
    }

    /** Shows the chosen months, as an address one can bookmark. */
    public String show() {
        return "/dashboard/portfolio?faces-redirect=true&includeViewParams=true";
    }

    public List<Portfolio.Row> getRows() {
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
