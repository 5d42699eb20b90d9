package io.tandem.platform.file;

import io.tandem.platform.DomainException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file offered for upload (a contract document, an improvement idea's attachment), checked
 * before anything is stored: a name without any
 * path, of at most {@value #MAX_NAME_LENGTH} characters; between one byte and
 * {@value #MAX_SIZE_MIB} MiB; a PDF or office file by its extension, whose bytes start the way
 * such a file must. The media type is the extension's, whatever the sender claimed, so a
 * browser never receives a document under a type it would render or run.
 */
public final class DocumentFile {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_SIZE_MIB = 10;
    public static final int MAX_SIZE_BYTES = MAX_SIZE_MIB * 1024 * 1024;

    /** Control characters and invisible formatting (such as right-to-left overrides that disguise an extension). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private final String name;
    private final DocumentType type;
    private final byte[] content;
    private final String sha256;

    /** Takes over {@code content} as it is: the caller hands the array over and no longer changes it. */
    public DocumentFile(String submittedName, byte[] content) {
        this.name = sanitised(submittedName);
        this.type = DocumentType.ofFileName(name).orElseThrow(
                () -> new DomainException("contract.document.type", allowedExtensions()));
        if (content == null || content.length == 0) {
            throw new DomainException("contract.document.empty");
        }
        if (content.length > MAX_SIZE_BYTES) {
            throw new DomainException("contract.document.tooLarge", MAX_SIZE_MIB);
        }
        if (!type.matches(content)) {
            throw new DomainException("contract.document.content", type.extension().toUpperCase(Locale.ROOT));
        }
        this.content = content;
        this.sha256 = sha256(content);
    }

    /** The last part of whatever path the sender's system put in front of the name, without invisible characters. */
    private static String sanitised(String submittedName) {
        String name = submittedName == null ? "" : submittedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("").strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new DomainException("contract.document.name", MAX_NAME_LENGTH);
        }
        return name;
    }

    private static String allowedExtensions() {
        return Arrays.stream(DocumentType.values()).map(DocumentType::extension).collect(Collectors.joining(", "));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String name() {
        return name;
    }

    public DocumentType type() {
        return type;
    }

    public byte[] content() {
        return content;
    }

    public int size() {
        return content.length;
    }

    /** The content's SHA-256 in lower-case hex. */
    public String sha256() {
        return sha256;
    }
}
