/**
 * Tenancy: who may see which workspace, from which side, and do what there.
 *
 * <p>Rules: {@link io.tandem.tenancy.Role} (the side each workspace role acts for; the same
 * mapping is the table {@code workspace_roles}, V9), {@link io.tandem.tenancy.Permission} (which
 * roles hold each permission; the pages' buttons and the REST {@code @Requires} read it),
 * {@link io.tandem.tenancy.PartyPrivacy} (rows private to one side) and
 * {@link io.tandem.tenancy.AuditedRecords} (who reads each audited table's events). The entities
 * that define membership live here too: organisations, workspaces, user accounts, memberships.
 *
 * <p>Entry points: {@link io.tandem.tenancy.WorkspaceAccess#require(long)} gives the caller's
 * {@link io.tandem.tenancy.WorkspaceGrant} or ends the call with "not found";
 * {@link io.tandem.tenancy.WorkspaceScope} finds a record only inside that workspace;
 * {@link io.tandem.tenancy.Tenancy} on a service names the caller to PostgreSQL, whose row-level
 * security (V2, V7, V9; {@code tandem_secure_workspace_table}, V8) enforces the same rules a
 * second time.
 *
 * <p>A change here touches: the migrations' SQL functions when a rule changes (a new migration,
 * never a landed one), {@code DatabaseMigrationIT} and {@code RowLevelSecurityIT},
 * {@code WritePermissionMatrixIT} and the README's role table. This package depends on
 * {@code platform} only; every context depends on it.
 */
package io.tandem.tenancy;
