package org.welcomingcity.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.identity.boundary.AccountCredentials;
import org.welcomingcity.identity.entity.Role;

/**
 * The application's own accounts, the embedded default. Groups are the role names. Off when
 * the directory is the identity store; with OpenID Connect it still serves the API.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    AccountCredentials credentials;

    @Inject
    @ConfigProperty(name = "welcoming.security.verified-credentials-seconds")
    long rememberSeconds;

    private VerifiedCredentials<CredentialValidationResult> verified;

    @Inject
    IdentitySettings settings;

    @PostConstruct
    void start() {
        verified = new VerifiedCredentials<>(Duration.ofSeconds(rememberSeconds), Clock.systemUTC());
    }

    /** Groups too: the container keeps a validating store's groups only when it also provides groups. */
    @Override
    public Set<ValidationType> validationTypes() {
        return settings.source().usesAccounts() ? EnumSet.allOf(ValidationType.class) : Set.of();
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        return verified.verify(credential.getCaller(), password, () -> check(credential),
                result -> result.getStatus() == CredentialValidationResult.Status.VALID);
    }

    private CredentialValidationResult check(UsernamePasswordCredential credential) {
        return credentials.verify(credential.getCaller(), credential.getPassword().getValue())
                .map(roles -> new CredentialValidationResult(credential.getCaller(),
                        roles.stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
