package io.tandem.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A bundle message with one argument filled in, for attributes such as a confirmation's text:
 * {@code #{texts.format('contract.detail.confirm.TERMINATED', contract.reference())}}.
 */
@Named("texts")
@RequestScoped
public class PageTexts {

    @Inject
    Messages messages;

    public String format(String key, Object argument) {
        return messages.text(key, argument);
    }

    public String format(String key, Object first, Object second) {
        return messages.text(key, first, second);
    }

    /** EL picks a method by its number of arguments, so each count pages use has its own. */
    public String format(String key, Object first, Object second, Object third) {
        return messages.text(key, first, second, third);
    }
}
