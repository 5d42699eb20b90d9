package io.tandem.web.datasharing;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.tandem.datasharing.AgreementDetails;
import io.tandem.datasharing.CategoryTerm;
import io.tandem.datasharing.VersionDetails;
import io.tandem.datasharing.VersionDetails.LocationDetails;
import io.tandem.datasharing.VersionDetails.SignatureDetails;
import io.tandem.platform.Country;
import io.tandem.tenancy.Party;
import io.tandem.web.shell.FigureFormat;
import io.tandem.web.shell.MessageText;
import io.tandem.web.shell.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * One version of a data-sharing agreement as a PDF (OpenPDF): the parties, every term, each
 * location with its class and transfer mechanism, and who signed for each party and when (UTC),
 * or that they have not. Worded from the message bundles in the language asked for.
 */
@ApplicationScoped
public class AgreementPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    public static String fileName(AgreementDetails agreement) {
        return "data-sharing-agreement-" + agreement.id() + "-v" + agreement.shown().number() + ".pdf";
    }

    public byte[] write(AgreementDetails agreement, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        Words words = new Words(bundle, locale);
        VersionDetails version = agreement.shown();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.addTitle(agreement.title());
            document.add(new Paragraph(agreement.title(), TITLE));
            document.add(new Paragraph(words.format("datasharing.pdf.subtitle", agreement.clientName(),
                    agreement.providerName(), version.number(), words.text("datasharing.status." + agreement.status())),
                    TEXT));
            PdfPTable terms = table(words.text("datasharing.pdf.terms"));
            row(terms, words.text("datasharing.direction"), words.text("datasharing.direction." + version.terms().direction()));
            row(terms, words.text("datasharing.purpose"), version.terms().purpose());
            row(terms, words.text("datasharing.lawfulBasis"),
                    words.text("datasharing.lawfulBasis." + version.terms().lawfulBasis()));
            row(terms, words.text("datasharing.categories"), version.terms().categories().stream()
                    .map(words::category).collect(Collectors.joining("\n")));
            row(terms, words.text("datasharing.retention"),
                    words.format("datasharing.retention.months", version.terms().retentionMonths()));
            row(terms, words.text("datasharing.safeguards"), version.terms().safeguards());
            row(terms, words.text("datasharing.reviewDate"), words.figures.date(version.terms().reviewDate()));
            row(terms, words.text("datasharing.expiresOn"), version.terms().expiresOn() == null
                    ? words.text("datasharing.expiresOn.none") : words.figures.date(version.terms().expiresOn()));
            document.add(terms);
            PdfPTable locations = table(words.format("datasharing.pdf.locations",
                    words.country(agreement.clientCountry())));
            for (LocationDetails location : version.locations()) {
                row(locations, words.location(location), words.locationTerms(location));
            }
            document.add(locations);
            PdfPTable signatures = table(words.text("datasharing.signatures"));
            for (Party party : List.of(Party.CLIENT, Party.PROVIDER)) {
                SignatureDetails signature = version.signatures().stream().filter(s -> s.party() == party)
                        .findFirst().orElse(null);
                row(signatures, party == Party.CLIENT ? agreement.clientName() : agreement.providerName(),
                        signature == null ? words.text("datasharing.signature.none")
                                : words.format("datasharing.signature.by", signature.signedBy(), signature.organisation(),
                                words.timestamp.format(signature.signedAt().atZoneSameInstant(ZoneOffset.UTC))));
            }
            document.add(signatures);
            if (agreement.revokedAt() != null) {
                document.add(new Paragraph(words.format("datasharing.pdf.revoked", agreement.revokedBy(),
                        words.timestamp.format(agreement.revokedAt().atZoneSameInstant(ZoneOffset.UTC)),
                        agreement.revocationReason()), TEXT));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(String heading) {
        PdfPTable table = new PdfPTable(new float[] {1, 2.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        PdfPCell head = new PdfPCell(new Phrase(heading, HEADING));
        head.setColspan(2);
        head.setBorder(PdfPCell.BOTTOM);
        table.addCell(head);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell left = new PdfPCell(new Phrase(label, HEADING));
        PdfPCell right = new PdfPCell(new Phrase(value, TEXT));
        left.setBorder(PdfPCell.NO_BORDER);
        right.setBorder(PdfPCell.NO_BORDER);
        table.addCell(left);
        table.addCell(right);
    }

    /** The bundle's words in one language. */
    private static final class Words {

        private final ResourceBundle bundle;
        private final Locale locale;
        private final FigureFormat figures;
        private final DateTimeFormatter timestamp;

        Words(ResourceBundle bundle, Locale locale) {
            this.bundle = bundle;
            this.locale = locale;
            this.figures = new FigureFormat(locale);
            this.timestamp = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale);
        }

        String text(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return MessageText.format(bundle, key, arguments);
        }

        String country(String code) {
            return Country.of(code).map(c -> c.displayName(locale)).orElse(code);
        }

        String category(CategoryTerm term) {
            return text("datasharing.category." + term.category()) + " (" + text("datasharing.sensitivity."
                    + term.sensitivity()) + ")";
        }

        String location(LocationDetails location) {
            return location.subProcessor() == null ? country(location.country())
                    : location.subProcessor() + ", " + country(location.country());
        }

        String locationTerms(LocationDetails location) {
            String mechanism = location.mechanism() != null ? text("datasharing.mechanism." + location.mechanism())
                    : location.mechanismNeeded() ? text("datasharing.mechanism.missing")
                    : text("datasharing.mechanism.notNeeded");
            return text("datasharing.locationClass." + location.locationClass()) + " · " + mechanism;
        }
    }
}
