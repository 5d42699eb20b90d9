/**
 * Interaction records: one row per customer contact (a call, chat, e-mail...), imported per
 * workspace from CSV files, from which the service levels' figures can be computed once, for both
 * sides.
 *
 * <p>Rules: {@link io.tandem.interaction.InteractionFile} (the CSV format read as a stream: header,
 * columns, line numbers), {@link io.tandem.interaction.InteractionStaging} (COPY into a staging
 * table, every check on the fields in one SQL query, one insert; the workspace's lock),
 * {@link io.tandem.interaction.InteractionImport} (stored, rejected, deleted). The table
 * {@code interactions} is partitioned by month of the offered time (V10); a contact belongs to
 * the month it was offered in.
 *
 * <p>Entry point: {@link io.tandem.interaction.InteractionImportService}. It fires
 * {@link io.tandem.interaction.InteractionsChanged} when rows are stored or removed, inside the
 * transaction; {@code analytics.KpiService} observes it and recomputes the months' figures.
 *
 * <p>A change here touches: permission {@code IMPORT_INTERACTIONS} in {@code tenancy.Permission}
 * (reading goes with {@code VIEW_SERVICE_LEVELS}); {@code interaction_imports} in
 * {@code tenancy.AuditedRecords}; the page {@code webapp/interaction/imports.xhtml} and bean
 * {@code web.interaction}; REST {@code api.interaction}; the tab in
 * {@code WEB-INF/templates/workspace-tabs.xhtml}; keys {@code interaction.*} in both message
 * bundles; the sample file {@code webapp/interaction/sample.csv}; demo data; the README's CSV format.
 */
package io.tandem.interaction;
