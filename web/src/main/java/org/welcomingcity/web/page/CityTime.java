package org.welcomingcity.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.temporal.TemporalAccessor;
import org.welcomingcity.operations.CityZone;

/**
 * How a page shows a moment: as the PDFs do ({@link CityZone#shown}), the city's local date and
 * time whatever the server's zone and whether the value is kept as an instant or with an offset.
 * The API keeps ISO 8601; this is for people.
 */
@Named
@ApplicationScoped
public class CityTime {

    @Inject
    CityZone city;

    /** The moment as people at the desk read it, or an empty text for none. */
    public String at(TemporalAccessor moment) {
        return city.shown(moment);
    }
}
