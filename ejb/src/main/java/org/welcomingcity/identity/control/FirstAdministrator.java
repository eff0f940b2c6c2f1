package org.welcomingcity.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/**
 * A new production installation's way in: while no account holds ADMIN, the application opens
 * one from {@value #PASSWORD_KEY}, which setup keeps as a Payara password alias (never in
 * {@code domain.xml}). The password is temporary, as after a reset: city IT must replace it at
 * the first log-on before anything else. Once an administrator exists, the alias is ignored
 * and may be deleted.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoAccounts"})
public class FirstAdministrator {

    static final String PASSWORD_KEY = "welcoming.first-admin.password";
    static final String USERNAME_KEY = "welcoming.first-admin.username";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    PasswordPolicy policy;

    @EJB
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = USERNAME_KEY, defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = PASSWORD_KEY)
    Optional<String> password;

    @PostConstruct
    void openIfNone() {
        if (accounts.anyHolds(Role.ADMIN)) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning(() -> "No account holds ADMIN: create the password alias " + PASSWORD_KEY
                    + " and restart to open the first administrator, '" + username + "'");
            return;
        }
        // The instances of a deployment group start together: one opens the account, the
        // others wait for it here and then find it.
        trail.holdAppends();
        if (accounts.anyHolds(Role.ADMIN)) {
            return;
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalStateException(USERNAME_KEY + ": an account named '" + username
                    + "' exists without ADMIN; choose another name for the first administrator");
        }
        try {
            policy.check(PASSWORD_KEY, username, password.get());
        } catch (PasswordRefusedException weak) {
            throw new IllegalStateException("The first administrator's password (alias " + PASSWORD_KEY + ") is refused: "
                    + weak.getMessage(), weak);
        }
        String hash = hasher.hash(password.get().toCharArray());
        Account admin = new Account(username, "City IT administrator", null, EnumSet.of(Role.ADMIN), hash,
                OffsetDateTime.now(clock));
        admin.setTemporaryPasswordHash(hash); // replaced at the first log-on, like any password set for someone
        accounts.store(admin);
        trail.record(AuditAction.FIRST_ADMIN_CREATED, Account.auditTarget(username), AuditOutcome.SUCCESS,
                AuditDetail.of("mustChangePassword", true));
        LOG.info(() -> "Opened the first administrator '" + username + "'; the password must be changed at the first"
                + " log-on");
    }
}
