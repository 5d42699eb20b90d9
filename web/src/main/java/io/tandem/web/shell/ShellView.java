package io.tandem.web.shell;

import io.tandem.workspace.CallerProfile;
import io.tandem.workspace.PageFrame;
import io.tandem.workspace.PageFrameService;
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

/**
 * What the page frame shows of the signed-in user (who they are, the workspace switcher, the inbox
 * count), read once per request, and signing out.
 */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    SecurityContext securityContext;

    @Inject
    PageFrameService frames;

    @Inject
    FacesContext facesContext;

    private PageFrame frame;

    @PostConstruct
    void load() {
        Principal principal = securityContext.getCallerPrincipal();
        frame = principal == null ? PageFrame.NOBODY : frames.frame();
    }

    public CallerProfile getCaller() {
        return frame.caller();
    }

    public PageFrame frame() {
        return frame;
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
