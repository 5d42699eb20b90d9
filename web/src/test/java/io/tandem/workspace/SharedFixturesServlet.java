package io.tandem.workspace;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test support, deployed only with the test classes and open without a sign-in (see
 * {@code TandemDeployment}), since its answer is what tests sign in with: the tenants tests that
 * run as clients share ({@link SharedFixtures}), created by the first request of the run.
 */
@WebServlet(urlPatterns = "/test-support/fixtures")
public class SharedFixturesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SharedFixtures fixtures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(fixtures.world());
    }
}
