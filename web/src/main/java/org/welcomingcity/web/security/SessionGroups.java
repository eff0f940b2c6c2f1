package org.welcomingcity.web.security;

import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * A signed-in person's session, so that it survives losing the instance that holds it. The
 * container keeps the caller and groups of a registered session in that instance's memory; the
 * session replicated through the Data Grid brings the caller's name to the next instance, but
 * not the groups. So the groups granted at log-on are also kept as a session attribute, which is
 * replicated, and handed back to the container with the caller whenever the session resumes.
 */
public final class SessionGroups {

    static final String ATTRIBUTE = "welcoming.signed-in-groups";

    private SessionGroups() {
    }

    /** Registers a successful log-on as the session's, with its groups kept for the other instances. */
    public static void register(HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        request.getSession(true).setAttribute(ATTRIBUTE, Set.copyOf(result.getCallerGroups()));
    }

    /** Hands the session's caller, and the groups granted at log-on, back to the container. */
    public static void resume(HttpServletRequest request, HttpMessageContext context, Principal signedIn) {
        var session = request.getSession(false);
        Object groups = session == null ? null : session.getAttribute(ATTRIBUTE);
        Callback caller = new CallerPrincipalCallback(context.getClientSubject(), signedIn);
        Callback[] callbacks = groups instanceof Set<?> granted
                ? new Callback[] {caller, new GroupPrincipalCallback(context.getClientSubject(),
                        granted.stream().map(String::valueOf).toArray(String[]::new))}
                : new Callback[] {caller};
        try {
            context.getHandler().handle(callbacks);
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container refused to resume the session", e);
        }
    }
}
