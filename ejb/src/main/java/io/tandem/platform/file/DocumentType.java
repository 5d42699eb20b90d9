package io.tandem.platform.file;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a document (contract document, idea attachment) may be: PDF and office files. Each is known by its
 * extension, has one media type, and starts with its container's signature: PDF files with
 * {@code %PDF-}, Office Open XML and OpenDocument files with a ZIP header, and the legacy
 * Office formats with the OLE compound-file header.
 */
public enum DocumentType {
    PDF("pdf", "application/pdf", Signature.PDF),
    DOC("doc", "application/msword", Signature.OLE),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP),
    XLS("xls", "application/vnd.ms-excel", Signature.OLE),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP),
    PPT("ppt", "application/vnd.ms-powerpoint", Signature.OLE),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Signature.ZIP),
    ODT("odt", "application/vnd.oasis.opendocument.text", Signature.ZIP),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", Signature.ZIP),
    ODP("odp", "application/vnd.oasis.opendocument.presentation", Signature.ZIP);

    private final String extension;
    private final String mediaType;
    private final Signature signature;

    DocumentType(String extension, String mediaType, Signature signature) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** The type a file name's extension names, in any letter case. */
    public static Optional<DocumentType> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** Whether the content starts the way a file of this type must. */
    public boolean matches(byte[] content) {
        return signature.startOf(content);
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The first bytes of a container format. */
    private enum Signature {
        PDF("255044462d"),
        ZIP("504b0304"),
        OLE("d0cf11e0a1b11ae1");

        private final byte[] magic;

        Signature(String hex) {
            this.magic = HexFormat.of().parseHex(hex);
        }

        boolean startOf(byte[] content) {
            return content.length >= magic.length
                    && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
        }
    }
}
