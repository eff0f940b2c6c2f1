package org.welcomingcity.documents.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a scanned document may have, each recognised by the signature its files start
 * with, because a file's name or the browser's content type says only what the sender claims,
 * and whole only with the marker its files end with: an upload cut short is no document.
 */
public enum ScanFormat {

    PDF("application/pdf", "PDF document", List.of("pdf"), '%', 'P', 'D', 'F', '-'),
    PNG("image/png", "PNG image", List.of("png"), 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
    JPEG("image/jpeg", "JPEG image", List.of("jpg", "jpeg"), 0xFF, 0xD8, 0xFF);

    private final String mediaType;
    private final String label;
    private final List<String> extensions;
    private final byte[] signature;

    ScanFormat(String mediaType, String label, List<String> extensions, int... signature) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
        this.signature = new byte[signature.length];
        for (int i = 0; i < signature.length; i++) {
            this.signature[i] = (byte) signature[i];
        }
    }

    /** The format whose signature the content starts with, if any. */
    public static Optional<ScanFormat> detect(byte[] content) {
        return Arrays.stream(values()).filter(format -> format.startsWith(content)).findFirst();
    }

    /**
     * Whether the content ends as a whole file of this format does: a PDF with {@code %%EOF} in
     * its last kilobyte (where readers look for it), a PNG with its IEND chunk, a JPEG with its
     * end-of-image marker (scanners may pad a few bytes after it).
     */
    public boolean complete(byte[] content) {
        return switch (this) {
            case PDF -> contains(content, Math.max(0, content.length - 1024), END_OF_PDF);
            case PNG -> content.length >= END_OF_PNG.length + signature.length
                    && Arrays.equals(content, content.length - END_OF_PNG.length, content.length, END_OF_PNG, 0, END_OF_PNG.length);
            case JPEG -> contains(content, Math.max(2, content.length - 64), END_OF_JPEG);
        };
    }

    private static final byte[] END_OF_PDF = {'%', '%', 'E', 'O', 'F'};
    private static final byte[] END_OF_PNG = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] END_OF_JPEG = {(byte) 0xFF, (byte) 0xD9};

    private static boolean contains(byte[] content, int from, byte[] marker) {
        for (int i = from; i + marker.length <= content.length; i++) {
            if (Arrays.equals(content, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    /** The format a file extension (without the dot, any case) names, if any. */
    public static Optional<ScanFormat> ofExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(lower)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    /** For messages: "PDF document", "PNG image", "JPEG image". */
    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    private boolean startsWith(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
