package org.welcomingcity.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (the client's address), set by the web tier for
 * every HTTP request so that audit events can say "from where" without the EJBs knowing HTTP.
 */
@RequestScoped
public class CallerOrigin {

    /** The width of the audit trail's origin column: an address passed on by a proxy may be anything. */
    static final int MAX_LENGTH = 64;

    private String address;

    public void set(String address) {
        this.address = address == null || address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH);
    }

    public String address() {
        return address;
    }
}
