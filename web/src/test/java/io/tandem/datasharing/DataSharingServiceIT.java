package io.tandem.datasharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.audit.AuditFilter;
import io.tandem.audit.AuditService;
import io.tandem.inbox.InboxItem;
import io.tandem.inbox.InboxService;
import io.tandem.platform.DomainException;
import io.tandem.platform.ForbiddenException;
import io.tandem.platform.NotFoundException;
import io.tandem.workspace.OwnerSql;
import io.tandem.workspace.TwoEngagementsTest;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agreements against the database: both signatories sign, a material edit starts a new version
 * that is signed again, revocation, the offshore rule, a stale edit, and who may do what. The
 * client organisation of the fixtures is based in GB (the column's default).
 */
class DataSharingServiceIT extends TwoEngagementsTest {

    @Inject
    DataSharingService agreements;

    @Inject
    DataSharingCheck check;

    @Inject
    DataFeedService feeds;

    @Inject
    AuditService audit;

    @Inject
    InboxService inbox;

    @Inject
    OwnerSql ownerSql;

    private long workspace;

    @BeforeEach
    void useTheFirstEngagement() {
        workspace = tenants.withFirstProvider();
    }

    static AgreementTerms terms(List<CategoryTerm> categories, List<ProcessingLocation> locations) {
        return new AgreementTerms(SharingDirection.PROVIDER_TO_CLIENT, "Monthly performance reporting",
                LawfulBasis.CONTRACT, categories, locations, 24, "Encrypted transfer, named analysts only",
                LocalDate.now().plusYears(1), null);
    }

    static AgreementTerms interactions() {
        return terms(List.of(new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.MODERATE)),
                List.of(new ProcessingLocation("GB", null, null),
                        new ProcessingLocation("IN", TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, null)));
    }

    private AgreementDetails signedByBoth(String title) throws Exception {
        AgreementDetails draft = as(tenants.relationshipManager(), () -> agreements.create(workspace, title,
                interactions()));
        AgreementDetails half = as(tenants.relationshipManager(),
                () -> agreements.sign(workspace, draft.id(), draft.version()));
        return as(tenants.firstAccountManager(), () -> agreements.sign(workspace, draft.id(), half.version()));
    }

    @Test
    void bothSignatoriesSignAndOnlyThenIsItInForce() throws Exception {
        AgreementDetails draft = as(tenants.firstAccountManager(), () -> agreements.create(workspace, "Reporting",
                interactions()));
        assertEquals(AgreementStatus.DRAFT, draft.status());
        DomainException unsigned = assertThrows(DomainException.class, () -> as(tenants.firstTeamMember(),
                () -> check.requireActiveAgreement(workspace, DataCategory.INTERACTION_RECORDS,
                        SharingDirection.PROVIDER_TO_CLIENT)));
        assertEquals("datasharing.check.unsignedByClient", unsigned.messageKey());

        AgreementDetails half = as(tenants.relationshipManager(),
                () -> agreements.sign(workspace, draft.id(), draft.version()));
        assertEquals(AgreementStatus.PARTLY_SIGNED, half.status());
        assertTrue(as(tenants.firstAccountManager(), () -> inbox.in(workspace)).stream()
                .anyMatch(item -> item.kind().equals("AGREEMENT_TO_SIGN") && item.recordId() == draft.id()));
        assertFalse(as(tenants.relationshipManager(), () -> inbox.in(workspace)).stream()
                .map(InboxItem::kind).anyMatch("AGREEMENT_TO_SIGN"::equals), "the client has signed");

        AgreementDetails active = as(tenants.firstAccountManager(),
                () -> agreements.sign(workspace, draft.id(), half.version()));
        assertEquals(AgreementStatus.ACTIVE, active.status());
        assertEquals(2, active.shown().signatures().size());
        assertEquals(draft.id(), as(tenants.firstTeamMember(), () -> check.requireActiveAgreement(workspace,
                DataCategory.INTERACTION_RECORDS, SharingDirection.PROVIDER_TO_CLIENT)));
        assertEquals(2, as(tenants.relationshipManager(), () -> audit.trail(workspace,
                new AuditFilter("data_sharing_signatures", null), 0, 10)).total(), "each signature audited");
        DomainException twice = assertThrows(DomainException.class, () -> as(tenants.relationshipManager(),
                () -> agreements.sign(workspace, draft.id(), active.version())));
        assertEquals("datasharing.sign.already", twice.messageKey());
    }

    @Test
    void aMaterialEditOfASignedAgreementIsANewVersionThatBothSignAgain() throws Exception {
        AgreementDetails active = signedByBoth("Reporting");
        AgreementTerms wider = terms(List.of(new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.MODERATE),
                        new CategoryTerm(DataCategory.CALL_RECORDINGS, Sensitivity.HIGH)),
                interactions().locations());

        AgreementDetails edited = as(tenants.firstAccountManager(), () -> agreements.amend(workspace, active.id(),
                active.version(), "Reporting and recordings", wider));

        assertEquals(2, edited.currentVersion());
        assertEquals(AgreementStatus.DRAFT, edited.status());
        assertEquals(List.of(), edited.shown().signatures(), "signatures start again");
        assertEquals(List.of(new TermsDiff.Change("categories", null, "CALL_RECORDINGS: HIGH")),
                edited.shown().changes());
        AgreementDetails first = as(tenants.analyst(), () -> agreements.version(workspace, active.id(), 1));
        assertEquals(2, first.shown().signatures().size(), "the signed version stays readable");
        assertEquals(1, first.shown().terms().categories().size());
        DomainException refused = assertThrows(DomainException.class, () -> as(tenants.firstTeamMember(),
                () -> check.requireActiveAgreement(workspace, DataCategory.INTERACTION_RECORDS,
                        SharingDirection.PROVIDER_TO_CLIENT)));
        assertEquals("datasharing.check.unsignedByClient", refused.messageKey());
        assertEquals(List.of("Reporting and recordings", 2), refused.arguments());

        AgreementDetails half = as(tenants.relationshipManager(),
                () -> agreements.sign(workspace, active.id(), edited.version()));
        AgreementDetails again = as(tenants.firstAccountManager(),
                () -> agreements.sign(workspace, active.id(), half.version()));
        assertEquals(AgreementStatus.ACTIVE, again.status());
        assertEquals(active.id(), as(tenants.firstTeamMember(), () -> check.requireActiveAgreement(workspace,
                DataCategory.CALL_RECORDINGS, SharingDirection.PROVIDER_TO_CLIENT)));
    }

    @Test
    void anUnsignedDraftChangesInPlaceAndTheTitleAloneNeedsNoNewSignature() throws Exception {
        AgreementDetails draft = as(tenants.relationshipManager(), () -> agreements.create(workspace, "Draft",
                interactions()));
        AgreementDetails changed = as(tenants.procurement(), () -> agreements.amend(workspace, draft.id(),
                draft.version(), "Draft", terms(List.of(new CategoryTerm(DataCategory.CONTACT_DETAILS,
                        Sensitivity.HIGH)), List.of(new ProcessingLocation("GB", null, null)))));
        assertEquals(1, changed.currentVersion());
        assertEquals(DataCategory.CONTACT_DETAILS, changed.shown().terms().categories().get(0).category());

        AgreementDetails active = signedByBoth("Renamed later");
        AgreementDetails renamed = as(tenants.relationshipManager(), () -> agreements.amend(workspace, active.id(),
                active.version(), "Renamed", interactions()));
        assertEquals(AgreementStatus.ACTIVE, renamed.status());
        assertEquals(1, renamed.currentVersion());
        assertEquals("Renamed", renamed.title());
    }

    @Test
    void anOffshoreLocationWithoutAMechanismCannotBeSigned() throws Exception {
        AgreementDetails draft = as(tenants.relationshipManager(), () -> agreements.create(workspace, "Offshore",
                terms(List.of(new CategoryTerm(DataCategory.TRANSCRIPTS, Sensitivity.HIGH)),
                        List.of(new ProcessingLocation("GB", null, null), new ProcessingLocation("PH", null, null)))));
        assertTrue(draft.shown().locations().stream().anyMatch(l -> l.country().equals("PH")
                && l.locationClass() == LocationClass.OFFSHORE && l.mechanismMissing()));

        DomainException refused = assertThrows(DomainException.class, () -> as(tenants.relationshipManager(),
                () -> agreements.sign(workspace, draft.id(), draft.version())));

        assertEquals("datasharing.sign.mechanismMissing", refused.messageKey());
        assertEquals(List.of("PH", "OFFSHORE"), refused.arguments());
        assertEquals(AgreementStatus.DRAFT, as(tenants.relationshipManager(),
                () -> agreements.agreement(workspace, draft.id())).status());
    }

    @Test
    void eitherPartyRevokesWithAReasonAndThatIsFinal() throws Exception {
        AgreementDetails active = signedByBoth("To revoke");
        assertThrows(DomainException.class, () -> as(tenants.firstAccountManager(),
                () -> agreements.revoke(workspace, active.id(), active.version(), "  ")));

        AgreementDetails revoked = as(tenants.firstAccountManager(), () -> agreements.revoke(workspace, active.id(),
                active.version(), "Call recordings moved to a new vendor"));

        assertEquals(AgreementStatus.REVOKED, revoked.status());
        assertEquals("Call recordings moved to a new vendor", revoked.revocationReason());
        DomainException refused = assertThrows(DomainException.class, () -> as(tenants.firstTeamMember(),
                () -> check.requireActiveAgreement(workspace, DataCategory.INTERACTION_RECORDS,
                        SharingDirection.PROVIDER_TO_CLIENT)));
        assertEquals("datasharing.check.revoked", refused.messageKey());
        assertEquals("datasharing.agreement.revoked", assertThrows(DomainException.class,
                () -> as(tenants.relationshipManager(), () -> agreements.amend(workspace, active.id(),
                        revoked.version(), "Again", interactions()))).messageKey());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        AgreementDetails draft = as(tenants.relationshipManager(), () -> agreements.create(workspace, "Stale",
                interactions()));
        as(tenants.firstAccountManager(), () -> agreements.amend(workspace, draft.id(), draft.version(), "Fresh",
                interactions()));

        EJBException conflict = assertThrows(EJBException.class, () -> as(tenants.relationshipManager(),
                () -> agreements.sign(workspace, draft.id(), draft.version())));

        assertTrue(conflict.getCause() instanceof OptimisticLockException, String.valueOf(conflict.getCause()));
        assertEquals(List.of(), as(tenants.relationshipManager(),
                () -> agreements.agreement(workspace, draft.id())).shown().signatures());
    }

    @Test
    void theCheckNamesWhatIsMissing() throws Exception {
        DomainException none = assertThrows(DomainException.class, () -> as(tenants.firstTeamMember(),
                () -> check.requireActiveAgreement(workspace, DataCategory.INTERACTION_RECORDS,
                        SharingDirection.PROVIDER_TO_CLIENT)));
        assertEquals("datasharing.check.none", none.messageKey());

        AgreementDetails active = signedByBoth("Interactions only");
        assertEquals("datasharing.check.category", assertThrows(DomainException.class,
                () -> as(tenants.firstTeamMember(), () -> check.requireActiveAgreement(workspace,
                        DataCategory.PAYMENT_DATA, SharingDirection.PROVIDER_TO_CLIENT))).messageKey());
        assertEquals("datasharing.check.direction", assertThrows(DomainException.class,
                () -> as(tenants.firstTeamMember(), () -> check.requireActiveAgreement(workspace,
                        DataCategory.INTERACTION_RECORDS, SharingDirection.CLIENT_TO_PROVIDER))).messageKey());

        ownerSql.execute("update data_sharing_versions set review_date = current_date - 1 where agreement_id = ?",
                active.id());
        DomainException overdue = assertThrows(DomainException.class, () -> as(tenants.firstTeamMember(),
                () -> check.requireActiveAgreement(workspace, DataCategory.INTERACTION_RECORDS,
                        SharingDirection.PROVIDER_TO_CLIENT)));
        assertEquals("datasharing.check.reviewOverdue", overdue.messageKey());
        assertTrue(as(tenants.relationshipManager(), () -> inbox.in(workspace)).stream()
                .anyMatch(item -> item.kind().equals("AGREEMENT_REVIEW_DUE") && item.overdue()));
    }

    @Test
    void theFeedLogRecordsWhatWasSharedUnderAnAgreementInForce() throws Exception {
        AgreementDetails active = signedByBoth("Feeds");
        FeedDetails feed = as(tenants.firstTeamMember(), () -> feeds.recordFeed(workspace, active.id(),
                DataCategory.INTERACTION_RECORDS, 12500, "interactions-2026-10.csv"));

        assertEquals(1, feed.versionNumber());
        List<FeedDetails> log = as(tenants.analyst(), () -> feeds.feeds(workspace));
        assertEquals(1, log.size());
        assertEquals(12500, log.get(0).rowCount());
        assertEquals("datasharing.check.category", assertThrows(DomainException.class,
                () -> as(tenants.firstTeamMember(), () -> feeds.recordFeed(workspace, active.id(),
                        DataCategory.PAYMENT_DATA, 1, "cards.csv"))).messageKey());
        assertThrows(ForbiddenException.class, () -> as(tenants.analyst(), () -> feeds.recordFeed(workspace,
                active.id(), DataCategory.INTERACTION_RECORDS, 1, "analyst.csv")));
    }

    @Test
    void onlySignatoriesSignAndOutsidersSeeNothing() throws Exception {
        AgreementDetails draft = as(tenants.relationshipManager(), () -> agreements.create(workspace, "Rights",
                interactions()));

        assertThrows(ForbiddenException.class, () -> as(tenants.firstTeamMember(),
                () -> agreements.sign(workspace, draft.id(), draft.version())));
        assertThrows(ForbiddenException.class, () -> as(tenants.procurement(),
                () -> agreements.sign(workspace, draft.id(), draft.version())));
        assertThrows(ForbiddenException.class, () -> as(tenants.analyst(),
                () -> agreements.create(workspace, "Analyst", interactions())));
        assertThrows(ForbiddenException.class, () -> as(tenants.reviewer(), () -> agreements.agreements(workspace)));
        assertThrows(NotFoundException.class, () -> as(tenants.secondAccountManager(),
                () -> agreements.agreement(workspace, draft.id())));
        assertThrows(NotFoundException.class, () -> as(tenants.relationshipManager(),
                () -> agreements.agreement(tenants.withSecondProvider(), draft.id())), "the id under another workspace");
        assertEquals(List.of(draft.id()), as(tenants.portfolioViewer(), () -> agreements.register()).stream()
                .map(AgreementSummary::id).toList(), "the client's register");
        assertEquals(List.of(), as(tenants.secondAccountManager(), () -> agreements.register()),
                "another provider's register");
    }
}
