package org.welcomingcity.web.guard;

import java.io.Serializable;
import java.time.Instant;

/** When the signed-in user of a session logged on and was last seen; kept in the session. */
record SessionClock(String user, Instant signedInAt, Instant lastSeen) implements Serializable {

    static final String ATTRIBUTE = SessionClock.class.getName();

    static SessionClock start(String user, Instant now) {
        return new SessionClock(user, now, now);
    }

    SessionClock seen(Instant now) {
        return new SessionClock(user, signedInAt, now);
    }
}
