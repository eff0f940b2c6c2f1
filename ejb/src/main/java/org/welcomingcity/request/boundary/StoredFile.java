package org.welcomingcity.request.boundary;


/** A file to hand out: a scanned document or a letter. */
public record StoredFile(String fileName, String mediaType, byte[] content) {

    public StoredFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
