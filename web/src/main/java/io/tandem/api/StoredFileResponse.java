package io.tandem.api;

import io.tandem.platform.file.DocumentDownload;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A stored file sent back as it was uploaded (a contract document, an idea's attachment): under
 * the type its extension and content were checked against, as an attachment the browser must not
 * sniff into something it would render, and kept by no cache.
 */
public final class StoredFileResponse {

    private StoredFileResponse() {
    }

    public static Response of(DocumentDownload file) {
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
