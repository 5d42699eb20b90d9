/**
 * Analytics: figures computed from the interaction records, read fast.
 *
 * <p>Rules: {@link io.tandem.analytics.KpiSql} (each computed metric's numerator and denominator
 * over one contact, as SQL; the README states them in words) and
 * {@link io.tandem.analytics.MonthEndProjection} (the month's projected end and what it takes to
 * recover, with worked examples in its test). The conventions themselves belong to the service
 * level: {@code servicelevel.KpiDefinition}, {@code servicelevel.ComputedMetric}.
 *
 * <p>Entry point: {@link io.tandem.analytics.KpiService}. It hears the interaction context's
 * {@code InteractionsChanged} and the service-level context's {@code ComputationChanged}, rewrites
 * the level's 30-minute figures (table kpi_intervals) for the months concerned and hands each
 * month's sums to {@code servicelevel.ComputedMeasurements}, which owns what happens to the
 * measurement (created, changed, back to review).
 *
 * <p>A change here touches: permission {@code VIEW_SERVICE_LEVELS}; pages
 * {@code webapp/analytics} and beans {@code web.analytics}; REST {@code api.analytics}; keys
 * {@code kpi.*} in both message bundles; the scorecard and workspace home (early warning).
 */
package io.tandem.analytics;
