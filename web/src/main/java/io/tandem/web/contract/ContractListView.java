package io.tandem.web.contract;

import io.tandem.contract.ContractDetails;
import io.tandem.contract.ContractService;
import io.tandem.contract.ContractType;
import io.tandem.contract.NewContract;
import io.tandem.web.shell.Messages;
import io.tandem.web.shell.TableRows;
import io.tandem.web.workspace.WorkspacePage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A workspace's contracts, and drafting a new one. */
@Named
@ViewScoped
public class ContractListView extends WorkspacePage {

    private static final long serialVersionUID = 1L;

    @Inject
    ContractService contracts;

    @Inject
    Messages messages;

    private List<ContractDetails> list = List.of();

    private String reference;
    private ContractType type = ContractType.MASTER_AGREEMENT;
    private Long parentId;
    private String title;
    private LocalDate effectiveDate;
    private LocalDate expiryDate;
    private int noticePeriodDays = 90;
    private String renewalTerms;
    private String currency = "GBP";
    private BigDecimal annualValue;
    private BigDecimal monthlyCharges;

    public void load() {
        openWorkspace();
        list = TableRows.of(contracts.contracts(workspaceId));
    }

    public void create() {
        NewContract draft = new NewContract(reference, type, parentId, title, effectiveDate, expiryDate,
                noticePeriodDays, renewalTerms, currency, annualValue, monthlyCharges);
        if (messages.attempt(() -> contracts.create(workspaceId, draft), "contract.list.created")) {
            reference = null;
            title = null;
            list = TableRows.of(contracts.contracts(workspaceId));
        }
    }

    public ContractType[] getTypes() {
        return ContractType.values();
    }

    public List<ContractDetails> getList() {
        return list;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public ContractType getType() {
        return type;
    }

    public void setType(ContractType type) {
        this.type = type;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public int getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public void setNoticePeriodDays(int noticePeriodDays) {
        this.noticePeriodDays = noticePeriodDays;
    }

    public String getRenewalTerms() {
        return renewalTerms;
    }

    public void setRenewalTerms(String renewalTerms) {
        this.renewalTerms = renewalTerms;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getAnnualValue() {
        return annualValue;
    }

    public void setAnnualValue(BigDecimal annualValue) {
        this.annualValue = annualValue;
    }

    public BigDecimal getMonthlyCharges() {
        return monthlyCharges;
    }

    public void setMonthlyCharges(BigDecimal monthlyCharges) {
        this.monthlyCharges = monthlyCharges;
    }
}
