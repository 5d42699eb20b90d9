package io.tandem.servicelevel;

import static io.tandem.servicelevel.PeriodResult.BELOW_EXPECTED;
import static io.tandem.servicelevel.PeriodResult.BREACHED;
import static io.tandem.servicelevel.PeriodResult.MET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.contract.CreditRegime;
import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Worked examples. The contract in all of them: monthly charges of 100,000.00 GBP, 10% at risk
 * (so at most 10,000.00 of credits a month), earn-back over the next 3 months unless stated.
 */
class CreditCalculatorTest {

    private static final Money CHARGES = Money.of("100000.00", "GBP");
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = JAN.plusMonths(1);
    private static final YearMonth MAR = JAN.plusMonths(2);
    private static final YearMonth APR = JAN.plusMonths(3);

    private final CreditCalculator calculator = new CreditCalculator();
    private long levelIds;

    @Test
    void aSingleBreachEarnsItsShareOfTheAtRiskAmount() {
        // 100,000.00 x 10% x 20% = 2,000.00
        List<PeriodCredits> credits = calculator.credits(CHARGES, regime(3), List.of(
                level("Service level 80/20", true, "20", Map.of(JAN, PeriodOutcome.of(BREACHED)))));

        ServiceCredit credit = only(credits);
        assertEquals(Money.of("2000.00", "GBP"), credit.amount());
        assertEquals(ServiceCredit.Rule.ALLOCATION, credit.calculation().rule());
        assertEquals("100000.00 x 10% x 20% = 2000.00", credit.formula());
        assertEquals(Money.of("10000.00", "GBP"), credit.calculation().atRiskAmount());
        assertEquals(CreditStatus.PENDING_EARN_BACK, credit.status());
    }

    @Test
    void severalBreachesAreCappedAtTheAtRiskAmountProRata() {
        // allocated 5,000.00 + 4,000.00 + 3,000.00 = 12,000.00 > cap 10,000.00
        // scaled by 10,000/12,000: 4,166.666.. -> 4,166.66 (+0.01), 3,333.333.. -> 3,333.33, 2,500.00
        // the one minor unit left over goes to the largest remainder (0.666..): 4,166.67
        List<PeriodCredits> credits = calculator.credits(CHARGES, regime(0), List.of(
                level("Service level 80/20", true, "50", Map.of(JAN, PeriodOutcome.of(BREACHED))),
                level("Abandonment rate", true, "40", Map.of(JAN, PeriodOutcome.of(BREACHED))),
                level("First-contact resolution", true, "30", Map.of(JAN, PeriodOutcome.of(BREACHED)))));

        PeriodCredits january = credits.get(0);
        assertTrue(january.capped());
        assertEquals(List.of(Money.of("4166.67", "GBP"), Money.of("3333.33", "GBP"), Money.of("2500.00", "GBP")),
                january.credits().stream().map(ServiceCredit::amount).toList());
        assertEquals(Money.of("10000.00", "GBP"), january.total());
        assertEquals(Money.of("12000.00", "GBP"), january.credits().get(0).calculation().periodAllocated());
        assertEquals(ServiceCredit.Rule.CAPPED_PRO_RATA, january.credits().get(0).calculation().rule());
        assertEquals("100000.00 x 10% x 50% = 5000.00; 12000.00 > 10000.00: 5000.00 x 10000.00 / 12000.00 = 4166.66"
                + " + 0.01 = 4166.67", january.credits().get(0).formula());
        assertEquals("100000.00 x 10% x 30% = 3000.00; 12000.00 > 10000.00: 3000.00 x 10000.00 / 12000.00 = 2500.00",
                january.credits().get(2).formula());
        assertEquals(CreditStatus.PAYABLE, january.credits().get(0).status(), "no earn-back in this regime");
    }

    @Test
    void aCreditIsEarnedBackWhenTheLevelIsMetInEachOfTheNextThreeMonths() {
        ServiceCredit credit = only(calculator.credits(CHARGES, regime(3), List.of(level("CSAT", true, "20", Map.of(
                JAN, PeriodOutcome.of(BREACHED), FEB, PeriodOutcome.of(MET), MAR, PeriodOutcome.of(MET),
                APR, PeriodOutcome.of(MET))))));

        assertEquals(CreditStatus.EARNED_BACK, credit.status());
        assertEquals(List.of(FEB, MAR, APR), credit.calculation().earnBackObserved());
        assertEquals(Money.of("2000.00", "GBP"), credit.amount(), "the amount stays on record; its status waives it");
    }

    @Test
    void aMissWithinTheWindowMakesTheCreditPayable() {
        // February met, March only below expected (amber): not met, so the January credit is due
        ServiceCredit credit = only(calculator.credits(CHARGES, regime(3), List.of(level("CSAT", true, "20", Map.of(
                JAN, PeriodOutcome.of(BREACHED), FEB, PeriodOutcome.of(MET), MAR, PeriodOutcome.of(BELOW_EXPECTED),
                APR, PeriodOutcome.of(MET))))));

        assertEquals(CreditStatus.PAYABLE, credit.status());
        assertEquals(List.of(FEB, MAR), credit.calculation().earnBackObserved());
    }

