package io.tandem.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mends a leak in the server's Faces implementation (Mojarra 4.0.11, in Payara 6.2025.10). For every
 * view that makes a {@code @ViewScoped} bean, Mojarra keeps a map of the view's beans in the session,
 * keyed by the view map's id ({@value #VIEW_CONTEXTS}). When the view map drops out of the session's
 * last views ({@value #VIEW_MAPS}, 25 by default) it destroys the beans but keeps that entry, so a
 * session grew by about 400 bytes with every page it was shown until it ended: the 20 sessions of the
 * dashboards bench held 50,000 such entries (20 MB of the 512 MB heap) after fifteen minutes. After
 * each request this removes the entries of the view maps Mojarra no longer keeps. Both names are
 * Mojarra's own; should a later version rename them, nothing is removed and nothing breaks.
 */
@WebFilter(servletNames = "Faces Servlet")
public class ViewScopeStorageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    prune(session.getAttribute(VIEW_CONTEXTS), session.getAttribute(VIEW_MAPS));
                } catch (IllegalStateException invalidated) {
                    // signed out, or timed out, during the request: the session's maps went with it
                }
            }
        }
    }

    /**
     * Removes from {@code contexts} the entries of view maps that {@code viewMaps} no longer holds.
     * The entries are listed before the view maps are: Mojarra adds a view map before any entry for
     * it, so an entry listed first whose view map is then missing belongs to a view map already
     * dropped (and its beans destroyed), never to one a concurrent request of the session has just
     * made. Mojarra guards the view maps with their own lock, and the entries are a concurrent map.
     */
    static void prune(Object contexts, Object viewMaps) {
        if (!(contexts instanceof Map<?, ?> entries) || !(viewMaps instanceof Map<?, ?> maps)) {
            return;
        }
        List<?> listed = List.copyOf(entries.keySet());
        Set<Object> kept;
        synchronized (maps) {
            kept = new HashSet<>(maps.keySet());
        }
        listed.stream().filter(id -> !kept.contains(id)).forEach(entries::remove);
    }
}
