/**
 * Dashboards: a workspace's service levels at a glance (attainment, trends against the expected
 * and minimum levels, credits for the period, the year to date and pending earn-back, contact
 * volumes by channel and queue) and the client's portfolio of workspaces side by side.
 *
 * <p>Rules: {@link io.tandem.dashboard.Attainment} (months met and breached of the settled ones),
 * {@link io.tandem.dashboard.CreditTotals} (period, year to date, pending earn-back, per currency).
 * Entry point: {@link io.tandem.dashboard.DashboardService}. It reads figures already aggregated:
 * results and credits through {@code servicelevel.CreditService}, kept per workspace in
 * {@link io.tandem.dashboard.DashboardSnapshots} until the workspace's audit chain moves; volumes
 * from {@code dashboard_volumes} ({@link io.tandem.dashboard.VolumeSource}, kept by
 * {@link io.tandem.dashboard.VolumeAggregates} on {@code interaction.InteractionsChanged});
 * projected breaches from a {@link io.tandem.dashboard.ProjectionSource}: the early warning of the
 * computed levels ({@link io.tandem.dashboard.EarlyWarningProjections}).
 *
 * <p>Touches: pages {@code dashboard/} and beans {@code web.dashboard}, REST {@code api.dashboard},
 * the tab in {@code workspace-tabs.xhtml} and the portfolio link in the header.
 */
package io.tandem.dashboard;
