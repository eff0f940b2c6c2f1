package org.welcomingcity.ordinance.control;

import java.time.LocalDate;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.problem.OutOfScopeException;

/** No law the application knows was in force on the event date: the engine will not guess. */
public class NoPackInForceException extends OutOfScopeException {

    private final LocalDate eventDate;
    private final Custody custody;

    public NoPackInForceException(LocalDate eventDate, Custody custody) {
        super("No rule pack is in force on " + eventDate + " for custody " + custody
                + ": the application has no law to apply to that date.");
        this.eventDate = eventDate;
        this.custody = custody;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public Custody custody() {
        return custody;
    }
}
