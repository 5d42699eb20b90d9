package io.tandem.web.shell;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A bundle message with its arguments filled in. The bundles are written as plain text, the same
 * whether a page shows a key directly or code formats it, so an apostrophe is an apostrophe here
 * too: MessageFormat's quoting would otherwise swallow it ("the client's review") and, worse,
 * print the placeholders after it literally.
 */
public final class MessageText {

    private MessageText() {
    }

    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key).replace("'", "''"), bundle.getLocale()).format(arguments);
    }
}
