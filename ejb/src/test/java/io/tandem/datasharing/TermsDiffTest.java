package io.tandem.datasharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tandem.datasharing.TermsDiff.Change;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsDiffTest {

    private static final AgreementTerms VERSION_1 = new AgreementTerms(SharingDirection.PROVIDER_TO_CLIENT,
            "Monthly reporting", LawfulBasis.CONTRACT,
            List.of(new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.MODERATE),
                    new CategoryTerm(DataCategory.CONTACT_DETAILS, Sensitivity.MODERATE)),
            List.of(new ProcessingLocation("GB", null, null)), 24, "Encrypted transfer",
            LocalDate.of(2027, 6, 30), null).checked();

    @Test
    void equalTermsHaveNoChanges() {
        assertEquals(List.of(), TermsDiff.between(VERSION_1, VERSION_1));
    }

    @Test
    void eachChangedFieldAndItemIsOneChange() {
        AgreementTerms version2 = new AgreementTerms(SharingDirection.BOTH, "Monthly reporting", LawfulBasis.CONTRACT,
                List.of(new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.HIGH),
                        new CategoryTerm(DataCategory.CALL_RECORDINGS, Sensitivity.HIGH)),
                List.of(new ProcessingLocation("GB", null, null),
                        new ProcessingLocation("IN", TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, "Acme")),
                36, "Encrypted transfer", LocalDate.of(2027, 6, 30), LocalDate.of(2028, 12, 31)).checked();

        assertEquals(List.of(
                new Change("direction", "PROVIDER_TO_CLIENT", "BOTH"),
                new Change("categories", "CONTACT_DETAILS: MODERATE", null),
                new Change("categories", "INTERACTION_RECORDS: MODERATE", "INTERACTION_RECORDS: HIGH"),
                new Change("categories", null, "CALL_RECORDINGS: HIGH"),
                new Change("locations", null, "IN via Acme: STANDARD_CONTRACTUAL_CLAUSES"),
                new Change("retentionMonths", "24", "36"),
                new Change("expiresOn", null, "2028-12-31")), TermsDiff.between(VERSION_1, version2));
    }

    @Test
    void twoSubProcessorsWhoseNamesShareAPrefixBeforeAColonAreTwoItems() {
        AgreementTerms before = withLocations(new ProcessingLocation("IN", TransferMechanism.ADEQUACY, "Acme: Pune"));
        AgreementTerms after = withLocations(new ProcessingLocation("IN", TransferMechanism.ADEQUACY, "Acme: Chennai"));

        assertEquals(List.of(
                new Change("locations", "IN via Acme: Pune: ADEQUACY", null),
                new Change("locations", null, "IN via Acme: Chennai: ADEQUACY")), TermsDiff.between(before, after));
    }

    @Test
    void itemsAreReadBackAsTheTermsHoldThem() {
        assertEquals(new CategoryTerm(DataCategory.PAYMENT_DATA, Sensitivity.HIGH),
                TermsDiff.categoryOf("PAYMENT_DATA: HIGH"));
        assertEquals(new ProcessingLocation("GB", null, null), TermsDiff.locationOf("GB: none"));
        assertEquals(new ProcessingLocation("IN", TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, "Acme: via Pune"),
                TermsDiff.locationOf("IN via Acme: via Pune: STANDARD_CONTRACTUAL_CLAUSES"));
        Change added = TermsDiff.between(VERSION_1, withLocations(
                new ProcessingLocation("PH", null, "Transcribe via Cloud: Manila"))).get(0);
        assertNull(added.before());
        assertEquals(new ProcessingLocation("PH", null, "Transcribe via Cloud: Manila"),
                TermsDiff.locationOf(added.after()));
    }

    /** Version 1 with the provider in the United Kingdom and these locations besides. */
    private static AgreementTerms withLocations(ProcessingLocation... more) {
        List<ProcessingLocation> locations = new ArrayList<>(List.of(new ProcessingLocation("GB", null, null)));
        locations.addAll(List.of(more));
        return new AgreementTerms(VERSION_1.direction(), VERSION_1.purpose(), VERSION_1.lawfulBasis(),
                VERSION_1.categories(), locations, VERSION_1.retentionMonths(), VERSION_1.safeguards(),
                VERSION_1.reviewDate(), VERSION_1.expiresOn()).checked();
    }
}
