package org.welcomingcity.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.welcomingcity.operations.CityZone;

/**
 * The one way a page shows a moment: the city's local date and time to the minute with the zone's
 * abbreviation, whatever the server's zone and whether the value is kept as an instant or with an
 * offset. The API keeps ISO 8601; this is for people.
 */
@Named
@ApplicationScoped
public class CityTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Inject
    CityZone city;

    /** The moment as people at the desk read it, or an empty text for none. */
    public String at(TemporalAccessor moment) {
        return moment == null ? "" : SHOWN.format(Instant.from(moment).atZone(city.zone()));
    }
}
