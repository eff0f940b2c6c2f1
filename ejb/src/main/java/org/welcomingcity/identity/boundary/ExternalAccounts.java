package org.welcomingcity.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.control.PasswordHashing;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;

/**
 * Just-in-time accounts for people from the city's directory or identity provider: each of
 * their log-ons records them in the account table, so the workflow knows their unit. Called
 * only by the web tier's directory and provider identity stores, before anyone is signed in,
 * hence no role check. A database account of the same name is never taken over: that would
 * merge two people, so the log-on is refused instead.
 */
@Stateless
@PermitAll
public class ExternalAccounts {

    private static final Logger LOG = Logger.getLogger(ExternalAccounts.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountStore accounts;

    @EJB
    AuditTrail trail;

    /**
     * Creates or brings up to date the person's account, with its audit event, in one
     * transaction; answers why the log-on must be refused, or nothing when it may go on.
     */
    public Optional<String> recordLogOn(@NotNull @Valid ExternalPerson person) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String username = person.username();
        String target = "account:" + username;
        if (!Role.separated(person.roles())) {
            return Optional.of("ADMIN or AUDITOR together with another role " + person.roles()
                    + " (separation of duties): the groups must grant one of them alone");
        }
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isPresent() && !found.get().external()) {
            LOG.warning(() -> "Refused a log-on through " + person.source() + " as '" + username
                    + "': a database account has that user name; rename one of them");
            trail.recordAlone(username, "ACCOUNT_NAME_COLLISION", target, AuditOutcome.DENIED,
                    Json.createObjectBuilder().add("source", person.source()).build().toString());
            return Optional.of("a database account has this user name");
        }
        if (found.isPresent() && !found.get().enabled()) {
            return Optional.of("account disabled");
        }
        if (found.isEmpty()) {
            Account account = Account.external(username, person.displayName(), person.unit(), person.roles(),
                    unusableHash());
            accounts.store(account);
            trail.record("ACCOUNT_PROVISIONED", target, AuditOutcome.SUCCESS, detail(account, person, Set.of()));
            accounts.flush(username);
        } else {
            Account account = found.get();
            Set<String> changed = account.synchronizeWith(person.displayName(), person.unit(), person.roles(), now);
            if (!changed.isEmpty()) { // an unchanged person keeps their remembered log-ons
                trail.record("ACCOUNT_SYNCHRONIZED", target, AuditOutcome.SUCCESS, detail(account, person, changed));
                accounts.flush(username);
            }
        }
        accounts.recordLogOn(username, now);
        return Optional.empty();
    }

    /** The hash of a secret nobody ever learns: the account exists for its unit, not to sign in with. */
    private static String unusableHash() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PasswordHashing.hash(Base64.getEncoder().encodeToString(secret).toCharArray());
    }

    /** The account as recorded; after a change, also which of its values changed. */
    private static String detail(Account account, ExternalPerson person, Set<String> changed) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("source", person.source())
                .add("displayName", account.displayName()).add("roles", account.roles().toString());
        if (account.unit() != null) {
            json.add("unit", account.unit());
        }
        if (!changed.isEmpty()) {
            json.add("changed", String.join(",", changed));
        }
        return json.build().toString();
    }
}
