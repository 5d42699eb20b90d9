package io.tandem.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void anyDayOfAFourDigitYearIsAFilter() {
        AuditFilter filter = new AuditFilter(" Contract ", "", null, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

        assertEquals("Contract", filter.entityType());
        assertNull(filter.action());
        assertEquals(LocalDate.of(9999, 12, 31), filter.to());
    }

    @Test
    void aDayBeyondTheFourDigitYearsIsRefused() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(10_000, 1, 1), LocalDate.MAX, LocalDate.of(0, 12, 31),
            LocalDate.MIN}) {
            assertEquals("audit.filter.date.invalid", assertThrows(DomainException.class,
                    () -> new AuditFilter(null, null, null, day, null)).messageKey(), "from " + day);
            assertEquals("audit.filter.date.invalid", assertThrows(DomainException.class,
                    () -> new AuditFilter(null, null, null, null, day)).messageKey(), "to " + day);
        }
    }

    @Test
    void theLastDayMayNotComeBeforeTheFirst() {
        assertEquals("audit.filter.dates.invalid", assertThrows(DomainException.class, () -> new AuditFilter(null, null,
                null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))).messageKey());
    }
}