    @Test
    void aRelievedBreachEarnsNoCreditAndARelievedMonthDoesNotSpoilAnEarnBack() {
        List<PeriodCredits> relievedBreach = calculator.credits(CHARGES, regime(3), List.of(
                level("Service level 80/20", true, "20", Map.of(JAN, PeriodOutcome.relieved(BREACHED)))));
        ServiceCredit earnedBack = only(calculator.credits(CHARGES, regime(2), List.of(level("Service level 80/20",
                true, "20", Map.of(JAN, PeriodOutcome.of(BREACHED), FEB, PeriodOutcome.relieved(BELOW_EXPECTED),
                        MAR, PeriodOutcome.of(MET))))));

        assertEquals(List.of(), relievedBreach);
        assertEquals(CreditStatus.EARNED_BACK, earnedBack.status());
    }

    @Test
    void eachCreditCarriesTheIdOfTheLevelThatEarnedIt() {
        // levels 1 and 3 breached in January, level 2 met
        List<PeriodCredits> credits = calculator.credits(CHARGES, regime(0), List.of(
                level("Service level 80/20", true, "20", Map.of(JAN, PeriodOutcome.of(BREACHED))),
                level("Abandonment rate", true, "30", Map.of(JAN, PeriodOutcome.of(MET))),
                level("CSAT", true, "30", Map.of(JAN, PeriodOutcome.of(BREACHED)))));

        assertEquals(List.of(1L, 3L), credits.get(0).credits().stream().map(ServiceCredit::serviceLevelId).toList());
        assertEquals(List.of("Service level 80/20", "CSAT"),
                credits.get(0).credits().stream().map(ServiceCredit::serviceLevel).toList());
    }

    @Test
    void keyLevelsAreReportedButEarnNoCredit() {
        assertEquals(List.of(), calculator.credits(CHARGES, regime(3), List.of(
                level("Average handle time", false, "0", Map.of(JAN, PeriodOutcome.of(BREACHED))))));
    }

    @Test
    void aLowerIsBetterLevelIsJudgedTheOtherWayRound() {
        // average handle time: expected at most 300 s, minimum (worst acceptable) 330 s
        Target aht = Target.of("300", "330", Direction.LOWER_IS_BETTER);
        PeriodResult fast = aht.evaluate(new BigDecimal("295"));
        PeriodResult slowish = aht.evaluate(new BigDecimal("310"));
        PeriodResult tooSlow = aht.evaluate(new BigDecimal("331"));

        assertEquals(List.of(MET, BELOW_EXPECTED, BREACHED), List.of(fast, slowish, tooSlow));
        ServiceCredit credit = only(calculator.credits(CHARGES, regime(3), List.of(
                level("Average handle time", true, "15", Map.of(JAN, PeriodOutcome.of(tooSlow))))));
        assertEquals(Money.of("1500.00", "GBP"), credit.amount(), "100,000.00 x 10% x 15%");
    }

    @Test
    void aMidContractTargetChangeJudgesEachPeriodByTheTargetThenInForce() {
        // 80% within 20 s (minimum 75%) until March; raised to 85% (minimum 80%) from April
        TargetHistory history = TargetHistory.startingWith(JAN, Target.of("80", "75", Direction.HIGHER_IS_BETTER))
                .changedFrom(APR, Target.of("85", "80", Direction.HIGHER_IS_BETTER));
        BigDecimal achieved = new BigDecimal("78.0");

        assertEquals(BELOW_EXPECTED, history.targetFor(MAR).evaluate(achieved));
        assertEquals(BREACHED, history.targetFor(APR).evaluate(achieved));
        assertEquals(Target.of("80", "75", Direction.HIGHER_IS_BETTER), history.targetFor(MAR));
    }

    @Test
    void allocationsBeyondTheRegimesPoolCapAreRefused() {
        // cap 150%: 100% + 60% = 160%
        DomainException refused = assertThrows(DomainException.class, () -> calculator.credits(CHARGES, regime(3),
                List.of(level("A", true, "100", Map.of()), level("B", true, "60", Map.of()))));

        assertEquals("contract.regime.poolAllocation.exceeded", refused.messageKey());
    }

    @Test
    void roundingHappensOnceHalfUpToTheMinorUnit() {
        // 33,333.33 x 10% x 7.5% = 249.9999975 -> 250.00
        ServiceCredit credit = only(calculator.credits(Money.of("33333.33", "EUR"), regime(0), List.of(
                level("NPS", true, "7.5", Map.of(JAN, PeriodOutcome.of(BREACHED))))));

        assertEquals(Money.of("250.00", "EUR"), credit.amount());
        assertFalse(credit.calculation().rule() == ServiceCredit.Rule.CAPPED_PRO_RATA);
    }

    private static CreditRegime regime(int earnBackPeriods) {
        return new CreditRegime(new BigDecimal("10"), new BigDecimal("150"), earnBackPeriods, new BigDecimal("10"),
                new BigDecimal("50"));
    }

    /** Each level its own id, numbered from 1 in the order the test names them. */
    private LevelPeriods level(String name, boolean critical, String allocation, Map<YearMonth, PeriodOutcome> outcomes) {
        return new LevelPeriods(++levelIds, name, critical, new BigDecimal(allocation), new TreeMap<>(outcomes));
    }

    private static ServiceCredit only(List<PeriodCredits> credits) {
        assertEquals(1, credits.size());
        assertEquals(1, credits.get(0).credits().size());
        return credits.get(0).credits().get(0);
    }
}
