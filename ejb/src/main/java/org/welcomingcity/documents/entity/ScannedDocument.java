package org.welcomingcity.documents.entity;

import java.util.Objects;

/**
 * A document that passed the checks: the name it is stored and shown under, its real format,
 * its size in bytes and the SHA-256 of its content (hex), which proves later that the stored
 * file is the one received.
 */
public record ScannedDocument(String fileName, ScanFormat format, long size, String sha256) {

    public ScannedDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** application/pdf, image/png or image/jpeg. */
    public String mediaType() {
        return format.mediaType();
    }
}
