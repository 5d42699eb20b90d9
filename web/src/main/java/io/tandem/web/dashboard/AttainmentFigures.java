package io.tandem.web.dashboard;

import io.tandem.dashboard.Attainment;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.PageFigures;
import java.io.Serializable;
import java.math.BigDecimal;

/** An attainment as the dashboards' tables print it: the percentage, months met of settled, breaches. */
public record AttainmentFigures(String percent, String monthsMet, String breaches) implements Serializable {

    static AttainmentFigures of(Attainment attainment, PageFigures figures, Messages texts) {
        return new AttainmentFigures(figures.percent(attainment.percent()),
                texts.text("servicelevel.scorecard.monthsMet.value", attainment.monthsMet(), attainment.monthsSettled()),
                figures.number(BigDecimal.valueOf(attainment.breaches())));
    }
}
