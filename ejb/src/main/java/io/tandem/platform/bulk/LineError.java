package io.tandem.platform.bulk;

import java.io.Serializable;
import java.util.List;

/** Why one line of a file or bulk submission was rejected: a message key and its arguments. */
public record LineError(int lineNumber, String messageKey, List<Object> arguments) implements Serializable {
}
