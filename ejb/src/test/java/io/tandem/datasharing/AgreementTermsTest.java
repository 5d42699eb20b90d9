package io.tandem.datasharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.platform.Country;
import io.tandem.platform.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTermsTest {

    static AgreementTerms terms(List<CategoryTerm> categories, List<ProcessingLocation> locations) {
        return new AgreementTerms(SharingDirection.PROVIDER_TO_CLIENT, "Monthly performance reporting",
                LawfulBasis.CONTRACT, categories, locations, 24, "Encrypted transfer, access by named analysts",
                LocalDate.of(2027, 6, 30), null);
    }

    static final List<CategoryTerm> INTERACTIONS = List.of(
            new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.MODERATE));

    @Test
    void listsAreSortedSoThatEqualTermsAreEqual() {
        AgreementTerms one = terms(List.of(new CategoryTerm(DataCategory.TRANSCRIPTS, Sensitivity.HIGH),
                        new CategoryTerm(DataCategory.CONTACT_DETAILS, Sensitivity.MODERATE)),
                List.of(new ProcessingLocation("in", TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, null),
                        new ProcessingLocation("GB", null, null))).checked();
        AgreementTerms other = terms(List.of(new CategoryTerm(DataCategory.CONTACT_DETAILS, Sensitivity.MODERATE),
                        new CategoryTerm(DataCategory.TRANSCRIPTS, Sensitivity.HIGH)),
                List.of(new ProcessingLocation("GB", null, null),
                        new ProcessingLocation("IN", TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, null))).checked();

        assertEquals(one, other);
        assertEquals("GB", one.locations().get(0).country());
    }

    @Test
    void aSensitivityBelowTheCategorysMinimumIsRefused() {
        DomainException refused = assertThrows(DomainException.class, () -> terms(
                List.of(new CategoryTerm(DataCategory.PAYMENT_DATA, Sensitivity.MODERATE)),
                List.of(new ProcessingLocation("GB", null, null))).checked());

        assertEquals("datasharing.terms.category.tooLow", refused.messageKey());
        assertEquals(List.of("PAYMENT_DATA", "HIGH"), refused.arguments());
    }

    @Test
    void anUnknownCountryIsRefusedByItsCode() {
        DomainException refused = assertThrows(DomainException.class,
                () -> terms(INTERACTIONS, List.of(new ProcessingLocation("XX", null, null))).checked());

        assertEquals("common.country.unknown", refused.messageKey());
    }

    @Test
    void locationsOutsideTheClientsLegalAreaWithoutAMechanismAreNamed() {
        AgreementTerms terms = terms(INTERACTIONS, List.of(new ProcessingLocation("GB", null, null),
                new ProcessingLocation("IN", null, null),
                new ProcessingLocation("PH", TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, "Acme Transcribe")))
                .checked();

        assertEquals(List.of(new ProcessingLocation("IN", null, null)), terms.withoutMechanism(Country.GB));
        assertEquals(LocationClass.OFFSHORE, terms.furthest(Country.GB));
    }

    @Test
    void anAgreementBothWaysCoversEitherDirection() {
        AgreementTerms terms = terms(INTERACTIONS, List.of(new ProcessingLocation("GB", null, null))).checked();

        assertTrue(terms.covers(DataCategory.INTERACTION_RECORDS, SharingDirection.PROVIDER_TO_CLIENT));
        assertFalse(terms.covers(DataCategory.INTERACTION_RECORDS, SharingDirection.CLIENT_TO_PROVIDER));
        assertFalse(terms.covers(DataCategory.CALL_RECORDINGS, SharingDirection.PROVIDER_TO_CLIENT));
        assertTrue(SharingDirection.BOTH.covers(SharingDirection.CLIENT_TO_PROVIDER));
    }
}
