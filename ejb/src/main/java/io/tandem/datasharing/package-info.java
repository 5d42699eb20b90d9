/**
 * Data-sharing agreements: what customer data moves between a workspace's client and provider,
 * which way, why, on what lawful basis, where it is processed and by whom, for how long and under
 * which safeguards; signed by one signatory of each party.
 *
 * <p>Rules: {@link io.tandem.datasharing.LocationClass} classifies a processing country from the
 * client organisation's country (same country onshore; same legal area or region nearshore; else
 * offshore) over the list of countries in {@link io.tandem.platform.Country}; a location outside
 * the client's legal area needs a {@link io.tandem.datasharing.TransferMechanism} before anyone may
 * sign. {@link io.tandem.datasharing.AgreementTerms} checks the terms; the agreement
 * ({@link io.tandem.datasharing.DataSharingAgreement}) is in force only when both parties have
 * signed its current version; a change to signed terms is a new version whose signatures start
 * again ({@link io.tandem.datasharing.TermsDiff} says what changed); either party may revoke it.
 *
 * <p>Entry points: {@link io.tandem.datasharing.DataSharingService} (agreements, versions,
 * signatures, revocation, the register), {@link io.tandem.datasharing.DataSharingCheck} (the gate
 * imports call), {@link io.tandem.datasharing.DataFeedService} (the feed log),
 * {@link io.tandem.datasharing.DataSharingInbox} (to sign, review and end dates due).
 *
 * <p>A change here touches {@code V13__data_sharing.sql}, {@code tenancy.Permission} (the
 * {@code *_DATA_SHARING} permissions and {@code RECORD_DATA_FEEDS}), {@code tenancy.AuditedRecords},
 * the pages under {@code datasharing/} and {@code web.datasharing} (with the PDF,
 * {@code AgreementPdf}), {@code api.datasharing}, and the keys {@code datasharing.*} in both bundles.
 */
package io.tandem.datasharing;
