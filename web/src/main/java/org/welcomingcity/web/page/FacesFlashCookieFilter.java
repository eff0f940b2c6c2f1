package org.welcomingcity.web.page;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * Keeps Mojarra's flash cookie out of both directions. Faces writes it on some redirects even
 * when nothing is put in the flash, encrypted with a key each server makes for itself; after a
 * failover the other instance of a group cannot read it, and Faces then fails the next
 * redirecting post with a NullPointerException. The pages never use the flash (what a post did
 * travels in the redirect: {@link DoneNotice}), so the cookie carries nothing that is needed.
 */
public class FacesFlashCookieFilter extends HttpFilter {

    /** Mojarra's name for it (ELFlash). */
    static final String FLASH_COOKIE = "csfcfc";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                Cookie[] cookies = super.getCookies();
                return cookies == null ? null
                        : Arrays.stream(cookies).filter(c -> !FLASH_COOKIE.equals(c.getName())).toArray(Cookie[]::new);
            }
        }, new HttpServletResponseWrapper(response) {
            @Override
            public void addCookie(Cookie cookie) {
                if (!FLASH_COOKIE.equals(cookie.getName())) {
                    super.addCookie(cookie);
                }
            }
        });
    }
}
