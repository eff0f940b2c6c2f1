package org.welcomingcity.web.security.provider;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.web.guard.ForwardedTransport;
import org.welcomingcity.web.security.IdentitySettings;
import org.welcomingcity.web.security.IdentitySource;
import org.welcomingcity.web.security.SessionGroups;

/**
 * The two steps of a sign-in through the provider, for the authentication mechanism:
 * {@value #START} sends the browser to the provider, {@value #CALLBACK} takes its answer,
 * checks it and signs the person in (the page at that address then sends them home).
 */
@ApplicationScoped
public class ProviderSignIn {

    public static final String START = "/sso/start";
    public static final String CALLBACK = "/sso/callback";
    static final String FAILED_PAGE = "/login.xhtml?sign-in=failed";
    private static final String COOKIE = "welcoming-sign-in";
    private static final int COOKIE_SECONDS = 600;
    private static final Logger LOG = Logger.getLogger(ProviderSignIn.class.getName());

    /** The time ID tokens and pending sign-ins are judged by: injected, so that a test deployment can move it on. */
    @Inject
    Clock clock;

    @Inject
    IdentitySettings identity;

    @Inject
    Config config;

    @Inject
    ForwardedTransport transport;

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    AuditTrail trail;

    private volatile ProviderClient client;

    /** A missing provider setting stops the deployment; the provider itself is asked only at the first sign-in. */
    void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (identity.source() == IdentitySource.OIDC) {
            settings();
        }
    }

    public boolean handles(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return START.equals(path) || CALLBACK.equals(path);
    }

    public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        boolean starting = request.getRequestURI().endsWith(START);
        try {
            return starting ? start(request, response, context) : finish(request, response, context);
        } catch (RejectedSignIn rejected) {
            LOG.log(Level.WARNING, "Sign-in through the provider refused: {0}", rejected.getMessage());
            trail.recordAlone("unknown", AuditAction.LOGON_FAILED, "provider", AuditOutcome.FAILED,
                    AuditDetail.of("source", "oidc").and("reason", rejected.getMessage()));
            return context.redirect(request.getContextPath() + FAILED_PAGE);
        }
    }

    private AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws RejectedSignIn {
        SignInAttempt attempt = SignInAttempt.fresh();
        URI provider = client().authorization(attempt, redirectUri(request));
        response.addCookie(cookie(request, attempt.cookieValue(), COOKIE_SECONDS));
        return context.redirect(provider.toString());
    }

    private AuthenticationStatus finish(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws RejectedSignIn {
        Optional<SignInAttempt> attempt = SignInAttempt.fromCookie(cookieValue(request));
        response.addCookie(cookie(request, "", 0)); // good for one answer only
        if (attempt.isEmpty() || !attempt.get().matches(request.getParameter("state"))) {
            throw new RejectedSignIn("the answer does not belong to a sign-in begun in this browser");
        }
        String code = request.getParameter("code");
        if (request.getParameter("error") != null || code == null || code.isBlank()) {
            throw new RejectedSignIn("the provider did not sign the person in");
        }
        JsonObject claims = client().verify(client().exchange(code, attempt.get(), redirectUri(request)),
                attempt.get().nonce());
        CredentialValidationResult result = identityStores.validate(new ProviderCredential(caller(claims),
                claims.getString("iss"), claims.getString("sub"), groups(claims),
                text(claims, "name"), text(claims, settings().unitClaim().orElse(null))));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + FAILED_PAGE);
        }
        SessionGroups.register(request, context, result);
        return context.notifyContainerAboutLogin(result);
    }

    public String displayName() {
        return settings().displayName();
    }

    private String caller(JsonObject claims) {
        String name = claims.getString(settings().nameClaim(), "");
        return name.isBlank() ? claims.getString("sub") : name;
    }

    /** A claim's text; a number is taken as its digits (a unit may be a department number). */
    private static String text(JsonObject claims, String claim) {
        JsonValue value = claim == null ? null : claims.get(claim);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof JsonNumber number ? number.toString() : null;
    }

    private Set<String> groups(JsonObject claims) {
        JsonValue claim = claims.get(settings().groupsClaim());
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof JsonString single) {
            groups.add(single.getString());
        } else if (claim != null && claim.getValueType() == JsonValue.ValueType.ARRAY) {
            claim.asJsonArray().stream().filter(JsonString.class::isInstance)
                    .forEach(value -> groups.add(((JsonString) value).getString()));
        }
        return groups;
    }

    /**
     * Without a configured one, this server's own callback address, with the scheme the browser
     * used: behind a trusted TLS proxy the server sees plain HTTP, but the browser comes back over HTTPS.
     */
    private String redirectUri(HttpServletRequest request) {
        return settings().redirectUri().orElseGet(() -> {
            String callback = URI.create(request.getRequestURL().toString())
                    .resolve(request.getContextPath() + CALLBACK).toString();
            boolean forwardedTls = transport.secure(request) && !request.isSecure();
            return forwardedTls ? callback.replaceFirst("^http:", "https:") : callback;
        });
    }

    private static String cookieValue(HttpServletRequest request) {
        return Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
                .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst().orElse(null);
    }

    /** Lax, not Strict: it must come back with the provider's cross-site redirect. */
    private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath() + "/sso");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(transport.secure(request));
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private ProviderSettings settings() {
        return client().settings();
    }

    private ProviderClient client() {
        if (client == null) {
            client = new ProviderClient(ProviderSettings.from(config), clock);
        }
        return client;
    }
}
