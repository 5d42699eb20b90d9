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
 * "IN: STANDARD_CONTRACTUAL_CLAUSES", "PH via Acme Transcribe: none").
 */
public final class TermsDiff {

    /** One difference; {@code field} is the terms' component name. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    private TermsDiff() {
    }

    public static List<Change> between(AgreementTerms before, AgreementTerms after) {
        List<Change> changes = new ArrayList<>();
        single(changes, "direction", before, after, AgreementTerms::direction);
        single(changes, "purpose", before, after, AgreementTerms::purpose);
        single(changes, "lawfulBasis", before, after, AgreementTerms::lawfulBasis);
        items(changes, "categories", before.categories().stream().map(TermsDiff::category).toList(),
                after.categories().stream().map(TermsDiff::category).toList());
        items(changes, "locations", before.locations().stream().map(TermsDiff::location).toList(),
                after.locations().stream().map(TermsDiff::location).toList());
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

    /** Items keyed by what comes before ": ": a key on both sides with another value is one change. */
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

    private static String key(String item) {
        return item.substring(0, item.indexOf(": "));
    }

    private static String category(CategoryTerm term) {
        return term.category() + ": " + term.sensitivity();
    }

    private static String location(ProcessingLocation location) {
        return location.country() + (location.subProcessor() == null ? "" : " via " + location.subProcessor()) + ": "
                + (location.mechanism() == null ? "none" : location.mechanism());
    }
}
