package io.tandem.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import io.tandem.tenancy.Organisation;
import io.tandem.tenancy.OrganisationKind;
import io.tandem.tenancy.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTest {

    private final Organisation northwind = new Organisation("Northwind Insurance", OrganisationKind.CLIENT);
    private final Organisation calltech = new Organisation("Calltech", OrganisationKind.PROVIDER);
    private final Workspace claims = new Workspace("UK claims", northwind, calltech);
    private final CreditRegime regime = new CreditRegime(new BigDecimal("12"), new BigDecimal("250"), 3,
            new BigDecimal("10"), new BigDecimal("50"));

    @Test
    void aContractGoesFromDraftThroughReviewToActiveAndEnds() {
        Contract msa = msa();
        msa.setCreditRegime(regime);

        msa.moveTo(ContractStatus.IN_REVIEW);
        msa.moveTo(ContractStatus.ACTIVE);
        msa.moveTo(ContractStatus.TERMINATED);

        assertEquals(ContractStatus.TERMINATED, msa.status());
    }

    @Test
    void onlyTheListedTransitionsAreAllowed() {
        Contract msa = msa();

        DomainException skipReview = assertThrows(DomainException.class, () -> msa.moveTo(ContractStatus.ACTIVE));
        assertEquals("contract.status.transition", skipReview.messageKey());
        assertEquals(ContractStatus.DRAFT, msa.status());
    }

    @Test
    void aContractComesIntoForceOnlyWithACreditRegime() {
        Contract msa = msa();
        msa.moveTo(ContractStatus.IN_REVIEW);

        assertEquals("contract.status.regimeRequired",
                assertThrows(DomainException.class, () -> msa.moveTo(ContractStatus.ACTIVE)).messageKey());
    }

    @Test
    void termsAndRegimeAreLockedOnceInForce() {
        Contract msa = msa();
        msa.setCreditRegime(regime);
        msa.moveTo(ContractStatus.IN_REVIEW);
        msa.moveTo(ContractStatus.ACTIVE);

        assertEquals("contract.terms.locked",
                assertThrows(DomainException.class, () -> msa.changeTerms(terms(30))).messageKey());
        assertEquals("contract.terms.locked",
                assertThrows(DomainException.class, () -> msa.setCreditRegime(regime)).messageKey());
    }

    @Test
    void anAmendmentNamesTheContractItChangesAndOnlyAnAmendmentDoes() {
        Contract msa = msa();

        Contract amendment = new Contract(claims, "MSA-001/A1", ContractType.AMENDMENT, msa, terms(30));

        assertEquals(msa, amendment.parent());
        assertEquals("contract.parent.required", assertThrows(DomainException.class,
                () -> new Contract(claims, "A2", ContractType.AMENDMENT, null, terms(30))).messageKey());
        assertEquals("contract.parent.onlyAmendments", assertThrows(DomainException.class,
                () -> new Contract(claims, "SOW-1", ContractType.STATEMENT_OF_WORK, msa, terms(30))).messageKey());
        Workspace other = new Workspace("Other", northwind, new Organisation("Brightline", OrganisationKind.PROVIDER));
        assertEquals("contract.parent.otherWorkspace", assertThrows(DomainException.class,
                () -> new Contract(other, "A3", ContractType.AMENDMENT, msa, terms(30))).messageKey());
    }

    @Test
    void theNoticeDateIsTheExpiryLessTheNoticePeriod() {
        // expires 31 Dec 2027 with 90 days' notice: notice by 2 Oct 2027
        assertEquals(LocalDate.of(2027, 10, 2), terms(90).noticeDate());
    }

    @Test
    void theNoticeWarningStartsNinetyDaysBeforeTheNoticeDate() {
        // notice date 2 Oct 2027: warned from 4 Jul 2027; passed from 3 Oct; nothing after expiry
        ContractTerms terms = terms(90);

        assertEquals(NoticeWarning.NONE, terms.noticeWarning(LocalDate.of(2027, 7, 3)));
        assertEquals(NoticeWarning.APPROACHING, terms.noticeWarning(LocalDate.of(2027, 7, 4)));
        assertEquals(NoticeWarning.APPROACHING, terms.noticeWarning(LocalDate.of(2027, 10, 2)));
        assertEquals(NoticeWarning.PASSED, terms.noticeWarning(LocalDate.of(2027, 10, 3)));
        assertEquals(NoticeWarning.NONE, terms.noticeWarning(LocalDate.of(2028, 1, 1)));
    }

    @Test
    void badTermsAreRefusedEachWithItsOwnMessage() {
        Money charges = Money.of("100000.00", "GBP");
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertEquals("contract.dates.expiryBeforeEffective", assertThrows(DomainException.class,
                () -> new ContractTerms("T", start, start, 0, "", charges, charges)).messageKey());
        assertEquals("contract.notice.invalid", assertThrows(DomainException.class,
                () -> new ContractTerms("T", start, start.plusDays(30), 31, "", charges, charges)).messageKey());
        assertEquals("money.currency.mismatch", assertThrows(DomainException.class,
                () -> new ContractTerms("T", start, start.plusYears(1), 30, "", charges,
                        Money.of("1.00", "EUR"))).messageKey());
        assertEquals("contract.title.invalid", assertThrows(DomainException.class,
                () -> new ContractTerms(" ", start, start.plusYears(1), 30, "", charges, charges)).messageKey());
        assertEquals("contract.reference.invalid", assertThrows(DomainException.class,
                () -> new Contract(claims, "no spaces allowed", ContractType.MASTER_AGREEMENT, null, terms(30)))
                .messageKey());
    }

    private Contract msa() {
        return new Contract(claims, "MSA-001", ContractType.MASTER_AGREEMENT, null, terms(90));
    }

    private static ContractTerms terms(int noticeDays) {
        return new ContractTerms("Customer claims handling", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                noticeDays, "Renews for 12 months unless notice is given", Money.of("1200000.00", "GBP"),
                Money.of("100000.00", "GBP"));
    }
}
