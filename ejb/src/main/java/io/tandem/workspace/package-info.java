/**
 * Workspace: what people do around a workspace rather than inside one of its contexts.
 *
 * <p>Rules: the workspace overview a page opens with (what the caller may do, who the members
 * are), internal notes private to one side, sign-in with lock-out
 * ({@link io.tandem.workspace.SignInAttempt}), passwords, API tokens, and the administration of
 * organisations, users and memberships by platform and organisation administrators, and what the
 * frame of every page shows of the caller ({@link io.tandem.workspace.PageFrame}: who they are, the
 * workspaces to switch to, what waits for them, read in one transaction).
 *
 * <p>Entry points: {@link io.tandem.workspace.WorkspaceService},
 * {@link io.tandem.workspace.InternalNoteService}, {@link io.tandem.workspace.SignInService},
 * {@link io.tandem.workspace.ProfileService},
 * {@link io.tandem.workspace.UserAdministrationService},
 * {@link io.tandem.workspace.PlatformAdministrationService} and
 * {@link io.tandem.workspace.PageFrameService}.
 *
 * <p>A change here touches: pages {@code webapp/workspace}, {@code webapp/admin},
 * {@code profile.xhtml} and their beans in {@code web.workspace}, {@code web.admin},
 * {@code web.shell}; REST in {@code api.workspace}; message bundles; demo data. Who may do what
 * is decided in {@code tenancy}, not here.
 */
package io.tandem.workspace;
