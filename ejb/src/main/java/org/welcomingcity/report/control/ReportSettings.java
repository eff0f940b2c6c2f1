package org.welcomingcity.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.letters.control.ResponseLetters;

/** The reports' settings (defaults in microprofile-config.properties). */
@ApplicationScoped
public class ReportSettings {

    public static final String THRESHOLD = "welcoming.reports.suppression-threshold";

    @Inject
    @ConfigProperty(name = THRESHOLD)
    int threshold;

    @Inject
    @ConfigProperty(name = ResponseLetters.CITY_SETTING)
    String city;

    /** @throws IllegalStateException when the threshold is below 1: nothing could be published safely */
    public Suppression suppression() {
        if (threshold < 1) {
            throw new IllegalStateException(THRESHOLD + " must be at least 1, not " + threshold);
        }
        return new Suppression(threshold);
    }

    public String city() {
        return city;
    }
}
