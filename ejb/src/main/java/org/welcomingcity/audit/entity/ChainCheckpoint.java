package org.welcomingcity.audit.entity;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The head of the chain as it was at one moment, written outside the database: one line
 * "time sequence hash". Whoever rewrites the trail in the database cannot rewrite these.
 */
public record ChainCheckpoint(Instant writtenAt, long sequence, String hash) {

    public String line() {
        return writtenAt + " " + sequence + " " + hash;
    }

    /** The checkpoint a line holds, or none for a blank or unreadable line. */
    public static Optional<ChainCheckpoint> parse(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 3 || !parts[2].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChainCheckpoint(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
