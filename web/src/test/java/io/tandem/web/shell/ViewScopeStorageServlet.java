package io.tandem.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * Test support, deployed only with the test classes: how many view maps Mojarra keeps in the
 * caller's session and how many entries of view-scoped beans it holds, as "entries view-maps"
 * ({@link ViewScopeStorageFilter}); "none" without a session or without Mojarra's maps.
 */
@WebServlet(urlPatterns = "/test-support/view-scope")
public class ViewScopeStorageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        HttpSession session = request.getSession(false);
        Object entries = session == null ? null : session.getAttribute(ViewScopeStorageFilter.VIEW_CONTEXTS);
        Object viewMaps = session == null ? null : session.getAttribute(ViewScopeStorageFilter.VIEW_MAPS);
        if (entries instanceof Map<?, ?> contexts && viewMaps instanceof Map<?, ?> maps) {
            synchronized (maps) {
                response.getWriter().print(contexts.size() + " " + maps.size());
            }
        } else {
            response.getWriter().print("none");
        }
    }
}
