package io.tandem.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tandem.platform.Money;
import io.tandem.tenancy.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InnovationFiguresTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void sixIdeasOfWhichThreeApprovedOneRejectedTwoUndecided() {
        InnovationFigures figures = InnovationFigures.of(List.of(
                fact(Party.PROVIDER, IdeaStatus.SUBMITTED, null, null),
                fact(Party.PROVIDER, IdeaStatus.UNDER_REVIEW, null, null),
                fact(Party.CLIENT, IdeaStatus.REJECTED, null, null),
                fact(Party.PROVIDER, IdeaStatus.APPROVED, null, null),
                fact(Party.PROVIDER, IdeaStatus.IMPLEMENTED, LocalDate.of(2026, 3, 2), null),
                fact(Party.CLIENT, IdeaStatus.BENEFIT_REALISED, LocalDate.of(2026, 1, 31), Money.of("4000.00", "GBP"))));

        assertEquals(6, figures.total());
        assertEquals(2, figures.byClient());
        assertEquals(4, figures.byProvider());
        assertEquals(4, figures.decided());
        assertEquals(3, figures.approved());
        // 3 of 4 decided: 75.00 %
        assertEquals(new BigDecimal("75.00"), figures.approvalRatePercent());
        // 60 days (1 Jan to 2 Mar) and 30 days (1 Jan to 31 Jan): (30 + 60) / 2 = 45
        assertEquals(2, figures.implemented());
        assertEquals(0, new BigDecimal("45").compareTo(figures.medianDaysToImplement()));
        assertEquals(List.of(new InnovationFigures.Total("GBP", new BigDecimal("4000.00"))), figures.realisedValue());
    }

    @Test
    void approvalRateRoundsHalfUpToTwoDecimals() {
        // 2 of 3 = 66.666... -> 66.67
        InnovationFigures figures = InnovationFigures.of(List.of(fact(Party.CLIENT, IdeaStatus.APPROVED, null, null),
                fact(Party.CLIENT, IdeaStatus.IN_PROGRESS, null, null), fact(Party.CLIENT, IdeaStatus.REJECTED, null, null)));

        assertEquals(new BigDecimal("66.67"), figures.approvalRatePercent());
    }

    @Test
    void theMedianIsTheMiddleOfAnOddCountAndTheMeanOfTheMiddleTwoOfAnEvenOne() {
        assertEquals(new BigDecimal("7"), InnovationFigures.median(List.of(30L, 7L, 2L)));
        // 2, 4, 7, 30: (4 + 7) / 2 = 5.5
        assertEquals(new BigDecimal("5.5"), InnovationFigures.median(List.of(2L, 7L, 30L, 4L)));
        assertNull(InnovationFigures.median(List.of()));
    }

    @Test
    void realisedValueSumsConfirmedBenefitsPerCurrency() {
        InnovationFigures figures = InnovationFigures.of(List.of(
                fact(Party.CLIENT, IdeaStatus.BENEFIT_REALISED, JAN_1, Money.of("100.10", "GBP")),
                fact(Party.PROVIDER, IdeaStatus.BENEFIT_REALISED, JAN_1, Money.of("50.00", "EUR")),
                fact(Party.PROVIDER, IdeaStatus.BENEFIT_REALISED, JAN_1, Money.of("0.90", "GBP"))));

        assertEquals(List.of(new InnovationFigures.Total("EUR", new BigDecimal("50.00")),
                new InnovationFigures.Total("GBP", new BigDecimal("101.00"))), figures.realisedValue());
    }

    @Test
    void nothingDecidedHasNoRateAndNothingImplementedNoMedian() {
        InnovationFigures figures = InnovationFigures.of(List.of(fact(Party.CLIENT, IdeaStatus.SUBMITTED, null, null)));

        assertNull(figures.approvalRatePercent());
        assertNull(figures.medianDaysToImplement());
        assertEquals(List.of(), figures.realisedValue());
    }

    private static InnovationFigures.Fact fact(Party party, IdeaStatus status, LocalDate implemented, Money benefit) {
        return new InnovationFigures.Fact(party, status, JAN_1, implemented, benefit);
    }
}
