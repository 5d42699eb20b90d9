package io.tandem.web.shell;

import io.tandem.platform.DecimalRange;
import io.tandem.platform.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.ResourceBundle;

/**
 * Decimal inputs on pages. Replaces the standard converter, which parses any length: a pasted
 * million digits would keep a core busy for many seconds. Literals longer than any field keeps are
 * refused unparsed; the domain then checks the field's own range. Registered for every
 * {@link BigDecimal} in faces-config.xml.
 */
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String literal = value.strip();
        if (literal.length() > DecimalRange.MAX_LITERAL_LENGTH) {
            throw refusal(context, component, literal);
        }
        try {
            return new BigDecimal(literal);
        } catch (NumberFormatException e) {
            throw refusal(context, component, literal);
        }
    }

    private static ConverterException refusal(FacesContext context, UIComponent component, String literal) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, context.getViewRoot().getLocale());
        String text = MessageText.format(bundle, "number.invalid", label(component), DomainException.quote(literal));
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? component.getId() : label.toString();
    }
}
