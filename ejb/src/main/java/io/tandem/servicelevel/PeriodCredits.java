package io.tandem.servicelevel;

import io.tandem.platform.Money;
import java.time.YearMonth;
import java.util.List;

/** All credits of one period; their total never exceeds the at-risk amount. */
public record PeriodCredits(YearMonth period, List<ServiceCredit> credits, Money total, boolean capped) {
}
