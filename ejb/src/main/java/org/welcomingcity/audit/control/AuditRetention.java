package org.welcomingcity.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long audit events must be kept. CJIS asks for at least 365 days, so a shorter setting
 * stops the deployment. The application itself never deletes an event: removing events
 * older than this, once legal no longer needs them, is a documented operation for the
 * database administrator, outside the application.
 */
@Singleton
@Startup
public class AuditRetention {

    public static final int MINIMUM_DAYS = 365;

    @Inject
    @ConfigProperty(name = "welcoming.audit.retention-days")
    int days;

    @PostConstruct
    void check() {
        if (days < MINIMUM_DAYS) {
            throw new IllegalStateException("welcoming.audit.retention-days is " + days
                    + ": audit events must be kept at least " + MINIMUM_DAYS + " days");
        }
    }

    public int days() {
        return days;
    }
}
