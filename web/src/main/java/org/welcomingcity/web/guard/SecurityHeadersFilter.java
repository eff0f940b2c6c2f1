package org.welcomingcity.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the security headers before anything else answers, on every dispatch: an error page
 * is rendered in a dispatch of its own. Answers the container gives before any filter runs
 * (401, 403) get them from the authentication mechanism. Behind a trusted TLS proxy the cookies
 * the answer sets are marked Secure before it is sent.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    ForwardedTransport transport;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean overTls = transport.secure(request);
        SecurityHeaders.apply(request, response, overTls);
        boolean forwardedTls = overTls && !request.isSecure();
        chain.doFilter(request, new GuardedResponse(response, forwardedTls));
        if (forwardedTls) {
            ForwardedTransport.secureCookies(response);
        }
    }
}
