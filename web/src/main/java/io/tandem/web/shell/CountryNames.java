package io.tandem.web.shell;

import io.tandem.platform.Country;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Country names in the reader's language, from the JDK: {@code #{countries.name(location.country())}}
 * on pages, and the known countries sorted by name for a choice.
 */
@Named("countries")
@RequestScoped
public class CountryNames {

    public String name(Object country) {
        if (country == null) {
            return "";
        }
        return Country.of(country.toString()).map(c -> c.displayName(locale())).orElse(country.toString());
    }

    public List<Country> all() {
        Locale locale = locale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Country.values())
                .sorted(Comparator.comparing((Country c) -> c.displayName(locale), collator)).toList();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
