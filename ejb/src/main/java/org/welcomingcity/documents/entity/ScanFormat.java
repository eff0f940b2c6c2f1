package org.welcomingcity.documents.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a scanned document may have, each recognised by the signature its files start
 * with, because a file's name or the browser's content type says only what the sender claims.
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
