package io.tandem.servicelevel;

/** One accepted period of a service level: its result, and whether the client excused it (relief). */
public record PeriodOutcome(PeriodResult result, boolean relieved) {

    public static PeriodOutcome of(PeriodResult result) {
        return new PeriodOutcome(result, false);
    }

    /** A period the client excused, e.g. because volumes were far above forecast. */
    public static PeriodOutcome relieved(PeriodResult result) {
        return new PeriodOutcome(result, true);
    }

    /** An excused miss earns no credit. */
    boolean earnsCredit() {
        return result == PeriodResult.BREACHED && !relieved;
    }

    /** An excused period does not spoil an earn-back either. */
    boolean countsAsMet() {
        return result == PeriodResult.MET || relieved;
    }
}
