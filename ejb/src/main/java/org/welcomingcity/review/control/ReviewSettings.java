package org.welcomingcity.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.operations.CityZone;

/** The workflow's settings: deadlines and the city's time zone (defaults in microprofile-config.properties). */
@ApplicationScoped
public class ReviewSettings {

    @Inject
    @ConfigProperty(name = "welcoming.review.supervisor-hours")
    int supervisorHours;

    @Inject
    @ConfigProperty(name = "welcoming.review.legal-business-days")
    int legalBusinessDays;

    @Inject
    CityZone city;

    public Deadlines deadlines() {
        if (supervisorHours < 1 || legalBusinessDays < 1) {
            throw new IllegalStateException("welcoming.review.supervisor-hours and welcoming.review.legal-business-days"
                    + " must be at least 1");
        }
        return new Deadlines(Duration.ofHours(supervisorHours), legalBusinessDays, zone());
    }

    public ZoneId zone() {
        return city.zone();
    }
}
