package io.tandem.contract;

import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What it takes to draft a contract; {@code parentId} only for amendments. */
public record NewContract(String reference, ContractType type, Long parentId, String title, LocalDate effectiveDate,
                          LocalDate expiryDate, int noticePeriodDays, String renewalTerms, String currency,
                          BigDecimal annualValue, BigDecimal monthlyCharges) {

    ContractTerms terms() {
        if (annualValue == null || monthlyCharges == null) {
            throw new DomainException("contract.amounts.required");
        }
        return new ContractTerms(title, effectiveDate, expiryDate, noticePeriodDays, renewalTerms,
                Money.of("annualValue", annualValue, currency), Money.of("monthlyCharges", monthlyCharges, currency));
    }
}
