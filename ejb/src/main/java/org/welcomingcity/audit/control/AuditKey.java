package org.welcomingcity.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.entity.EventHash;

/**
 * The secret that seals every audit event (HMAC-SHA256). It lives in the server's password
 * aliases, never in the database nor in the application archive, so that someone who can write
 * to the database still cannot make a forged or changed event verify. Without it the
 * deployment stops: an unsealed trail would prove nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditKey {

    public static final String SETTING = "welcoming.audit.hmac-key";
    static final int MINIMUM_LENGTH = 32;

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> secret;

    private EventHash keyed;

    @PostConstruct
    void load() {
        String value = secret.map(String::strip).orElse("");
        if (value.isEmpty()) {
            throw new IllegalStateException(SETTING + " is not set: the audit trail cannot seal its events. Create the"
                    + " password alias (asadmin create-password-alias " + SETTING + ", at least " + MINIMUM_LENGTH
                    + " random characters; setup-domain.sh makes one) and deploy again. Never change it later:"
                    + " the events sealed with it would no longer verify.");
        }
        if (value.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException(SETTING + " has " + value.length() + " characters: the audit key needs at"
                    + " least " + MINIMUM_LENGTH + " random ones");
        }
        keyed = EventHash.keyed(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A keyed hash for one thread's use: sealing an event, or walking the chain. */
    public EventHash seal() {
        return keyed.copy();
    }
}
