package io.tandem.web.datasharing;

import io.tandem.datasharing.CategoryTerm;
import io.tandem.datasharing.ProcessingLocation;
import io.tandem.datasharing.TermsDiff;
import io.tandem.datasharing.TermsDiff.Change;
import io.tandem.platform.Country;
import io.tandem.web.shell.FigureFormat;
import io.tandem.web.shell.MessageText;
import io.tandem.web.shell.Messages;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What changed between two versions of an agreement, in the words the agreement page uses for
 * the same terms: "Both ways" rather than BOTH, "Payment data (High)", "Acme, India, transfer
 * mechanism: Standard contractual clauses", a date as the page writes dates, "24 months". The
 * changes themselves come in the terms' codes ({@link TermsDiff}), as the API answers them.
 */
public final class TermsChangeRows {

    /** One change as the page shows it: the term's label, and the value before and after (empty for none). */
    public record Row(String term, String before, String after) implements Serializable {
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final FigureFormat figures;

    /** In the page's locale; the bundle falls back to English, never to the server's own language. */
    public TermsChangeRows(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        this.figures = new FigureFormat(locale);
    }

    public List<Row> rows(List<Change> changes) {
        return changes.stream().map(change -> new Row(text("datasharing.field." + change.field()),
                value(change.field(), change.before()), value(change.field(), change.after()))).toList();
    }

    /** A value of a field; an item added or removed has none on the other side, and neither has an open end date. */
    private String value(String field, String coded) {
        if (coded == null) {
            return field.equals("expiresOn") ? text("datasharing.expiresOn.none") : "";
        }
        return switch (field) {
            case "direction" -> text("datasharing.direction." + coded);
            case "lawfulBasis" -> text("datasharing.lawfulBasis." + coded);
            case "categories" -> category(TermsDiff.categoryOf(coded));
            case "locations" -> location(TermsDiff.locationOf(coded));
            case "retentionMonths" -> MessageText.format(bundle, "datasharing.retention.months",
                    Integer.parseInt(coded));
            case "reviewDate", "expiresOn" -> figures.date(LocalDate.parse(coded));
            default -> coded;
        };
    }

    private String category(CategoryTerm term) {
        return MessageText.format(bundle, "datasharing.detail.categoryWithSensitivity",
                text("datasharing.category." + term.category()), text("datasharing.sensitivity." + term.sensitivity()));
    }

    private String location(ProcessingLocation location) {
        String country = Country.of(location.country()).map(c -> c.displayName(locale)).orElse(location.country());
        return MessageText.format(bundle, "datasharing.detail.change.location",
                location.subProcessor() == null ? country : location.subProcessor() + ", " + country,
                location.mechanism() == null ? text("datasharing.mechanism.none")
                        : text("datasharing.mechanism." + location.mechanism()));
    }

    private String text(String key) {
        return bundle.getString(key);
    }
}
