package io.tandem.web.analytics;

import io.tandem.servicelevel.KpiDefinition;
import io.tandem.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/** A computed level's definition in the reader's language, printed beside each of its figures. */
@Named("kpiText")
@RequestScoped
public class KpiText {

    @Inject
    Messages messages;

    /** "answered within 20 s ÷ offered; abandons under 5 s left out; …"; empty for a reported level. */
    public String of(KpiDefinition kpi) {
        if (kpi == null) {
            return "";
        }
        return kpi.clauses().stream().map(clause -> messages.text(clause.key(), clause.arguments().toArray()))
                .collect(Collectors.joining("; "));
    }
}
