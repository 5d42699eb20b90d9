package io.tandem.web.shell;

import io.tandem.workspace.AccountService;
import io.tandem.workspace.CallerProfile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** What the page frame shows of the signed-in user, and signing out. */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    FacesContext facesContext;

    private CallerProfile caller;

    @PostConstruct
    void load() {
        Principal principal = securityContext.getCallerPrincipal();
        caller = principal == null ? null : accounts.profile(principal.getName()).orElse(null);
    }

    public CallerProfile getCaller() {
        return caller;
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
