package io.tandem.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.bulk.LineError;
import io.tandem.platform.bulk.RejectedLinesException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementCsvTest {

    @Test
    void readsColumnsInAnyOrderWithQuotedFields() {
        List<MeasurementLine> lines = MeasurementCsv.parse("""
                period,service_level,numerator,denominator,evidence
                2026-01,"Calls answered in 20 s",1613,2000,"ACD report ""daily"", queue 1-7"
                2026-01,Abandonment,,,
                """);

        assertEquals(2, lines.size());
        MeasurementLine first = lines.get(0);
        assertEquals(2, first.lineNumber());
        assertEquals("Calls answered in 20 s", first.serviceLevel());
        assertEquals(new BigDecimal("1613"), first.numerator());
        assertEquals("ACD report \"daily\", queue 1-7", first.evidence());
        assertEquals(null, lines.get(1).value());
    }

    @Test
    void everyMalformedLineIsReportedByItsNumber() {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class, () -> MeasurementCsv.parse(
                "service_level,period,value\r\nSL,2026-01,80\r\nSL,2026-02\r\n\r\nSL,2026-03,80,extra\r\n"));

        assertEquals(List.of(3, 5), rejected.errors().stream().map(LineError::lineNumber).toList());
        assertEquals("platform.bulk.columns", rejected.errors().get(0).messageKey());
        assertEquals(List.of(3, 2), rejected.errors().get(0).arguments());
    }

    @Test
    void aLineBreakInsideQuotesKeepsTheFollowingLineNumbersTrue() {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class, () -> MeasurementCsv.parse(
                "service_level,period,value,evidence\nSL,2026-01,80,\"two\nlines\"\nSL,2026-02\n"));

        assertEquals(4, rejected.errors().get(0).lineNumber());
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithUnknownOnesIsRefusedAtLineOne() {
        assertEquals("platform.bulk.header", assertThrows(RejectedLinesException.class,
                () -> MeasurementCsv.parse("level,month,value\nSL,2026-01,80\n")).errors().get(0).messageKey());
        assertEquals("platform.bulk.unknownColumn", assertThrows(RejectedLinesException.class,
                () -> MeasurementCsv.parse("service_level,period,valeu\nSL,2026-01,80\n")).errors().get(0).messageKey());
        assertEquals("platform.bulk.empty", assertThrows(RejectedLinesException.class,
                () -> MeasurementCsv.parse("")).errors().get(0).messageKey());
        assertEquals("platform.bulk.unclosedQuote", assertThrows(RejectedLinesException.class,
                () -> MeasurementCsv.parse("service_level,period,value\n\"SL,2026-01,80\n")).errors().get(0).messageKey());
    }

    @Test
    void everyLineWhoseFiguresAreNotNumbersIsNamed() {
        RejectedLinesException rejected = assertThrows(RejectedLinesException.class, () -> MeasurementCsv.parse("""
                service_level,period,value
                Abandonment,2026-01,4.5
                Abandonment,2026-02,four
                Abandonment,2026-03,%s
                """.formatted("9".repeat(65))));

        assertEquals(List.of(3, 4), rejected.errors().stream().map(LineError::lineNumber).toList());
        assertEquals(List.of("servicelevel.bulk.number", "servicelevel.bulk.number"),
                rejected.errors().stream().map(LineError::messageKey).toList());
    }
}
