package org.welcomingcity.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ResourceBundle;
import org.welcomingcity.web.guard.ActiveSessions;
import org.welcomingcity.web.guard.ClientAllowance;
import org.welcomingcity.web.security.IdentitySettings;
import org.welcomingcity.web.security.IdentitySource;
import org.welcomingcity.web.security.provider.ProviderSignIn;
import org.welcomingcity.identity.boundary.AccountCredentials;

/**
 * The log-on form: hands the credentials to the authentication mechanism, never keeps them.
 * With single sign-on configured the page offers the city's provider instead.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    IdentitySettings identity;

    @Inject
    ProviderSignIn provider;

    @Inject
    ActiveSessions sessions;

    @EJB
    AccountCredentials credentials;

    private String username;
    private String password;

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (sessions.full()) {
            password = null;
            return refuse("login.serverFull");
        }
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId(); // a session id seen before log-on is worthless after it
            return credentials.passwordChangeDue(username) ? "/account/password?faces-redirect=true"
                    : "/index?faces-redirect=true";
        }
        if (response.getStatus() == ClientAllowance.TOO_MANY_REQUESTS) {
            return refuse("login.tooMany");
        }
        return status == AuthenticationStatus.SEND_FAILURE ? refuse("login.failed") : null;
    }

    private String refuse(String message) {
        String text = ResourceBundle.getBundle("org.welcomingcity.web.i18n.messages",
                faces.getViewRoot().getLocale()).getString(message);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return null;
    }

    public boolean isSingleSignOn() {
        return identity.source() == IdentitySource.OIDC;
    }

    public String getProviderName() {
        return provider.displayName();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
