package io.tandem.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.contract.ContractStatus;
import io.tandem.contract.ContractType;
import io.tandem.contract.CreditRegime;
import io.tandem.contract.NewContract;
import io.tandem.contract.ObligationService;
import io.tandem.contract.Recurrence;
import io.tandem.platform.NotFoundException;
import io.tandem.servicelevel.MeasurementDetails;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.MeasurementSource;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.NewServiceLevel;
import io.tandem.servicelevel.ReliefService;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.tenancy.Party;
import io.tandem.workspace.PageFrame;
import io.tandem.workspace.PageFrameService;
import io.tandem.workspace.TwoEngagementsTest;
import io.tandem.workspace.WorkspaceSummary;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One workspace with a contract in force whose notice date is 30 days away, a critical service
 * level with January and February submitted, a relief request for January, an overdue obligation
 * of the provider's and one of the client's due in a week: each side's people see what waits for
 * their role, and nobody sees another tenant's items.
 */
class InboxServiceIT extends TwoEngagementsTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    InboxService inbox;

    @Inject
    PageFrameService frames;

    @Inject
    ContractService contracts;

    @Inject
    ObligationService obligations;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    ReliefService reliefs;

    private long workspace;
    private ContractDetails contract;
    private MeasurementDetails january;
    private MeasurementDetails february;

    @BeforeEach
    void aContractInForceWithWorkWaiting() throws Exception {
        workspace = tenants.withFirstProvider();
        String rm = tenants.relationshipManager();
        // notice date = expiry - 90 days = today + 30: inside the 90-day warning
        ContractDetails draft = as(rm, () -> contracts.create(workspace, new NewContract("MSA-INBOX",
                ContractType.MASTER_AGREEMENT, null, "Claims", LocalDate.of(2025, 1, 1), TODAY.plusDays(120), 90, "",
                "GBP", new BigDecimal("1200000.00"), new BigDecimal("100000.00"))));
        ContractDetails withRegime = as(rm, () -> contracts.setCreditRegime(workspace, draft.id(), draft.version(),
                new CreditRegime(new BigDecimal("10"), new BigDecimal("100"), 2, BigDecimal.ZERO,
                        new BigDecimal("50"))));
        ContractDetails inReview = as(rm, () -> contracts.moveTo(workspace, draft.id(), withRegime.version(),
                ContractStatus.IN_REVIEW));
        ServiceLevelDetails answered = as(rm, () -> serviceLevels.define(workspace, draft.id(), new NewServiceLevel(
                "Answered in 20 s", Metric.SERVICE_LEVEL, 20, null, null, true, new BigDecimal("40"),
                YearMonth.of(2025, 1), null, new BigDecimal("80"), new BigDecimal("75"))));
        contract = as(rm, () -> contracts.moveTo(workspace, draft.id(), inReview.version(), ContractStatus.ACTIVE));
        as(rm, () -> obligations.add(workspace, contract.id(), "Monthly performance pack", Party.PROVIDER,
                TODAY.minusDays(3), Recurrence.MONTHLY));
        as(rm, () -> obligations.add(workspace, contract.id(), "Quarterly business review", Party.CLIENT,
                TODAY.plusDays(7), Recurrence.ONCE));
        as(rm, () -> obligations.add(workspace, contract.id(), "Annual audit", Party.CLIENT,
                TODAY.plusDays(60), Recurrence.ONCE));
        String am = tenants.firstAccountManager();
        january = as(am, () -> measurements.submit(workspace, answered.id(), JAN, new BigDecimal("70"), null, null,
                null, MeasurementSource.MANUAL));
        february = as(am, () -> measurements.submit(workspace, answered.id(), JAN.plusMonths(1),
                new BigDecimal("82"), null, null, null, MeasurementSource.MANUAL));
        as(rm, () -> measurements.accept(workspace, january.id(), january.version()));
        as(am, () -> reliefs.request(workspace, answered.id(), JAN, "Storm claims: 160% of forecast volume"));
    }

    @Test
    void thePageFrameHoldsTheCallerTheirWorkspacesAndTheirInboxFromOneCall() throws Exception {
        String rm = tenants.relationshipManager();
        PageFrame frame = as(rm, () -> frames.frame());

        assertEquals(rm, frame.caller().email());
        assertEquals(List.of(tenants.withFirstProvider(), tenants.withSecondProvider()),
                frame.workspaces().stream().map(WorkspaceSummary::id).toList());
        assertEquals(List.of("OBLIGATION_DUE", "NOTICE_APPROACHING", "MEASUREMENT_TO_REVIEW", "RELIEF_TO_DECIDE"),
                kinds(frame.inbox()));
        assertEquals(as(rm, () -> inbox.everywhere()), frame.inbox());

        PageFrame provider = as(tenants.firstAccountManager(), () -> frames.frame());
        assertEquals(List.of(tenants.withFirstProvider()),
                provider.workspaces().stream().map(WorkspaceSummary::id).toList());
        assertEquals(as(tenants.firstAccountManager(), () -> inbox.everywhere()), provider.inbox());

        PageFrame admin = as(tenants.platformAdmin(), () -> frames.frame());
        assertTrue(admin.caller().platformAdmin());
        assertEquals(List.of(), admin.workspaces());
        assertEquals(List.of(), admin.inbox());
        assertEquals(PageFrame.NOBODY, as("nobody-" + tenants.tag() + "@test.example", () -> frames.frame()));
        assertEquals(PageFrame.NOBODY, frames.frame());
    }

    @Test
    void theClientsRelationshipManagerReviewsDecidesAndRenews() throws Exception {
        List<InboxItem> items = as(tenants.relationshipManager(), () -> inbox.everywhere());

        // dated first, soonest first (the obligation in 7 days, the notice date in 30); the annual audit,
        // 60 days away, is not due yet
        assertEquals(List.of("OBLIGATION_DUE", "NOTICE_APPROACHING", "MEASUREMENT_TO_REVIEW", "RELIEF_TO_DECIDE"),
                kinds(items));
        InboxItem notice = items.get(1);
        assertEquals(TODAY.plusDays(30), notice.due());
        assertEquals("MSA-INBOX", notice.subject());
        assertEquals("/contract/contract", notice.page());
        InboxItem review = items.get(2);
        assertEquals(february.id(), review.recordId());
        assertEquals(JAN.plusMonths(1), review.period());
        assertEquals("measurement", review.parameter());
        assertEquals(workspace, review.workspaceId());
    }

    @Test
    void theProvidersAccountManagerSeesItsOverdueObligationFirstAndAnswersDisputes() throws Exception {
        as(tenants.relationshipManager(), () -> measurements.dispute(workspace, february.id(), february.version(),
                "Queue 7 is missing"));

        List<InboxItem> items = as(tenants.firstAccountManager(), () -> inbox.in(workspace));

        assertEquals(List.of("OBLIGATION_DUE", "DISPUTE_TO_ANSWER"), kinds(items));
        assertEquals(true, items.get(0).overdue());
        assertEquals("MSA-INBOX: Monthly performance pack", items.get(0).subject());
        assertEquals(List.of("OBLIGATION_DUE", "NOTICE_APPROACHING", "RELIEF_TO_DECIDE"),
                kinds(as(tenants.relationshipManager(), () -> inbox.in(workspace))),
                "the dispute waits for the provider, not the client");

        as(tenants.firstAccountManager(), () -> measurements.reply(workspace, february.id(), "Queue 7 opened late"));

        assertEquals(List.of("OBLIGATION_DUE"), kinds(as(tenants.firstAccountManager(), () -> inbox.in(workspace))));
        assertEquals(List.of("OBLIGATION_DUE", "NOTICE_APPROACHING", "DISPUTE_TO_RESOLVE", "RELIEF_TO_DECIDE"),
                kinds(as(tenants.relationshipManager(), () -> inbox.in(workspace))));
    }

    @Test
    void readOnlyRolesAndOtherTenantsHaveNothingWaiting() throws Exception {
        assertEquals(List.of(), as(tenants.analyst(), () -> inbox.everywhere()));
        assertEquals(List.of(), as(tenants.portfolioViewer(), () -> inbox.everywhere()));
        assertEquals(List.of(), as(tenants.secondAccountManager(), () -> inbox.everywhere()));
        assertEquals(List.of(), as(tenants.reviewer(), () -> inbox.everywhere()));
        assertEquals(List.of(), as(tenants.firstTeamMember(), () -> inbox.everywhere()),
                "a team member neither reviews nor completes obligations");
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(), () -> inbox.in(workspace)));
    }

    private static List<String> kinds(List<InboxItem> items) {
        return items.stream().map(InboxItem::kind).toList();
    }
}
