package io.tandem.improvement;

import io.tandem.platform.Money;
import io.tandem.tenancy.Party;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a workspace innovates, from its ideas: how many each side proposed; the approval rate
 * (approved, at any later stage too, out of those the client decided, as a percentage to two
 * decimals, half-up; none while nothing is decided); the median days from submission to
 * implementation (the mean of the middle two for an even count); and the realised value, the
 * confirmed benefits summed per currency.
 */
public record InnovationFigures(long total, long byClient, long byProvider, long decided, long approved,
                                BigDecimal approvalRatePercent, long implemented, BigDecimal medianDaysToImplement,
                                List<Total> realisedValue) implements Serializable {

    /** A sum in one currency. */
    public record Total(String currency, BigDecimal amount) implements Serializable {
    }

    /** What the figures need of one idea. */
    public record Fact(Party proposedBy, IdeaStatus status, LocalDate submittedOn, LocalDate implementedOn,
                       Money confirmedBenefit) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static InnovationFigures of(List<Fact> facts) {
        Map<Party, Long> byParty = new EnumMap<>(Party.class);
        long decided = 0;
        long approved = 0;
        List<Long> days = new ArrayList<>();
        Map<String, Money> realised = new TreeMap<>();
        for (Fact fact : facts) {
            byParty.merge(fact.proposedBy(), 1L, Long::sum);
            decided += fact.status().decided() ? 1 : 0;
            approved += fact.status().approved() ? 1 : 0;
            if (fact.implementedOn() != null) {
                days.add(ChronoUnit.DAYS.between(fact.submittedOn(), fact.implementedOn()));
            }
            if (fact.confirmedBenefit() != null) {
                realised.merge(fact.confirmedBenefit().currencyCode(), fact.confirmedBenefit(), Money::plus);
            }
        }
        BigDecimal rate = decided == 0 ? null
                : BigDecimal.valueOf(approved).multiply(HUNDRED).divide(BigDecimal.valueOf(decided), 2, RoundingMode.HALF_UP);
        return new InnovationFigures(facts.size(), byParty.getOrDefault(Party.CLIENT, 0L),
                byParty.getOrDefault(Party.PROVIDER, 0L), decided, approved, rate, days.size(), median(days),
                realised.values().stream().map(money -> new Total(money.currencyCode(), money.amount())).toList());
    }

    /** The middle value, or the mean of the middle two; null for no values. */
    static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(middle));
        }
        return BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }
}
