package io.tandem.datasharing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions' terms, field by field: a single value as before and after; a
 * category or location as one change per item added (before null), removed (after null) or, for a
 * category, given another sensitivity. Values are the terms' own codes ("PAYMENT_DATA: HIGH",
 * "IN: STANDARD_CONTRACTUAL_CLAUSES", "PH via Acme Transcribe: none"), as the API answers them;
 * {@link #categoryOf} and {@link #locationOf} read an item back, so that a page can name it in
 * the reader's words.
 */
public final class TermsDiff {

    /** One difference; {@code field} is the terms' component name. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    private static final String VIA = " via ";
    private static final String NO_MECHANISM = "none";

    private TermsDiff() {
    }

    public static List<Change> between(AgreementTerms before, AgreementTerms after) {
        List<Change> changes = new ArrayList<>();
        single(changes, "direction", before, after, AgreementTerms::direction);
        single(changes, "purpose", before, after, AgreementTerms::purpose);
        single(changes, "lawfulBasis", before, after, AgreementTerms::lawfulBasis);
        items(changes, "categories", before.categories().stream().map(TermsDiff::coded).toList(),
                after.categories().stream().map(TermsDiff::coded).toList());
        items(changes, "locations", before.locations().stream().map(TermsDiff::coded).toList(),
                after.locations().stream().map(TermsDiff::coded).toList());
        single(changes, "retentionMonths", before, after, AgreementTerms::retentionMonths);
        single(changes, "safeguards", before, after, AgreementTerms::safeguards);
        single(changes, "reviewDate", before, after, AgreementTerms::reviewDate);
        single(changes, "expiresOn", before, after, AgreementTerms::expiresOn);
        return List.copyOf(changes);
    }

    private static void single(List<Change> changes, String field, AgreementTerms before, AgreementTerms after,
                               Function<AgreementTerms, Object> value) {
        Object old = value.apply(before);
        Object now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.add(new Change(field, old == null ? null : old.toString(), now == null ? null : now.toString()));
        }
    }

    /** Items keyed by what comes before the last ": ": a key on both sides with another value is one change. */
    private static void items(List<Change> changes, String field, List<String> before, List<String> after) {
        for (String old : before) {
            String match = after.stream().filter(now -> key(now).equals(key(old))).findFirst().orElse(null);
            if (match == null) {
                changes.add(new Change(field, old, null));
            } else if (!match.equals(old)) {
                changes.add(new Change(field, old, match));
            }
        }
        for (String now : after) {
            if (before.stream().noneMatch(old -> key(old).equals(key(now)))) {
                changes.add(new Change(field, null, now));
            }
        }
    }

    /** The value comes last and holds no ": ", whereas a sub-processor's name may. */
    private static String key(String item) {
        return item.substring(0, item.lastIndexOf(": "));
    }

    private static String coded(CategoryTerm term) {
        return term.category() + ": " + term.sensitivity();
    }

    private static String coded(ProcessingLocation location) {
        return location.country() + (location.subProcessor() == null ? "" : VIA + location.subProcessor()) + ": "
                + (location.mechanism() == null ? NO_MECHANISM : location.mechanism());
    }

    /** A category item of a change read back: "PAYMENT_DATA: HIGH". */
    public static CategoryTerm categoryOf(String item) {
        return new CategoryTerm(DataCategory.valueOf(key(item)), Sensitivity.valueOf(value(item)));
    }

    /** A location item of a change read back: "PH via Acme Transcribe: none"; a country code has no " via ". */
    public static ProcessingLocation locationOf(String item) {
        String where = key(item);
        int via = where.indexOf(VIA);
        String mechanism = value(item);
        return new ProcessingLocation(via < 0 ? where : where.substring(0, via),
                mechanism.equals(NO_MECHANISM) ? null : TransferMechanism.valueOf(mechanism),
                via < 0 ? null : where.substring(via + VIA.length()));
    }

    private static String value(String item) {
        return item.substring(item.lastIndexOf(": ") + 2);
    }
}
