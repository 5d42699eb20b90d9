package io.tandem.web.datasharing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.datasharing.AgreementTerms;
import io.tandem.datasharing.CategoryTerm;
import io.tandem.datasharing.DataCategory;
import io.tandem.datasharing.LawfulBasis;
import io.tandem.datasharing.ProcessingLocation;
import io.tandem.datasharing.Sensitivity;
import io.tandem.datasharing.SharingDirection;
import io.tandem.datasharing.TermsDiff;
import io.tandem.datasharing.TermsDiff.Change;
import io.tandem.datasharing.TransferMechanism;
import io.tandem.web.datasharing.TermsChangeRows.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What changed between two versions, in the words the agreement page uses, in English and German. */
class TermsChangeRowsTest {

    private static final AgreementTerms VERSION_1 = new AgreementTerms(SharingDirection.PROVIDER_TO_CLIENT,
            "Monthly reporting", LawfulBasis.CONTRACT,
            List.of(new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.MODERATE),
                    new CategoryTerm(DataCategory.CONTACT_DETAILS, Sensitivity.MODERATE)),
            List.of(new ProcessingLocation("GB", null, null)), 24, "Encrypted transfer",
            LocalDate.of(2027, 6, 30), null).checked();

    private static final AgreementTerms VERSION_2 = new AgreementTerms(SharingDirection.BOTH, "Monthly reporting",
            LawfulBasis.LEGITIMATE_INTERESTS,
            List.of(new CategoryTerm(DataCategory.INTERACTION_RECORDS, Sensitivity.HIGH),
                    new CategoryTerm(DataCategory.PAYMENT_DATA, Sensitivity.HIGH)),
            List.of(new ProcessingLocation("GB", null, null),
                    new ProcessingLocation("IN", TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, "Acme Transcribe")),
            36, "Encrypted transfer", LocalDate.of(2027, 9, 30), LocalDate.of(2028, 12, 31)).checked();

    private final List<Change> changes = TermsDiff.between(VERSION_1, VERSION_2);

    @Test
    void everyCodeReadsAsThePageWritesItInEnglish() {
        assertEquals(List.of(
                new Row("Direction", "Provider to client", "Both ways"),
                new Row("Lawful basis", "Contract", "Legitimate interests"),
                new Row("Data category", "Contact details (Moderate)", ""),
                new Row("Data category", "Interaction records (Moderate)", "Interaction records (High)"),
                new Row("Data category", "", "Payment data (High)"),
                new Row("Location", "", "Acme Transcribe, India, transfer mechanism: Standard contractual clauses"),
                new Row("Retention", "24 months", "36 months"),
                new Row("Review date", "Jun 30, 2027", "Sep 30, 2027"),
                new Row("Ends on", "No end date", "Dec 31, 2028")), new TermsChangeRows(Locale.ENGLISH).rows(changes));
    }

    @Test
    void andInGerman() {
        assertEquals(List.of(
                new Row("Richtung", "Dienstleister an Auftraggeber", "In beide Richtungen"),
                new Row("Rechtsgrundlage", "Vertrag", "Berechtigte Interessen"),
                new Row("Datenkategorie", "Kontaktdaten (Mittel)", ""),
                new Row("Datenkategorie", "Kontaktdatensätze (Mittel)", "Kontaktdatensätze (Hoch)"),
                new Row("Datenkategorie", "", "Zahlungsdaten (Hoch)"),
                new Row("Ort", "", "Acme Transcribe, Indien, Übermittlungsmechanismus: Standardvertragsklauseln"),
                new Row("Aufbewahrung", "24 Monate", "36 Monate"),
                new Row("Überprüfung am", "30.06.2027", "30.09.2027"),
                new Row("Endet am", "Kein Enddatum", "31.12.2028")), new TermsChangeRows(Locale.GERMAN).rows(changes));
    }

    @Test
    void aLocationWithoutSubProcessorOrMechanismIsTheProvidersOwnWithNone() {
        assertEquals(List.of(new Row("Location", "United Kingdom, transfer mechanism: None", "")),
                new TermsChangeRows(Locale.ENGLISH).rows(List.of(new Change("locations", "GB: none", null))));
    }
}
