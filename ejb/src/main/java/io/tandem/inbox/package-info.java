/**
 * Inbox: what waits for the signed-in user, across contexts and workspaces.
 *
 * <p>Rules: an item is what the caller's role and side are to act on now; each context decides
 * that for its own records in an {@link io.tandem.inbox.InboxSource} bean, which this package finds
 * through CDI without importing any context. Items are ordered overdue first, then by due date.
 *
 * <p>Entry point: {@link io.tandem.inbox.InboxService}. A change here touches the home page
 * ({@code index.xhtml}, {@code web.inbox}), the header count in the layout, the workspace home,
 * and the keys {@code inbox.*} in both message bundles.
 */
package io.tandem.inbox;
