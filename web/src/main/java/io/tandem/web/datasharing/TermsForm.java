package io.tandem.web.datasharing;

import io.tandem.datasharing.AgreementDetails;
import io.tandem.datasharing.AgreementTerms;
import io.tandem.datasharing.CategoryTerm;
import io.tandem.datasharing.DataCategory;
import io.tandem.datasharing.LawfulBasis;
import io.tandem.datasharing.ProcessingLocation;
import io.tandem.datasharing.Sensitivity;
import io.tandem.datasharing.SharingDirection;
import io.tandem.datasharing.TransferMechanism;
import io.tandem.platform.Country;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An agreement's title and terms as the page edits them: every category from the maintained list
 * with a box to include it and its sensitivity, and a list of locations (a sub-processor's when it
 * names one) that grows by a button.
 */
public class TermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One category of the maintained list: whether the agreement covers it, and at what sensitivity. */
    public static class CategoryChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DataCategory category;
        private boolean included;
        private Sensitivity sensitivity;

        CategoryChoice(DataCategory category) {
            this.category = category;
            this.sensitivity = category.minimum();
        }

        public DataCategory getCategory() {
            return category;
        }

        public boolean isIncluded() {
            return included;
        }

        public void setIncluded(boolean included) {
            this.included = included;
        }

        public Sensitivity getSensitivity() {
            return sensitivity;
        }

        public void setSensitivity(Sensitivity sensitivity) {
            this.sensitivity = sensitivity;
        }
    }

    /** One location row; a blank sub-processor means the provider's own. */
    public static class LocationChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private Country country;
        private TransferMechanism mechanism;
        private String subProcessor;

        public Country getCountry() {
            return country;
        }

        public void setCountry(Country country) {
            this.country = country;
        }

        public TransferMechanism getMechanism() {
            return mechanism;
        }

        public void setMechanism(TransferMechanism mechanism) {
            this.mechanism = mechanism;
        }

        public String getSubProcessor() {
            return subProcessor;
        }

        public void setSubProcessor(String subProcessor) {
            this.subProcessor = subProcessor;
        }
    }

    private String title;
    private SharingDirection direction = SharingDirection.PROVIDER_TO_CLIENT;
    private String purpose;
    private LawfulBasis lawfulBasis = LawfulBasis.CONTRACT;
    private int retentionMonths = 12;
    private String safeguards;
    private LocalDate reviewDate;
    private LocalDate expiresOn;
    private final List<CategoryChoice> categories = new ArrayList<>(
            Arrays.stream(DataCategory.values()).map(CategoryChoice::new).toList());
    private final List<LocationChoice> locations = new ArrayList<>(List.of(new LocationChoice()));

    /** A form holding the agreement's title and the terms of the version it shows. */
    public static TermsForm of(AgreementDetails agreement) {
        TermsForm form = new TermsForm();
        AgreementTerms terms = agreement.shown().terms();
        form.title = agreement.title();
        form.direction = terms.direction();
        form.purpose = terms.purpose();
        form.lawfulBasis = terms.lawfulBasis();
        form.retentionMonths = terms.retentionMonths();
        form.safeguards = terms.safeguards();
        form.reviewDate = terms.reviewDate();
        form.expiresOn = terms.expiresOn();
        for (CategoryTerm term : terms.categories()) {
            CategoryChoice choice = form.categories.get(term.category().ordinal());
            choice.included = true;
            choice.sensitivity = term.sensitivity();
        }
        form.locations.clear();
        for (ProcessingLocation location : terms.locations()) {
            LocationChoice choice = new LocationChoice();
            choice.country = Country.of(location.country()).orElse(null);
            choice.mechanism = location.mechanism();
            choice.subProcessor = location.subProcessor();
            form.locations.add(choice);
        }
        return form;
    }

    public AgreementTerms terms() {
        return new AgreementTerms(direction, purpose, lawfulBasis,
                categories.stream().filter(CategoryChoice::isIncluded)
                        .map(choice -> new CategoryTerm(choice.category, choice.sensitivity)).toList(),
                locations.stream().filter(location -> location.country != null)
                        .map(location -> new ProcessingLocation(location.country.code(), location.mechanism,
                                location.subProcessor == null || location.subProcessor.isBlank() ? null
                                        : location.subProcessor))
                        .toList(),
                retentionMonths, safeguards, reviewDate, expiresOn);
    }

    public void addLocation() {
        locations.add(new LocationChoice());
    }

    public List<CategoryChoice> getCategories() {
        return categories;
    }

    public List<LocationChoice> getLocations() {
        return locations;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SharingDirection getDirection() {
        return direction;
    }

    public void setDirection(SharingDirection direction) {
        this.direction = direction;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(LawfulBasis lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public String getSafeguards() {
        return safeguards;
    }

    public void setSafeguards(String safeguards) {
        this.safeguards = safeguards;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
