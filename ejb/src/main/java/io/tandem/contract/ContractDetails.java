package io.tandem.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as pages and the API show it. The regime figures are null until a regime is set;
 * {@code version} goes back with every change, so that a stale edit is refused, not applied. The
 * notice warning applies to contracts in force only.
 */
public record ContractDetails(long id, String reference, ContractType type, String parentReference, String title,
                              LocalDate effectiveDate, LocalDate expiryDate, int noticePeriodDays, LocalDate noticeDate,
                              String renewalTerms, String currency, BigDecimal annualValue, BigDecimal monthlyCharges,
                              ContractStatus status, List<ContractStatus> nextStatuses, BigDecimal atRiskPercent,
                              BigDecimal poolAllocationCapPercent, Integer earnBackPeriods,
                              BigDecimal continuousImprovementPercent, BigDecimal clientGainSharePercent,
                              NoticeWarning noticeWarning, long version) implements Serializable {

    static ContractDetails of(Contract contract, LocalDate today) {
        ContractTerms terms = contract.terms();
        CreditRegime regime = contract.creditRegime().orElse(null);
        return new ContractDetails(contract.id(), contract.reference(), contract.type(),
                contract.parent() == null ? null : contract.parent().reference(), terms.title(), terms.effectiveDate(),
                terms.expiryDate(), terms.noticePeriodDays(), terms.noticeDate(), terms.renewalTerms(),
                terms.monthlyCharges().currencyCode(), terms.annualValue().amount(), terms.monthlyCharges().amount(),
                contract.status(), contract.status().next().stream().sorted().toList(),
                regime == null ? null : regime.atRiskPercent(),
                regime == null ? null : regime.poolAllocationCapPercent(),
                regime == null ? null : regime.earnBackPeriods(),
                regime == null ? null : regime.continuousImprovementPercent(),
                regime == null ? null : regime.clientGainSharePercent(),
                contract.status() == ContractStatus.ACTIVE ? terms.noticeWarning(today) : NoticeWarning.NONE,
                contract.version());
    }
}
