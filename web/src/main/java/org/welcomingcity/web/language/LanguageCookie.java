package org.welcomingcity.web.language;

import java.time.Duration;

/**
 * The cookie that remembers the language a person chose, for a year, on this browser. Only the
 * server reads it (HttpOnly); it goes along when someone follows a link from another site
 * (SameSite=Lax), so such a visitor sees the pages in the chosen language too. Written as a
 * header because the server would drop a SameSite attribute given to its cookie API.
 */
final class LanguageCookie {

    static final String NAME = "welcoming-language";
    static final long KEPT_SECONDS = Duration.ofDays(365).toSeconds();

    private LanguageCookie() {
    }

    /** The Set-Cookie header value; Secure when the request came over TLS. */
    static String header(Language language, String contextPath, boolean secure) {
        String path = contextPath == null || contextPath.isEmpty() ? "/" : contextPath;
        return NAME + "=" + language.tag() + "; Path=" + path + "; Max-Age=" + KEPT_SECONDS
                + "; SameSite=Lax; HttpOnly" + (secure ? "; Secure" : "");
    }
}
