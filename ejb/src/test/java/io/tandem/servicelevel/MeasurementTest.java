package io.tandem.servicelevel;

import static io.tandem.servicelevel.Fixtures.CARL;
import static io.tandem.servicelevel.Fixtures.RITA;
import static io.tandem.servicelevel.MeasuredValueTest.assertKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.tenancy.Party;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    private static final YearMonth FEB = YearMonth.of(2026, 2);

    private final ServiceLevel level = Fixtures.serviceLevel80in20();

    @Test
    void theProviderMayCorrectAValueUntilTheClientReviewsIt() {
        Measurement february = submitted("78.50");
        february.correct(value("79.10"), MeasurementSource.MANUAL, "Re-run after late CDRs", CARL);
        assertEquals(new BigDecimal("79.10"), february.value());

        february.accept(RITA);
        assertEquals(MeasurementStatus.ACCEPTED, february.status());
        assertTrue(february.status().settled());
        assertKey("servicelevel.measurement.reviewed",
                () -> february.correct(value("80"), MeasurementSource.MANUAL, null, CARL));
    }

    @Test
    void aDisputeIsAConversationTheClientClosesWithTheAgreedValue() {
        Measurement february = submitted("78.50");
        february.dispute("Queue 7 was left out of the figure", RITA);
        assertEquals(MeasurementStatus.DISPUTED, february.status());
        assertFalse(february.status().settled());
        assertKey("servicelevel.measurement.reviewed", () -> february.accept(RITA));

        february.reply("Queue 7 is out of scope per schedule 2", CARL);
        february.reply("It moved into scope in January", RITA);
        february.resolve("Agreed: queue 7 included", value("77.20"), RITA);

        assertEquals(MeasurementStatus.RESOLVED, february.status());
        assertEquals(new BigDecimal("77.20"), february.value());
        List<DisputeMessage> thread = february.thread();
        assertEquals(List.of(DisputeMessage.Kind.DISPUTE, DisputeMessage.Kind.REPLY, DisputeMessage.Kind.REPLY,
                DisputeMessage.Kind.RESOLUTION), thread.stream().map(DisputeMessage::kind).toList());
        assertEquals(Party.PROVIDER, thread.get(1).party());
        assertEquals(new BigDecimal("78.50"), thread.get(3).valueBefore());
        assertEquals(new BigDecimal("77.20"), thread.get(3).valueAfter());
    }

    @Test
    void aResolutionWithoutANewValueKeepsTheSubmittedOne() {
        Measurement february = submitted("78.50");
        february.dispute("Please send the queue breakdown", RITA);
        february.resolve("Breakdown received, figure stands", null, RITA);

        assertEquals(new BigDecimal("78.50"), february.value());
        assertEquals(MeasurementStatus.RESOLVED, february.status());
    }

    @Test
    void theSideWhoseMoveItIsFollowsTheConversation() {
        Measurement february = submitted("78.50");
        assertEquals(Optional.of(Party.CLIENT), february.awaitedSide());

        february.dispute("Queue 7 was left out of the figure", RITA);
        assertEquals(Optional.of(Party.PROVIDER), february.awaitedSide());

        february.reply("Queue 7 opened on the 20th; the figure includes it from then", CARL);
        assertEquals(Optional.of(Party.CLIENT), february.awaitedSide());

        february.reply("Please send the daily breakdown", RITA);
        assertEquals(Optional.of(Party.PROVIDER), february.awaitedSide());

        february.resolve("Agreed as submitted", null, RITA);
        assertEquals(Optional.empty(), february.awaitedSide());
    }

    @Test
    void eachSideDoesOnlyItsOwnPart() {
        assertKey("servicelevel.measurement.wrongSide",
                () -> new Measurement(level, FEB, value("80"), MeasurementSource.MANUAL, null, RITA));
        Measurement february = submitted("78.50");
        assertKey("servicelevel.measurement.wrongSide", () -> february.accept(CARL));
        assertKey("servicelevel.measurement.wrongSide", () -> february.dispute("No", CARL));
        assertKey("servicelevel.measurement.notDisputed", () -> february.reply("Anything?", CARL));
    }

    @Test
    void aMonthMustBeWithinTheLevelAndNotInTheFuture() {
        // "now" is 5 March 2026; the level starts April 2025
        assertKey("servicelevel.measurement.period.future",
                () -> new Measurement(level, YearMonth.of(2026, 4), value("80"), MeasurementSource.MANUAL, null, CARL));
        assertKey("servicelevel.measurement.period.outsideLevel",
                () -> new Measurement(level, YearMonth.of(2025, 3), value("80"), MeasurementSource.MANUAL, null, CARL));
        assertKey("servicelevel.dispute.message.invalid", () -> submitted("80").dispute("  ", RITA));
    }

    private Measurement submitted(String figure) {
        return new Measurement(level, FEB, value(figure), MeasurementSource.MANUAL, null, CARL);
    }

    private static MeasuredValue value(String figure) {
        return MeasuredValue.of(Metric.SERVICE_LEVEL, new BigDecimal(figure), null, null);
    }
}
