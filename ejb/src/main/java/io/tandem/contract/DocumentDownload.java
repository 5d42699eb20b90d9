package io.tandem.contract;

/** A contract document's bytes with the name and media type to send them under. */
public record DocumentDownload(String fileName, String contentType, byte[] content) {
}
