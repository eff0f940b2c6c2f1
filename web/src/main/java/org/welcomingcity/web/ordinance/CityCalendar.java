package org.welcomingcity.web.ordinance;

import java.time.LocalDate;
import java.time.ZoneId;

/** The law applies to events in Chicago, so "today" is Chicago's date, whatever the server's zone. */
final class CityCalendar {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private CityCalendar() {
    }

    static LocalDate today() {
        return LocalDate.now(CHICAGO);
    }
}
