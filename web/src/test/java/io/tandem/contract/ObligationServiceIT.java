package io.tandem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.tenancy.Party;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObligationServiceIT extends TwoEngagementsTest {

    private static final LocalDate LAST_MONTH = LocalDate.now().minusMonths(1);
    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Inject
    ContractService contracts;

    @Inject
    ObligationService obligations;

    private long workspace;
    private long contract;

    @BeforeEach
    void draftAContract() throws Exception {
        workspace = tenants.withFirstProvider();
        contract = as(tenants.relationshipManager(), () -> contracts.create(workspace, new NewContract("MSA-OB",
                ContractType.MASTER_AGREEMENT, null, "Claims", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 90,
                "", "GBP", new BigDecimal("1200000.00"), new BigDecimal("100000.00")))).id();
    }

    @Test
    void aPastDueObligationShowsAsOverdueUntilItsSideMarksItDone() throws Exception {
        ObligationDetails report = as(tenants.relationshipManager(), () -> obligations.add(workspace, contract,
                "Send the monthly performance pack", Party.PROVIDER, LAST_MONTH, Recurrence.ONCE));
        as(tenants.relationshipManager(), () -> obligations.add(workspace, contract, "Approve the forecast",
                Party.CLIENT, NEXT_MONTH, Recurrence.ONCE));

        assertEquals(ObligationStatus.OVERDUE, report.status());
        assertEquals(List.of(report.id()), as(tenants.analyst(), () -> obligations.overdue(workspace)).stream()
                .map(ObligationDetails::id).toList());

        assertThrows(ForbiddenException.class, () -> as(tenants.relationshipManager(),
                () -> obligations.complete(workspace, report.id(), report.version())), "the client cannot tick it off");
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> obligations.complete(workspace, report.id(), report.version())), "team members cannot see them");
        ObligationDetails done = as(tenants.firstAccountManager(),
                () -> obligations.complete(workspace, report.id(), report.version()));

        assertEquals(ObligationStatus.DONE, done.status());
        assertEquals(List.of(), as(tenants.analyst(), () -> obligations.overdue(workspace)));
    }

    @Test
    void aRecurringObligationFallsDueAgainWhenDone() throws Exception {
        ObligationDetails monthly = as(tenants.relationshipManager(), () -> obligations.add(workspace, contract,
                "Service review meeting", Party.CLIENT, LAST_MONTH, Recurrence.MONTHLY));

        ObligationDetails next = as(tenants.relationshipManager(),
                () -> obligations.complete(workspace, monthly.id(), monthly.version()));

        assertEquals(LAST_MONTH.plusMonths(1), next.dueDate());
        assertEquals(LocalDate.now(), next.lastCompletedOn());
    }

    @Test
    void aStaleCompletionIsAConflictAndOutsidersSeeNothing() throws Exception {
        ObligationDetails pack = as(tenants.relationshipManager(), () -> obligations.add(workspace, contract,
                "Quarterly pack", Party.PROVIDER, NEXT_MONTH, Recurrence.QUARTERLY));
        as(tenants.firstAccountManager(), () -> obligations.complete(workspace, pack.id(), pack.version()));

        assertThrows(EJBException.class,
                () -> as(tenants.firstAccountManager(), () -> obligations.complete(workspace, pack.id(), pack.version())));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(), () -> obligations.overdue(workspace)));
        assertThrows(NotFoundException.class,
                () -> as(tenants.secondAccountManager(), () -> obligations.obligations(workspace, contract)));
        assertThrows(ForbiddenException.class, () -> as(tenants.firstAccountManager(), () -> obligations.add(workspace,
                contract, "Provider adds", Party.PROVIDER, NEXT_MONTH, Recurrence.ONCE)));
        DomainException blank = assertThrows(DomainException.class, () -> as(tenants.relationshipManager(),
                () -> obligations.add(workspace, contract, " ", Party.PROVIDER, NEXT_MONTH, Recurrence.ONCE)));
        assertEquals("contract.obligation.description.invalid", blank.messageKey());
        assertEquals(1, as(tenants.relationshipManager(), () -> obligations.obligations(workspace, contract)).size());
    }
}
