package org.welcomingcity.web.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a browser says a request comes from. Browsers send Sec-Fetch-Site (and Origin on
 * POST); other API clients send neither, and are judged by their credentials alone. Only the
 * host is compared with the Host header, so TLS ending at a proxy in front does not matter.
 */
final class RequestOrigin {

    private RequestOrigin() {
    }

    /** True when a browser marked the request as made from another site or an opaque origin. */
    static boolean fromAnotherSite(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return !("same-origin".equalsIgnoreCase(fetchSite) || "none".equalsIgnoreCase(fetchSite));
        }
        if (origin == null) {
            return false;
        }
        return host == null || !host.toLowerCase(Locale.ROOT).equals(authority(origin));
    }

    private static String authority(String origin) {
        try {
            String authority = new URI(origin.trim()).getRawAuthority();
            return authority == null ? "" : authority.toLowerCase(Locale.ROOT); // "null" has none
        } catch (URISyntaxException malformed) {
            return "";
        }
    }
}
