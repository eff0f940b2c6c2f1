package org.welcomingcity.documents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.documents.entity.ScannedDocument;
import org.welcomingcity.problem.InvalidInputException;

/**
 * The document check with the size limit of the setting {@value #MAX_BYTES_SETTING}, for the
 * boundaries that take uploads. The check keeps no state, so one instance serves everyone.
 */
@ApplicationScoped
public class DocumentAcceptance {

    public static final String MAX_BYTES_SETTING = "welcoming.attachments.max-bytes";
    /** Days a scan is kept after its request ended; 0: no period set, kept. Longer ago, the bytes are removed. */
    public static final String RETENTION_SETTING = "welcoming.attachments.retention-days";

    @Inject
    @ConfigProperty(name = MAX_BYTES_SETTING)
    long maxBytes;

    @Inject
    @ConfigProperty(name = RETENTION_SETTING)
    int retentionDays;

    private DocumentCheck check;

    @PostConstruct
    void configure() {
        if (retentionDays < 0) {
            throw new IllegalStateException(RETENTION_SETTING + " is " + retentionDays + ": a number of days,"
                    + " 0 (no period set: scans are kept) or more");
        }
        try {
            check = new DocumentCheck(maxBytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(MAX_BYTES_SETTING + ": " + e.getMessage(), e);
        }
    }

    /** The checked document, or {@link InvalidInputException} naming what is wrong with the file. */
    public ScannedDocument accept(String fileName, byte[] content) {
        return check.check(fileName, content);
    }

    public long maxBytes() {
        return check.maxBytes();
    }

    /** {@value #RETENTION_SETTING}: 0 keeps scans, more removes them that many days after their request ended. */
    public int retentionDays() {
        return retentionDays;
    }
}
