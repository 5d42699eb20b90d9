/**
 * Contract: contracts and amendments, their lifecycle and notice period, the credit regime,
 * obligations and signed documents.
 *
 * <p>Rules: {@link io.tandem.contract.Contract} (status transitions, amendments, notice warning),
 * {@link io.tandem.contract.CreditRegime} (at-risk share and pool cap, bounded),
 * {@link io.tandem.contract.Obligation} with its {@link io.tandem.contract.Recurrence}, and
 * {@link io.tandem.platform.file.DocumentFile} (type from the extension checked against the bytes).
 * A regime change is announced as a {@link io.tandem.contract.RegimeChange} event, so that the
 * service-level context checks its allocations without this context knowing it.
 *
 * <p>Entry points: {@link io.tandem.contract.ContractService},
 * {@link io.tandem.contract.ObligationService},
 * {@link io.tandem.contract.ContractDocumentService}.
 *
 * <p>A change here touches: permissions {@code VIEW_CONTRACTS}, {@code MANAGE_CONTRACTS} in
 * {@code tenancy.Permission}; tables {@code contracts}, {@code obligations},
 * {@code contract_documents} in {@code tenancy.AuditedRecords}; pages {@code webapp/contract}
 * and beans {@code web.contract}; REST {@code api.contract}; the contracts tab in
 * {@code WEB-INF/templates/workspace-tabs.xhtml}; keys {@code contract.*} in both message
 * bundles; demo data.
 */
package io.tandem.contract;
