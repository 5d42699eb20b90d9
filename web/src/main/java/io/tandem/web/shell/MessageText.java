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
        String text = bundle.getString(key);
        // Without arguments or placeholders the text is its own result: a page's labels are most of the
        // calls, and parsing each into a MessageFormat cost the dashboard page a hundred per request.
        if (arguments.length == 0 && text.indexOf('{') < 0) {
            return text;
        }
        return new MessageFormat(text.replace("'", "''"), bundle.getLocale()).format(arguments);
    }
}
