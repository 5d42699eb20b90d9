package io.tandem.web.shell;

import io.tandem.platform.DomainException;
import io.tandem.platform.Months;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.util.ResourceBundle;

/** Months on pages, as yyyy-MM ({@link Months}): every input bound to a {@link YearMonth} uses it. */
@FacesConverter(forClass = YearMonth.class)
public class YearMonthConverter implements Converter<YearMonth> {

    @Override
    public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Months.parse(value);
        } catch (DomainException e) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, context.getViewRoot().getLocale());
            String text = MessageText.format(bundle, e.messageKey(), e.arguments().toArray());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
        return value == null ? "" : value.toString();
    }
}
