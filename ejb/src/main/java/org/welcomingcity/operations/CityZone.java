package org.welcomingcity.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
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

    @Inject
    Clock clock;

    /** How people read a moment, on pages and in PDFs alike: the city's date and time to the minute, with the zone. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The moment as people read it, or an empty text for none. */
    public String shown(TemporalAccessor moment) {
        return shown(moment, zone());
    }

    /** The moment as people read it in the zone {@code zone}, or an empty text for none. */
    public static String shown(TemporalAccessor moment, ZoneId zone) {
        return moment == null ? "" : SHOWN.format(Instant.from(moment).atZone(zone));
    }

    /** The city's date now. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
