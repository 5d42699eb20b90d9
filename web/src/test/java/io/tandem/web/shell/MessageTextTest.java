package io.tandem.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    private final ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void anApostropheStaysAndThePlaceholdersAfterItAreFilled() {
        // "levels' allocations add up to {0}%": MessageFormat alone would print "levels allocations add up to {0}%"
        assertEquals("The critical service levels' allocations add up to 120%, more than the pool allocation cap of "
                + "100%.", MessageText.format(english, "contract.regime.poolAllocation.exceeded", "120", "100"));
        assertEquals("Your account has been deactivated. Ask your organisation's administrator.",
                MessageText.format(english, "login.deactivated"));
        assertEquals("'XYZ' is not a currency code; use a code such as GBP, EUR or USD.",
                MessageText.format(english, "money.currency.invalid", "XYZ"));
    }

    @Test
    void everyTextWithoutArgumentsReadsAsMessageFormatWouldPrintIt() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            for (String key : Collections.list(bundle.getKeys())) {
                String formatted = new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(new Object[0]);
                assertEquals(formatted, MessageText.format(bundle, key), locale + " " + key);
            }
        }
    }
}
