package io.tandem.web.shell;

import io.tandem.platform.DomainException;
import io.tandem.platform.bulk.RejectedLinesException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.ResourceBundle;

/** Faces messages whose text comes from the resource bundle in the viewer's language. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "io.tandem.web.messages";

    @Inject
    FacesContext facesContext;

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /**
     * Runs one user action: on success says so with the given key; when a business rule refuses,
     * shows the rule's own message; when someone else changed the same record first, says so
     * rather than overwrite their change. Returns whether it succeeded.
     */
    public boolean attempt(Runnable action, String successKey) {
        try {
            action.run();
            info(successKey);
            return true;
        } catch (DomainException e) {
            error(e.messageKey(), e.arguments().toArray());
            return false;
        } catch (EJBException e) {
            if (!causedByConcurrentEdit(e)) {
                throw e;
            }
            error("common.conflict");
            return false;
        }
    }

    private static boolean causedByConcurrentEdit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** Shows that a file was refused and returns each rejected line's reason, "Line 3: ...", for the page. */
    public List<String> rejected(RejectedLinesException e) {
        error(e.messageKey(), e.arguments().toArray());
        return e.errors().stream().map(line -> text("platform.bulk.line", line.lineNumber(),
                text(line.messageKey(), line.arguments().toArray()))).toList();
    }

    public String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, facesContext.getViewRoot().getLocale());
        return MessageText.format(bundle, key, arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        facesContext.addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }
}
