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
import org.welcomingcity.identity.boundary.SignIn;
import org.welcomingcity.identity.control.AccountChanges;
import org.welcomingcity.identity.entity.Role;

/**
 * The application's own accounts, the embedded default. Groups are the role names; an account
 * that must change its password gets only {@link #PASSWORD_CHANGE_DUE}, so it can do nothing else.
 * Off when the directory is the identity store; with OpenID Connect it still serves the API, for
 * service accounts only.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The one group of an account whose password was set by someone else (web.xml declares it as a role). */
    public static final String PASSWORD_CHANGE_DUE = "PASSWORD_CHANGE_DUE";

    @EJB
    AccountCredentials credentials;

    /** The time its remembered verifications expire by: injected, so that a test deployment can move it on. */
    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "welcoming.security.verified-credentials-seconds")
    long rememberSeconds;

    @Inject
    AccountChanges changes;

    @Inject
    PasswordChecks passwordChecks;

    private VerifiedCredentials<Verified> verified;

    /** A verification, the account's generation it was made at, and the stamp of the password it matched. */
    private record Verified(CredentialValidationResult result, long generation, String passwordStamp) {
    }

    @Inject
    IdentitySettings settings;

    @PostConstruct
    void start() {
        verified = new VerifiedCredentials<>(Duration.ofSeconds(rememberSeconds), clock, passwordChecks::admit);
    }

    /** Groups too: the container keeps a validating store's groups only when it also provides groups. */
    @Override
    public Set<ValidationType> validationTypes() {
        return settings.source().usesAccounts() ? EnumSet.allOf(ValidationType.class) : Set.of();
    }

    /**
     * A remembered log-on costs no database round trip: it holds while the account's generation
     * is the one it was verified at. Any change to the account (a lock after failed log-ons
     * included) moves the generation on, and the next call is checked, and audited, afresh. When
     * its time runs out, it is renewed by one look at the account (the same password, still
     * allowed to sign in) rather than by the slow password hash, whose bursts of computing would
     * otherwise fall on every client once a minute.
     */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        return verified.verify(username, credential.getPasswordAsString(), () -> check(credential),
                v -> v.result().getStatus() == CredentialValidationResult.Status.VALID,
                v -> changes.generation(username) == v.generation(),
                expired -> renew(username, expired)).result();
    }

    private Verified check(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        long generation = changes.generation(username); // before the account is read
        return credentials.verify(username, credential.getPassword().getValue(), servicesOnly())
                .map(signIn -> verified(username, signIn, generation))
                .orElse(new Verified(CredentialValidationResult.INVALID_RESULT, -1, null));
    }

    /** Null when the account has changed in any way that matters: then the password is checked afresh. */
    private Verified renew(String username, Verified expired) {
        long generation = changes.generation(username); // before the account is read
        return credentials.renew(username, expired.passwordStamp(), servicesOnly())
                .map(signIn -> verified(username, signIn, generation)).orElse(null);
    }

    private static Verified verified(String username, SignIn signIn, long generation) {
        return new Verified(new CredentialValidationResult(username, groups(signIn)), generation, signIn.passwordStamp());
    }

    /** With single sign-on, people sign in at the provider: a password here is for service accounts only. */
    private boolean servicesOnly() {
        return settings.source() == IdentitySource.OIDC;
    }

    private static Set<String> groups(SignIn signIn) {
        return signIn.mustChangePassword() ? Set.of(PASSWORD_CHANGE_DUE)
                : signIn.roles().stream().map(Role::name).collect(Collectors.toSet());
    }
}
