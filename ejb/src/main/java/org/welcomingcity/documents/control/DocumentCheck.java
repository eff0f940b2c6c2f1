package org.welcomingcity.documents.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.welcomingcity.documents.entity.ScanFormat;
import org.welcomingcity.documents.entity.ScannedDocument;
import org.welcomingcity.problem.InvalidInputException;

/**
 * Decides whether a file may be attached: a plain name with the extension of an accepted
 * format, content of that very format, not empty and within the size limit. Messages name the
 * field {@value #FIELD} and never repeat the file name, which may carry a person's name.
 */
public class DocumentCheck {

    public static final String FIELD = "file";
    /** Longest name kept, in characters, extension included; file systems stop at 255. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final String EXTENSIONS = orList(Arrays.stream(ScanFormat.values())
            .flatMap(format -> format.extensions().stream()).map(extension -> "." + extension).toList());
    private static final String LABELS = orList(Arrays.stream(ScanFormat.values()).map(ScanFormat::label).toList());

    private final long maxBytes;

    public DocumentCheck(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be at least 1 byte, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The checked document, or {@link InvalidInputException} saying what is wrong. */
    public ScannedDocument check(String fileName, byte[] content) {
        String name = FileNames.sanitized(fileName);
        ScanFormat named = namedFormat(name);
        name = FileNames.shortened(name, MAX_NAME_LENGTH);
        if (content == null || content.length == 0) {
            throw refused("the file is empty");
        }
        if (content.length > maxBytes) {
            throw refused(String.format(Locale.ROOT, "the file has %,d bytes, more than the limit of %,d bytes",
                    content.length, maxBytes));
        }
        ScanFormat actual = ScanFormat.detect(content)
                .orElseThrow(() -> refused("the content is not a " + LABELS));
        if (actual != named) {
            throw refused("the name says " + named.label() + ", but the content is a " + actual.label());
        }
        if (!actual.complete(content)) {
            throw refused("the " + actual.label() + " is cut short: it does not end as a whole one does");
        }
        return new ScannedDocument(name, actual, content.length, sha256(content));
    }

    public long maxBytes() {
        return maxBytes;
    }

    static InvalidInputException refused(String what) {
        return new InvalidInputException(FIELD, what);
    }

    private static ScanFormat namedFormat(String name) {
        int dot = name.lastIndexOf('.');
        if (dot == 0) {
            throw refused("the name has nothing before its extension");
        }
        return (dot < 0 ? Optional.<ScanFormat>empty() : ScanFormat.ofExtension(name.substring(dot + 1)))
                .orElseThrow(() -> refused("the name must end in " + EXTENSIONS));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String orList(List<String> items) {
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
