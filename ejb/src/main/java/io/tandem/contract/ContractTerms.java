package io.tandem.contract;

import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import java.time.LocalDate;

/**
 * A contract's dates and commercial terms, checked together: it ends after it starts, the notice
 * period fits inside it, and both amounts are in one currency.
 */
public record ContractTerms(String title, LocalDate effectiveDate, LocalDate expiryDate, int noticePeriodDays,
                            String renewalTerms, Money annualValue, Money monthlyCharges) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int RENEWAL_TERMS_MAX_LENGTH = 2000;

    public ContractTerms {
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > TITLE_MAX_LENGTH) {
            throw new DomainException("contract.title.invalid", TITLE_MAX_LENGTH);
        }
        if (effectiveDate == null || expiryDate == null) {
            throw new DomainException("contract.dates.required");
        }
        if (!expiryDate.isAfter(effectiveDate)) {
            throw new DomainException("contract.dates.expiryBeforeEffective");
        }
        if (noticePeriodDays < 0 || effectiveDate.plusDays(noticePeriodDays).isAfter(expiryDate)) {
            throw new DomainException("contract.notice.invalid");
        }
        renewalTerms = renewalTerms == null ? "" : renewalTerms.strip();
        if (renewalTerms.length() > RENEWAL_TERMS_MAX_LENGTH) {
            throw new DomainException("contract.renewalTerms.tooLong", RENEWAL_TERMS_MAX_LENGTH);
        }
        if (annualValue == null || monthlyCharges == null) {
            throw new DomainException("contract.amounts.required");
        }
        if (!annualValue.currencyCode().equals(monthlyCharges.currencyCode())) {
            throw new DomainException("money.currency.mismatch", annualValue.currencyCode(),
                    monthlyCharges.currencyCode());
        }
        if (annualValue.amount().signum() < 0 || monthlyCharges.amount().signum() < 0) {
            throw new DomainException("contract.amounts.negative");
        }
    }

    /** How many days ahead of the notice date the parties are warned. */
    public static final int NOTICE_WARNING_DAYS = 90;

    /**
     * For a contract in force: approaching from {@value #NOTICE_WARNING_DAYS} days before the
     * notice date up to and including it, passed after it until expiry.
     */
    public NoticeWarning noticeWarning(LocalDate today) {
        LocalDate noticeDate = noticeDate();
        if (today.isAfter(expiryDate)) {
            return NoticeWarning.NONE;
        }
        if (today.isAfter(noticeDate)) {
            return NoticeWarning.PASSED;
        }
        return today.isBefore(noticeDate.minusDays(NOTICE_WARNING_DAYS)) ? NoticeWarning.NONE : NoticeWarning.APPROACHING;
    }

    /** The last day on which notice can be given to end the contract at expiry. */
    public LocalDate noticeDate() {
        return expiryDate.minusDays(noticePeriodDays);
    }
}
