package io.tandem.web.security;

import io.tandem.web.shell.Messages;
import io.tandem.workspace.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The sign-in form. Its page is stateless (no view state, so no session before signing in); the
 * page to continue to comes with it in the address and goes back with the form.
 */
@Named
@RequestScoped
public class LoginView {

    private static final Map<SignInOutcome.Result, String> REFUSALS = Map.of(
            SignInOutcome.Result.BAD_CREDENTIALS, "login.failed",
            SignInOutcome.Result.DEACTIVATED, "login.deactivated",
            SignInOutcome.Result.LOCKED, "login.locked");

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    Messages messages;

    private String email;

    private String password;

    private String continueTo;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!SignInRequest.sameOrigin(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getHeader("Host"))) {
            messages.error("login.crossSite");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + SignInRequest.localPath(continueTo).orElse("/"));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            facesContext.responseComplete();
        } else {
            // No result when the check never ran: the same answer as a wrong password.
            Object result = request.getAttribute(TandemAuthenticationMechanism.SIGN_IN_RESULT);
            messages.error(result == null ? "login.failed" : REFUSALS.getOrDefault(result, "login.failed"));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
