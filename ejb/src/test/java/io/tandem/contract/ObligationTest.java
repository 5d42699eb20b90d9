package io.tandem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import io.tandem.tenancy.Organisation;
import io.tandem.tenancy.OrganisationKind;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.Workspace;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObligationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    private final Contract contract = new Contract(new Workspace("UK claims",
            new Organisation("Northwind", OrganisationKind.CLIENT), new Organisation("Calltech", OrganisationKind.PROVIDER)),
            "MSA-1", ContractType.MASTER_AGREEMENT, null, new ContractTerms("Claims", LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31), 90, "", Money.of("1200000", "GBP"), Money.of("100000", "GBP")));

    @Test
    void anObligationIsOpenUntilItsDueDateAndOverdueAfter() {
        Obligation report = obligation(Recurrence.ONCE);

        assertEquals(ObligationStatus.OPEN, report.statusOn(DUE));
        assertEquals(ObligationStatus.OVERDUE, report.statusOn(DUE.plusDays(1)));
    }

    @Test
    void completingAOneOffObligationClosesIt() {
        Obligation report = obligation(Recurrence.ONCE);
        report.complete(DUE.plusDays(3));

        assertEquals(ObligationStatus.DONE, report.statusOn(DUE.plusDays(30)));
        assertEquals(DUE.plusDays(3), report.lastCompletedOn());
        assertEquals("contract.obligation.alreadyDone",
                assertThrows(DomainException.class, () -> report.complete(DUE.plusDays(4))).messageKey());
    }

    @Test
    void completingARecurringObligationMovesItToItsNextDueDate() {
        // monthly from 31 Jan: next 28 Feb (end of month), then 28 Mar: java.time keeps the day where it can
        Obligation monthly = obligation(Recurrence.MONTHLY);
        monthly.complete(LocalDate.of(2026, 1, 30));
        assertEquals(LocalDate.of(2026, 2, 28), monthly.dueDate());
        assertEquals(ObligationStatus.OPEN, monthly.statusOn(LocalDate.of(2026, 2, 1)));

        Obligation quarterly = obligation(Recurrence.QUARTERLY);
        quarterly.complete(DUE);
        assertEquals(LocalDate.of(2026, 4, 30), quarterly.dueDate());
    }

    @Test
    void anObligationBelongsToTheClientOrTheProvider() {
        assertEquals("contract.obligation.owner.invalid", assertThrows(DomainException.class,
                () -> new Obligation(contract, "Score calls", Party.THIRD_PARTY, DUE, Recurrence.ONCE)).messageKey());
        assertEquals("contract.obligation.description.invalid", assertThrows(DomainException.class,
                () -> new Obligation(contract, " ", Party.CLIENT, DUE, Recurrence.ONCE)).messageKey());
    }

    private Obligation obligation(Recurrence recurrence) {
        return new Obligation(contract, "Send the monthly performance report", Party.PROVIDER, DUE, recurrence);
    }
}
