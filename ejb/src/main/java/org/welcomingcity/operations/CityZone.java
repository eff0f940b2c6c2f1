package org.welcomingcity.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The city's time zone, from {@code welcoming.time-zone}: the law applies to events in the city,
 * so "today", deadlines and the dates people read are the city's, whatever the server's zone.
 * The one place that reads the setting.
 */
@ApplicationScoped
public class CityZone {

    @Inject
    @ConfigProperty(name = "welcoming.time-zone")
    String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }
}
