package io.tandem.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Content-Disposition} header (RFC 6266) of files sent to and from the API: the name
 * an upload carries, and the header a download is sent with. Names outside ASCII travel in the
 * extended {@code filename*} parameter (RFC 8187), which wins over the plain one when both come.
 */
public final class ContentDisposition {

    /** Characters that stand for themselves in an extended parameter value; the rest is percent-encoded. */
    private static final String ATTRIBUTE_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** The file name a header gives, if it gives one. */
    public static Optional<String> fileName(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Map<String, String> parameters = parameters(header);
        return Optional.ofNullable(parameters.get("filename*")).flatMap(ContentDisposition::decoded)
                .or(() -> Optional.ofNullable(parameters.get("filename")))
                .filter(name -> !name.isBlank());
    }

    /** A header that makes browsers save the file under its name rather than open it. */
    public static String attachment(String fileName) {
        StringBuilder plain = new StringBuilder();
        fileName.codePoints().forEach(c -> plain.append(
                c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder extended = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (ATTRIBUTE_CHARACTERS.indexOf(c) >= 0) {
                extended.append(c);
            } else {
                extended.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + extended;
    }

    /** The parameters after the disposition type, names in lower case; quoted values unescaped. */
    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new HashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i + 1);
            int separator = header.indexOf(';', i + 1);
            if (equals < 0) {
                break;
            }
            if (separator >= 0 && separator < equals) {
                i = separator; // a parameter without a value
                continue;
            }
            String name = header.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int next = equals + 1;
            while (next < header.length() && header.charAt(next) == ' ') {
                next++;
            }
            if (next < header.length() && header.charAt(next) == '"') {
                next++;
                while (next < header.length() && header.charAt(next) != '"') {
                    if (header.charAt(next) == '\\' && next + 1 < header.length()) {
                        next++;
                    }
                    value.append(header.charAt(next++));
                }
                next = header.indexOf(';', next);
            } else {
                int end = header.indexOf(';', next);
                value.append(header, next, end < 0 ? header.length() : end);
                next = end;
            }
            parameters.putIfAbsent(name, value.toString().strip());
            i = next;
        }
        return parameters;
    }

    /** An extended value, {@code charset'language'percent-encoded}; empty when malformed. */
    private static Optional<String> decoded(String value) {
        String[] parts = value.split("'", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Charset charset;
        if (parts[0].equalsIgnoreCase("UTF-8")) {
            charset = StandardCharsets.UTF_8;
        } else if (parts[0].equalsIgnoreCase("ISO-8859-1")) {
            charset = StandardCharsets.ISO_8859_1;
        } else {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String encoded = parts[2];
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                bytes.write(c);
            } else if (i + 2 < encoded.length() && Character.digit(encoded.charAt(i + 1), 16) >= 0
                    && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(encoded, i + 1, i + 3, 16));
                i += 2;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(bytes.toString(charset));
    }
}
