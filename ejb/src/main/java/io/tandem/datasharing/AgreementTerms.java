package io.tandem.datasharing;

import io.tandem.platform.Country;
import io.tandem.platform.DomainException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the parties agree to, all of which their signatures cover (a change to any of it is a
 * material edit): direction, purpose, categories with their sensitivity, lawful basis, processing
 * locations and sub-processors with their countries and transfer mechanisms, retention, safeguards,
 * the review date and, optionally, the date it ends. {@link #checked()} applies the rules and
 * puts the lists in a fixed order, so that two equal sets of terms are equal records.
 */
public record AgreementTerms(SharingDirection direction, String purpose, LawfulBasis lawfulBasis,
                             List<CategoryTerm> categories, List<ProcessingLocation> locations,
                             int retentionMonths, String safeguards, LocalDate reviewDate, LocalDate expiresOn)
        implements Serializable {

    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int NAME_MAX_LENGTH = 200;
    public static final int RETENTION_MAX_MONTHS = 120;

    /** The terms with every rule applied, text trimmed and lists sorted; or a refusal naming the first fault. */
    public AgreementTerms checked() {
        if (direction == null) {
            throw new DomainException("datasharing.terms.direction.required");
        }
        if (lawfulBasis == null) {
            throw new DomainException("datasharing.terms.lawfulBasis.required");
        }
        String checkedPurpose = text(purpose, "datasharing.terms.purpose.invalid");
        String checkedSafeguards = text(safeguards, "datasharing.terms.safeguards.invalid");
        if (retentionMonths < 1 || retentionMonths > RETENTION_MAX_MONTHS) {
            throw new DomainException("datasharing.terms.retention.invalid", RETENTION_MAX_MONTHS);
        }
        if (reviewDate == null) {
            throw new DomainException("datasharing.terms.reviewDate.required");
        }
        if (expiresOn != null && expiresOn.isBefore(reviewDate)) {
            throw new DomainException("datasharing.terms.expiresOn.beforeReview");
        }
        return new AgreementTerms(direction, checkedPurpose, lawfulBasis, checkedCategories(), checkedLocations(),
                retentionMonths, checkedSafeguards, reviewDate, expiresOn).sorted();
    }

    /** The same terms with categories by category, then the provider's locations, then sub-processors' by name. */
    public AgreementTerms sorted() {
        List<ProcessingLocation> sortedLocations = new ArrayList<>(locations);
        sortedLocations.sort(Comparator.comparing((ProcessingLocation l) -> l.subProcessor() != null)
                .thenComparing(l -> l.subProcessor() == null ? "" : l.subProcessor())
                .thenComparing(ProcessingLocation::country));
        return new AgreementTerms(direction, purpose, lawfulBasis,
                categories.stream().sorted(Comparator.comparing(CategoryTerm::category)).toList(),
                List.copyOf(sortedLocations), retentionMonths, safeguards, reviewDate, expiresOn);
    }

    private List<CategoryTerm> checkedCategories() {
        if (categories == null || categories.isEmpty()) {
            throw new DomainException("datasharing.terms.categories.required");
        }
        Set<DataCategory> seen = new HashSet<>();
        for (CategoryTerm term : categories) {
            if (term == null || term.category() == null || term.sensitivity() == null) {
                throw new DomainException("datasharing.terms.category.incomplete");
            }
            if (!seen.add(term.category())) {
                throw new DomainException("datasharing.terms.category.duplicate", term.category().name());
            }
            if (term.sensitivity().compareTo(term.category().minimum()) < 0) {
                throw new DomainException("datasharing.terms.category.tooLow", term.category().name(),
                        term.category().minimum().name());
            }
        }
        return categories;
    }

    private List<ProcessingLocation> checkedLocations() {
        if (locations == null || locations.stream().noneMatch(l -> l != null && l.subProcessor() == null)) {
            throw new DomainException("datasharing.terms.locations.required");
        }
        List<ProcessingLocation> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProcessingLocation location : locations) {
            if (location == null) {
                throw new DomainException("datasharing.terms.locations.required");
            }
            Country country = Country.require(location.country());
            String subProcessor = location.subProcessor() == null ? null
                    : name(location.subProcessor());
            if (!seen.add((subProcessor == null ? "" : subProcessor.toLowerCase()) + "|" + country)) {
                throw new DomainException("datasharing.terms.location.duplicate", country.code());
            }
            checked.add(new ProcessingLocation(country.code(), location.mechanism(), subProcessor));
        }
        return checked;
    }

    /** Whether data of this kind moving this way is covered. */
    public boolean covers(DataCategory category, SharingDirection moving) {
        return coversCategory(category) && direction.covers(moving);
    }

    public boolean coversCategory(DataCategory category) {
        return categories.stream().anyMatch(term -> term.category() == category);
    }

    /** Locations outside the client's legal area that name no transfer mechanism: no signature until there are none. */
    public List<ProcessingLocation> withoutMechanism(Country client) {
        return locations.stream()
                .filter(l -> l.mechanism() == null && LocationClass.needsMechanism(client, Country.require(l.country())))
                .toList();
    }

    /** The furthest of the locations, for the register. */
    public LocationClass furthest(Country client) {
        return locations.stream().map(l -> LocationClass.of(client, Country.require(l.country())))
                .max(Comparator.naturalOrder()).orElse(LocationClass.ONSHORE);
    }

    private static String text(String value, String key) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > TEXT_MAX_LENGTH) {
            throw new DomainException(key, TEXT_MAX_LENGTH);
        }
        return trimmed;
    }

    static String name(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
            throw new DomainException("datasharing.terms.subProcessor.invalid", NAME_MAX_LENGTH);
        }
        return trimmed;
    }
}
