package io.tandem.platform.file;

/** A stored document's bytes with the name and media type to send them under. */
public record DocumentDownload(String fileName, String contentType, byte[] content) {
}
