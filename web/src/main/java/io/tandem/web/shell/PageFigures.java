package io.tandem.web.shell;

import io.tandem.improvement.GainShare;
import io.tandem.servicelevel.CreditReport;
import io.tandem.servicelevel.Metric;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** {@link FigureFormat} in the locale of the page being rendered, as {@code #{figures}}. */
@Named("figures")
@RequestScoped
public class PageFigures {

    @Inject
    FacesContext facesContext;

    private FigureFormat format;

    @PostConstruct
    void load() {
        format = new FigureFormat(facesContext.getViewRoot() != null ? facesContext.getViewRoot().getLocale()
                : facesContext.getExternalContext().getRequestLocale());
    }

    public String date(LocalDate date) {
        return format.date(date);
    }

    public String month(YearMonth month) {
        return format.month(month);
    }

    public String shortMonth(YearMonth month) {
        return format.shortMonth(month);
    }

    public String money(BigDecimal amount, String currencyCode) {
        return format.money(amount, currencyCode);
    }

    public String percent(BigDecimal value) {
        return format.percent(value);
    }

    public String seconds(BigDecimal value) {
        return format.seconds(value);
    }

    public String value(BigDecimal value, Metric metric) {
        return format.value(value, metric);
    }

    public String number(BigDecimal value) {
        return format.number(value);
    }

    public String formula(CreditReport.Line credit) {
        return format.formula(credit);
    }

    public String gainShare(GainShare split) {
        return format.formula(split);
    }

    public String change(BigDecimal before, BigDecimal after, Metric metric) {
        return format.change(before, after, metric);
    }
}
