package io.tandem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.audit.AuditFilter;
import io.tandem.audit.AuditService;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractServiceIT extends TwoEngagementsTest {

    @Inject
    ContractService contracts;

    @Inject
    AuditService audit;

    private long workspace;

    @BeforeEach
    void useTheFirstEngagement() {
        workspace = tenants.withFirstProvider();
    }

    @Test
    void procurementDraftsAContractSetsItsRegimeAndBringsItIntoForce() throws Exception {
        ContractDetails draft = as(tenants.relationshipManager(), () -> contracts.create(workspace, msa("MSA-001")));
        ContractDetails regimeSet = as(tenants.relationshipManager(), () -> contracts.setCreditRegime(workspace,
                draft.id(), draft.version(), regime()));
        ContractDetails inReview = as(tenants.relationshipManager(),
                () -> contracts.moveTo(workspace, draft.id(), regimeSet.version(), ContractStatus.IN_REVIEW));
        ContractDetails active = as(tenants.relationshipManager(),
                () -> contracts.moveTo(workspace, draft.id(), inReview.version(), ContractStatus.ACTIVE));

        assertEquals(ContractStatus.ACTIVE, active.status());
        assertEquals(List.of(ContractStatus.EXPIRED, ContractStatus.TERMINATED), active.nextStatuses());
        assertEquals(new BigDecimal("12.0000"), active.atRiskPercent());
        assertEquals(LocalDate.of(2027, 10, 2), active.noticeDate());
        assertEquals(new BigDecimal("100000.00"), as(tenants.firstAccountManager(),
                () -> contracts.contract(workspace, draft.id())).monthlyCharges(), "the provider reads the terms");
        assertEquals(4, as(tenants.relationshipManager(), () -> audit.trail(workspace,
                new AuditFilter("contracts", null), 0, 10)).total(), "created, regime, review, active");
    }

    @Test
    void anAmendmentNamesItsParent() throws Exception {
        ContractDetails msa = as(tenants.relationshipManager(), () -> contracts.create(workspace, msa("MSA-002")));
        NewContract amendment = new NewContract("MSA-002/A1", ContractType.AMENDMENT, msa.id(), "Weekend cover",
                LocalDate.of(2026, 6, 1), LocalDate.of(2027, 12, 31), 30, "", "GBP", new BigDecimal("60000.00"),
                new BigDecimal("5000.00"));

        assertEquals("MSA-002", as(tenants.relationshipManager(), () -> contracts.create(workspace, amendment))
                .parentReference());
    }

    @Test
    void aDuplicateReferenceIsRefusedAndNothingIsAdded() throws Exception {
        as(tenants.relationshipManager(), () -> contracts.create(workspace, msa("MSA-003")));

        DomainException refused = assertThrows(DomainException.class,
                () -> as(tenants.relationshipManager(), () -> contracts.create(workspace, msa("MSA-003"))));

        assertEquals("contract.reference.duplicate", refused.messageKey());
        assertEquals(1, as(tenants.relationshipManager(), () -> contracts.contracts(workspace)).size());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        ContractDetails draft = as(tenants.relationshipManager(), () -> contracts.create(workspace, msa("MSA-004")));
        as(tenants.relationshipManager(), () -> contracts.setCreditRegime(workspace, draft.id(), draft.version(), regime()));

        EJBException conflict = assertThrows(EJBException.class, () -> as(tenants.relationshipManager(),
                () -> contracts.moveTo(workspace, draft.id(), draft.version(), ContractStatus.IN_REVIEW)));

        assertTrue(conflict.getCause() instanceof OptimisticLockException, String.valueOf(conflict.getCause()));
        assertEquals(ContractStatus.DRAFT, as(tenants.relationshipManager(),
                () -> contracts.contract(workspace, draft.id())).status());
    }

    @Test
    void onlyTheClientManagesAndOutsidersSeeNothing() throws Exception {
        ContractDetails draft = as(tenants.relationshipManager(), () -> contracts.create(workspace, msa("MSA-005")));

        assertThrows(ForbiddenException.class,
                () -> as(tenants.firstAccountManager(), () -> contracts.create(workspace, msa("MSA-006"))));
        assertThrows(ForbiddenException.class, () -> as(tenants.analyst(),
                () -> contracts.moveTo(workspace, draft.id(), draft.version(), ContractStatus.IN_REVIEW)));
        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(), () -> contracts.contracts(workspace)));
        assertThrows(NotFoundException.class,
                () -> as(tenants.secondAccountManager(), () -> contracts.contract(workspace, draft.id())));
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> contracts.contract(tenants.withSecondProvider(), draft.id())), "the id under another workspace");
    }

    private static NewContract msa(String reference) {
        return new NewContract(reference, ContractType.MASTER_AGREEMENT, null, "Customer claims handling",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 90, "Renews for 12 months unless notice is given",
                "GBP", new BigDecimal("1200000.00"), new BigDecimal("100000.00"));
    }

    private static CreditRegime regime() {
        return new CreditRegime(new BigDecimal("12"), new BigDecimal("250"), 3, new BigDecimal("10"),
                new BigDecimal("50"));
    }
}
