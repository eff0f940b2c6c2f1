package org.welcomingcity.web.language;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the language switch sends the browser back: the page it came from (its Referer), but only
 * a page of this application on this host, and only as a path, so no address a link or a header
 * supplies can lead anywhere else. Anything else goes to the home page.
 */
final class ReturnPath {

    private ReturnPath() {
    }

    /** {@code host}: the request's Host header; {@code contextPath}: the application's, such as /welcoming. */
    static String of(String referer, String host, String contextPath) {
        String home = contextPath + "/";
        if (referer == null || host == null) {
            return home;
        }
        try {
            URI from = new URI(referer.strip()).normalize();
            boolean here = ("http".equalsIgnoreCase(from.getScheme()) || "https".equalsIgnoreCase(from.getScheme()))
                    && host.equalsIgnoreCase(from.getRawAuthority());
            String path = from.getRawPath();
            if (!here || path == null || !path.startsWith(home) || path.startsWith("//") || path.contains("/../")) {
                return home;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (URISyntaxException malformed) {
            return home;
        }
    }
}
