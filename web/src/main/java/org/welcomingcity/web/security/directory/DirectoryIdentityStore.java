package org.welcomingcity.web.security.directory;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.boundary.ExternalLogOn;
import org.welcomingcity.identity.control.AccountChanges;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.web.security.IdentitySettings;
import org.welcomingcity.web.security.IdentitySource;
import org.welcomingcity.web.security.JustInTimeAccounts;
import org.welcomingcity.web.security.PasswordChecks;
import org.welcomingcity.web.security.VerifiedCredentials;

/**
 * The city's directory as the identity store ({@code welcoming.identity.store=ldap}), for the
 * log-on page and HTTP Basic alike. The directory's groups become roles only through
 * {@code welcoming.identity.group-roles}; a person none of whose groups is mapped may not sign in.
 * Every outcome is audited as the database store does, and each log-on records the person's
 * account (with the unit, from {@code unit-attribute}). Lockout after failed log-ons is the
 * directory's own policy (Active Directory and OpenLDAP's ppolicy both keep one).
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

    /** The time its remembered verifications expire by: injected, so that a test deployment can move it on. */
    @Inject
    Clock clock;

    @Inject
    IdentitySettings settings;

    @Inject
    Config config;

    @EJB
    AuditTrail trail;

    @Inject
    JustInTimeAccounts accounts;

    @Inject
    AccountChanges changes;

    @Inject
    PasswordChecks passwordChecks;

    private volatile DirectoryLookup lookup;
    private volatile VerifiedCredentials<Verified> verified;

    /** A verification and the generation of the person's account it was made at. */
    private record Verified(CredentialValidationResult result, long generation) {
    }

    /** A missing directory setting stops the deployment, not the first log-on. */
    void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (settings.source() == IdentitySource.LDAP) {
            lookup();
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return settings.source() == IdentitySource.LDAP ? EnumSet.allOf(ValidationType.class) : Set.of();
    }

    /** A remembered log-on holds while the person's account is unchanged (an administrator's disable ends it). */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        return verified().verify(username, credential.getPasswordAsString(),
                () -> checkAtGeneration(credential),
                v -> v.result().getStatus() == CredentialValidationResult.Status.VALID,
                v -> changes.generation(username) == v.generation()).result();
    }

    private Verified checkAtGeneration(UsernamePasswordCredential credential) {
        long generation = changes.generation(credential.getCaller()); // before the account is read or recorded
        return new Verified(check(credential), generation);
    }

    private CredentialValidationResult check(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String target = Account.auditTarget(username);
        Optional<DirectoryPerson> person;
        try {
            person = lookup().authenticate(username, credential.getPassword().getValue());
        } catch (NamingException unreachable) {
            LOG.log(Level.WARNING, "The directory did not answer a log-on", unreachable);
            trail.recordAlone(username, AuditAction.LOGON_FAILED, target, AuditOutcome.FAILED,
                    AuditDetail.of("source", "ldap").and("reason", "directory unavailable"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> roles = person.map(p -> settings.groupRoles().rolesOf(p.groups())).orElse(Set.of());
        if (roles.isEmpty()) {
            String reason = person.isPresent() ? "no group mapped to a role" : "unknown person or wrong password";
            trail.recordAlone(username, AuditAction.LOGON_FAILED, target, AuditOutcome.FAILED,
                    AuditDetail.of("source", "ldap").and("reason", reason));
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (person.get().id() == null) {
            trail.recordAlone(username, AuditAction.LOGON_FAILED, target, AuditOutcome.FAILED,
                    AuditDetail.of("source", "ldap").and("reason", "the directory entry has no id attribute"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        ExternalLogOn recorded = accounts.record(username, "ldap:" + person.get().id(), person.get().displayName(),
                person.get().unit(), roles, "ldap");
        if (recorded.refusal().isPresent()) {
            trail.recordAlone(username, AuditAction.LOGON_FAILED, target, AuditOutcome.FAILED,
                    AuditDetail.of("source", "ldap").and("reason", recorded.refusal().get()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        String account = recorded.username(); // the name in the case it was first recorded
        trail.recordLogOn(account, roles, AuditDetail.of("source", "ldap").and("roles", roles.toString()));
        return new CredentialValidationResult(account, roles);
    }

    private DirectoryLookup lookup() {
        if (lookup == null) {
            lookup = new DirectoryLookup(DirectorySettings.from(config));
        }
        return lookup;
    }

    private VerifiedCredentials<Verified> verified() {
        if (verified == null) {
            long seconds = config.getValue("welcoming.security.verified-credentials-seconds", Long.class);
            verified = new VerifiedCredentials<>(Duration.ofSeconds(seconds), clock, passwordChecks::admit);
        }
        return verified;
    }
}
