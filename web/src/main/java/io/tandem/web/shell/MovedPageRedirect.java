package io.tandem.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Pages that once lived under {@code /workspace/} and now live in their context's folder: an
 * address users may have bookmarked is answered with a permanent redirect to the page's new
 * address, query string unchanged. A GET or HEAD gets 301; any other method 308, so that a form
 * sent from a page left open across the move is sent again, as it was, to the new address.
 * The redirect says nothing a caller could not know: the page it names still checks who may see
 * what, and the sign-in the whole application requires comes first.
 */
@WebFilter(urlPatterns = "/workspace/*")
public class MovedPageRedirect extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Old address to new, both from the application's root. */
    static final Map<String, String> MOVED = Map.ofEntries(
            Map.entry("/workspace/contracts.xhtml", "/contract/contracts.xhtml"),
            Map.entry("/workspace/contract.xhtml", "/contract/contract.xhtml"),
            Map.entry("/workspace/service-levels.xhtml", "/servicelevel/service-levels.xhtml"),
            Map.entry("/workspace/measurements.xhtml", "/servicelevel/measurements.xhtml"),
            Map.entry("/workspace/measurement.xhtml", "/servicelevel/measurement.xhtml"),
            Map.entry("/workspace/reliefs.xhtml", "/servicelevel/reliefs.xhtml"),
            Map.entry("/workspace/scorecard.xhtml", "/servicelevel/scorecard.xhtml"),
            Map.entry("/workspace/credits.xhtml", "/servicelevel/credits.xhtml"),
            Map.entry("/workspace/credit-simulator.xhtml", "/servicelevel/credit-simulator.xhtml"),
            Map.entry("/workspace/audit.xhtml", "/audit/audit.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> moved = newAddress(request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo()), request.getQueryString());
        if (moved.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", request.getContextPath() + moved.get());
    }

    /** The new address, from the application's root, of a moved page; empty for any other path. */
    static Optional<String> newAddress(String path, String query) {
        return Optional.ofNullable(MOVED.get(path)).map(page -> query == null ? page : page + "?" + query);
    }
}
