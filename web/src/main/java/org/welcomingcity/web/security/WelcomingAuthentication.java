package org.welcomingcity.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.welcomingcity.audit.control.CallerOrigin;
import org.welcomingcity.web.api.DatabaseUnavailable;
import org.welcomingcity.web.security.provider.ProviderSignIn;
import org.welcomingcity.web.guard.ClientAllowance;
import org.welcomingcity.web.guard.ForwardedTransport;
import org.welcomingcity.web.guard.SecurityHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for two kinds of client: people in a browser sign in through the log-on
 * page and stay signed in for their session; systems calling {@code /api/*} send HTTP Basic
 * credentials with every request and never get a session. A wrong password on the API is
 * always answered with 401, even where a URL would let anonymous callers through. With
 * OpenID Connect configured, people sign in through the city's provider instead of the
 * password form, and only service accounts use HTTP Basic on the API; a platform OpenID mechanism would replace this one for the API too, and
 * could not be switched on by configuration.
 */
@ApplicationScoped
public class WelcomingAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PATH = "/api/";
    private static final String BASIC = "Basic ";
    private static final String UNAUTHORIZED_JSON =
            "{\"status\":401,\"message\":\"Sign in with HTTP Basic: a user name and password.\"}";
    private static final String UNAUTHORIZED_SSO_JSON = "{\"status\":401,\"message\":\"Sign in with HTTP Basic as a"
            + " service account. People sign in at the city's identity provider, with its multi-factor authentication,"
            + " and use the application in the browser.\"}";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerOrigin origin;

    @Inject
    IdentitySettings settings;

    @Inject
    ProviderSignIn provider;

    @Inject
    ForwardedTransport transport;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        origin.set(transport.clientAddress(request)); // before any identity store runs: log-on events say where from
        SecurityHeaders.apply(request, response, transport.secure(request)); // also on the 401 and 403 answers no filter sees
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PATH)) {
            return basic(request, response, context);
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            SessionGroups.resume(request, context, signedIn);
            return AuthenticationStatus.SUCCESS;
        }
        boolean singleSignOn = settings.source() == IdentitySource.OIDC;
        if (singleSignOn && provider.handles(request)) {
            return provider.authenticate(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null && singleSignOn) {
            return context.responseUnauthorized(); // people sign in at the provider, where multi-factor lives
        }
        if (credential != null) {
            CredentialValidationResult result;
            try {
                result = identityStores.validate(credential);
            } catch (RuntimeException e) {
                TooManyPasswordChecks spent = TooManyPasswordChecks.in(e).orElseThrow(() -> e);
                return tooMany(response, spent); // the log-on page says so; it reads the status
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                SessionGroups.register(request, context, result);
            }
            return context.notifyContainerAboutLogin(result);
        }
        return context.isProtected()
                ? context.redirect(request.getContextPath() + LOGIN_PAGE)
                : context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected() ? unauthorized(response) : context.doNothing();
        }
        UsernamePasswordCredential credential = decode(header.substring(BASIC.length()).trim());
        if (credential == null) {
            return unauthorized(response);
        }
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            Optional<TooManyPasswordChecks> spent = TooManyPasswordChecks.in(e);
            if (spent.isPresent()) {
                return writeTooMany(response, spent.get());
            }
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            return databaseUnavailable(response); // a 503 like the API's own, not the container's 500
        }
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : unauthorized(response);
    }

    /** Refused unchecked: 429 with the wait, and nothing written, so that the log-on page can still be rendered. */
    private static AuthenticationStatus tooMany(HttpServletResponse response, TooManyPasswordChecks spent) {
        ClientAllowance.refuse(response, spent.retryAfterSeconds());
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus writeTooMany(HttpServletResponse response, TooManyPasswordChecks spent) {
        tooMany(response, spent);
        writeJson(response, "{\"status\":429,\"message\":\"Too many password checks from your address. Try again in "
                + spent.retryAfterSeconds() + " s.\"}");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus databaseUnavailable(HttpServletResponse response) {
        try {
            DatabaseUnavailable.write(response);
        } catch (IOException clientGone) {
            // the status alone still tells a client that stayed
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * With single sign-on the answer says who may use a password here; it is the same for a
     * wrong password and a person's right one, so it never confirms a person's password.
     */
    private AuthenticationStatus unauthorized(HttpServletResponse response) {
        return unauthorized(response, settings.source() == IdentitySource.OIDC ? UNAUTHORIZED_SSO_JSON : UNAUTHORIZED_JSON);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** A JSON answer like every other API error, not the container's error page. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, String json) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"welcoming\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        writeJson(response, json);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void writeJson(HttpServletResponse response, String json) {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(json);
        } catch (IOException clientGone) {
            // the status alone still tells a client that stayed
        }
    }
}
