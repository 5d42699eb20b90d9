/**
 * Audit: reading and verifying a workspace's hash-chained trail. Events are written by the
 * database (the trigger {@code tandem_audit_row}, V2), never by Java, so no write can skip them.
 *
 * <p>Rules: a caller reads the events of the tables their grant may read
 * ({@link io.tandem.tenancy.AuditedRecords}) and never the other side's private events;
 * {@link io.tandem.audit.AuditService#verify(long)} recomputes the chain; an export holds at most
 * {@link io.tandem.audit.AuditService#MAX_EXPORT_EVENTS} events. What an event changed, field by
 * field, is {@link io.tandem.audit.AuditChanges}; people are shown by name and organisation.
 *
 * <p>Entry point: {@link io.tandem.audit.AuditService}. A change here touches the page
 * {@code webapp/audit/audit.xhtml} and {@code web.audit}, REST in {@code api.audit}, and the
 * message bundles (record kinds and actions are labelled there). A context that adds an audited
 * table adds it to {@code AuditedRecords}; {@code AuditedRecordsTest} fails until it does.
 */
package io.tandem.audit;
