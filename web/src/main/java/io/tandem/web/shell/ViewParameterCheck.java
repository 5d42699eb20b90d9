package io.tandem.web.shell;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;

/**
 * For every page: an address whose view parameter does not convert ({@code ?workspace=abc}, a
 * number too long for an id, a month that is not one) names nothing, so it answers 404 like a
 * record the caller may not see, before any view action runs. Registered in faces-config.xml.
 */
public class ViewParameterCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (root == null || context.getResponseComplete()) {
            return;
        }
        if (ViewMetadata.getViewParameters(root).stream().anyMatch(parameter -> !parameter.isValid())) {
            try {
                context.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the parameters are converted
    }
}
