package io.tandem.platform.bulk;

import java.io.Serializable;
import java.util.List;

/** Why one line of a file or bulk submission was rejected: a message key and its arguments. */
public record LineError(int lineNumber, String messageKey, List<Object> arguments) implements Serializable {

    /** A line of a streamed file, which may in principle lie beyond an int's range: such a number reads as the largest int. */
    public static LineError at(long line, String messageKey, Object... arguments) {
        return new LineError((int) Math.min(line, Integer.MAX_VALUE), messageKey, List.of(arguments));
    }
}
