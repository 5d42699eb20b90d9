package io.tandem.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectBoolean;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.password.Password;

/**
 * A form sent from a page whose view state has expired (the session kept too many newer views,
 * or the sign-in page was left open longer than a session lasts) or was forged: nothing is done,
 * and the browser goes back to the same page, by a redirect (a partial-response redirect for an
 * AJAX request), which says "Your page expired, please try again". What the user typed is put
 * back into its fields when the form demonstrably came from that very page of Tandem's (its
 * Referer is the page, on this host), so a form another site forges cannot fill in ours;
 * passwords are never kept. {@link AccessExceptionHandler} sends the user back; registered in
 * faces-config.xml for {@code PreRenderViewEvent}, this shows the message and the input once.
 */
public class ExpiredView implements SystemEventListener {

    private static final String PENDING = "io.tandem.expiredView";
    private static final int MAX_FIELDS = 100;
    private static final int MAX_FIELD_LENGTH = 10_000;

    /** What the next rendering of the page shows: the message, and the fields as the user left them. */
    record Pending(String viewId, Map<String, String> inputs) implements Serializable {
    }

    static void sendBack(FacesContext context, ViewExpiredException expired) throws IOException {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String viewId = expired.getViewId() != null ? expired.getViewId() : external.getRequestServletPath();
        // Exactly one leading slash: the address stays on this server whatever the request said.
        String page = external.getRequestContextPath() + "/" + viewId.replaceFirst("^/+", "");
        URI ownPage = ownPage(request, page);
        String query = ownPage != null ? ownPage.getRawQuery() : null;
        external.getSessionMap().put(PENDING, new Pending(viewId, ownPage != null ? inputs(request) : Map.of()));
        external.redirect(page + (query == null ? "" : "?" + query));
        context.responseComplete();
    }

    /** The page the form was on, when the browser says it was this very page, on this host. */
    private static URI ownPage(HttpServletRequest request, String page) {
        URI referer = uri(request.getHeader("Referer"));
        String host = request.getHeader("Host");
        String originHeader = request.getHeader("Origin");
        URI origin = uri(originHeader);
        boolean sameOrigin = originHeader == null || origin != null && host != null && host.equalsIgnoreCase(origin.getRawAuthority());
        return referer != null && host != null && host.equalsIgnoreCase(referer.getRawAuthority()) && sameOrigin
                && page.equals(referer.getRawPath()) ? referer : null;
    }

    private static URI uri(String value) {
        try {
            return value == null ? null : new URI(value);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The form's single-valued fields, without Faces' own and without anything named a password. */
    private static Map<String, String> inputs(HttpServletRequest request) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            String name = field.getKey();
            if (inputs.size() < MAX_FIELDS && field.getValue().length == 1
                    && field.getValue()[0].length() <= MAX_FIELD_LENGTH
                    && !name.startsWith("jakarta.faces.") && !name.startsWith("primefaces.")
                    && !name.toLowerCase(Locale.ROOT).contains("password")) {
                inputs.put(name, field.getValue()[0]);
            }
        }
        return inputs;
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot root = (UIViewRoot) event.getSource();
        ExternalContext external = context.getExternalContext();
        if (context.isPostback() || external.getSession(false) == null
                || !(external.getSessionMap().get(PENDING) instanceof Pending pending)
                || !pending.viewId().equals(root.getViewId())) {
            return;
        }
        external.getSessionMap().remove(PENDING);
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, root.getLocale());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                MessageText.format(bundle, "shell.messages.pageExpired"), null));
        pending.inputs().forEach((name, value) -> {
            // PrimeFaces names the submitted field of some inputs (menus, date pickers) "<id>_input".
            if (!root.invokeOnComponent(context, name, (c, component) -> fill(component, value))
                    && name.endsWith("_input")) {
                root.invokeOnComponent(context, name.substring(0, name.length() - "_input".length()),
                        (c, component) -> fill(component, value));
            }
        });
    }

    /** Shows the text as the field's submitted value: on the page, not in the model. */
    private static void fill(UIComponent component, String value) {
        if (component instanceof EditableValueHolder input && !(component instanceof HtmlInputSecret)
                && !(component instanceof Password) && !(component instanceof FileUpload)
                && !(component instanceof UISelectMany) && !(component instanceof UISelectBoolean)) {
            input.setSubmittedValue(value);
        }
    }
}
