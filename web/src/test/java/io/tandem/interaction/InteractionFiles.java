package io.tandem.interaction;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Interaction files of any size, made as they are read: a test never holds one whole either. */
public final class InteractionFiles {

    public static final String HEADER = "record_id,channel,queue,offered_at,answered_at,ended_at,abandoned,"
            + "wait_seconds,handle_seconds,agent_ref,customer_ref,resolved,csat,nps\n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private InteractionFiles() {
    }

    /**
     * {@code rows} good records (ids {@code prefix-0}, {@code prefix-1}, ...) offered in the given month, a few seconds apart from its first
     * day on (wrapping within the month); every tenth abandoned, every fifth with a survey answer.
     */
    public static InputStream generated(String prefix, long rows, int year, int month) {
        LocalDateTime start = LocalDateTime.of(year, month, 1, 0, 0);
        long monthSeconds = (long) start.toLocalDate().lengthOfMonth() * 24 * 3600 - 3600;
        return new InputStream() {
            private byte[] line = HEADER.getBytes(StandardCharsets.US_ASCII);
            private int position;
            private long next;

            @Override
            public int read() {
                if (position == line.length && !advance()) {
                    return -1;
                }
                return line[position++] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                int copied = 0;
                while (copied < length) {
                    if (position == line.length && !advance()) {
                        return copied == 0 ? -1 : copied;
                    }
                    int chunk = Math.min(length - copied, line.length - position);
                    System.arraycopy(line, position, buffer, offset + copied, chunk);
                    position += chunk;
                    copied += chunk;
                }
                return copied;
            }

            private boolean advance() {
                if (next == rows) {
                    return false;
                }
                long n = next++;
                LocalDateTime offered = start.plusSeconds(n * 7 % monthSeconds);
                boolean abandoned = n % 10 == 9;
                int wait = (int) (n * 13 % 240);
                String text;
                if (abandoned) {
                    text = prefix + "-" + n + ",VOICE,Claims," + TIME.format(offered) + ",," + TIME.format(offered.plusSeconds(wait))
                            + ",true," + wait + ",,,c" + n % 5000 + ",,,\n";
                } else {
                    int handle = (int) (120 + n * 31 % 600);
                    String survey = n % 5 == 0 ? (1 + n / 5 % 5) + "," + n % 11 : ",";
                    text = prefix + "-" + n + "," + (n % 3 == 0 ? "CHAT" : "VOICE") + ",Claims," + TIME.format(offered) + ","
                            + TIME.format(offered.plusSeconds(wait)) + ","
                            + TIME.format(offered.plusSeconds(wait + handle)) + ",false," + wait + "," + handle
                            + ",A-" + n % 40 + ",c" + n % 5000 + "," + (n % 4 != 0) + "," + survey + "\n";
                }
                line = text.getBytes(StandardCharsets.US_ASCII);
                position = 0;
                return true;
            }
        };
    }
}
