package org.welcomingcity.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Lets a session that moved to another instance of the group post its next form. Faces keeps
 * its flash (the messages carried across a redirect) in the memory of the instance that served
 * the last request, under a cookie; on the instance that takes the session over after a failover
 * that cookie names nothing, and Mojarra fails with a NullPointerException. So the session
 * remembers which instance served it, and when another one does, the flash cookie is dropped:
 * at worst one "done" message is not shown, and the person's page works.
 */
public class FlashAfterFailover extends HttpFilter {

    static final String FLASH_COOKIE = "csfcfc";
    static final String SERVED_BY = "welcoming.served-by";
    /** The instance's name in a deployment group; the domain's own server otherwise. */
    private static final String INSTANCE = System.getProperty("com.sun.aas.instanceName", "server");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        HttpServletRequest passed = request;
        if (session != null) {
            Object servedBy = session.getAttribute(SERVED_BY);
            if (!INSTANCE.equals(servedBy)) {
                session.setAttribute(SERVED_BY, INSTANCE);
            }
            if (servedBy != null && !INSTANCE.equals(servedBy) && hasFlashCookie(request)) {
                passed = withoutFlashCookie(request);
                Cookie expired = new Cookie(FLASH_COOKIE, "");
                expired.setMaxAge(0);
                expired.setPath(request.getContextPath() + "/");
                expired.setHttpOnly(true);
                expired.setSecure(request.isSecure());
                response.addCookie(expired);
            }
        }
        chain.doFilter(passed, response);
    }

    static boolean hasFlashCookie(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> FLASH_COOKIE.equals(c.getName()));
    }

    static HttpServletRequest withoutFlashCookie(HttpServletRequest request) {
        Cookie[] kept = Arrays.stream(request.getCookies()).filter(c -> !FLASH_COOKIE.equals(c.getName()))
                .toArray(Cookie[]::new);
        return new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                return kept.length == 0 ? null : kept;
            }

            @Override
            public String getHeader(String name) {
                return "cookie".equalsIgnoreCase(name) ? cookieHeader(kept) : super.getHeader(name);
            }
        };
    }

    private static String cookieHeader(Cookie[] cookies) {
        return cookies.length == 0 ? null : String.join("; ", Arrays.stream(cookies)
                .map(c -> c.getName() + "=" + Objects.toString(c.getValue(), "")).toList());
    }
}
