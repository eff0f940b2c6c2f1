package org.welcomingcity.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from (the client's address), set by the web tier for
 * every HTTP request so that audit events can say "from where" without the EJBs knowing HTTP.
 */
@RequestScoped
public class CallerOrigin {

    private String address;

    public void set(String address) {
        this.address = address;
    }

    public String address() {
        return address;
    }
}
