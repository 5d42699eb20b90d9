package io.tandem.platform.file;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What a record keeps of a file it stores apart from its bytes (a contract document, an idea's
 * attachment): its name, media type, size and SHA-256, as {@link DocumentFile} checked them. The
 * audit trail records these, not the file.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name", nullable = false, length = DocumentFile.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected StoredFile() {
    }

    public StoredFile(DocumentFile file) {
        Objects.requireNonNull(file, "file");
        this.name = file.name();
        this.contentType = file.type().mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }
}
