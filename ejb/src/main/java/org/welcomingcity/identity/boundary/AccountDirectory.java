package org.welcomingcity.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.audit.entity.AuditAction;
import org.welcomingcity.audit.entity.AuditDetail;
import org.welcomingcity.audit.entity.AuditOutcome;
import org.welcomingcity.identity.control.AccountStore;
import org.welcomingcity.identity.control.PasswordHasher;
import org.welcomingcity.identity.control.PasswordPolicy;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.InvalidInputException;
import org.welcomingcity.problem.NotFoundException;
import org.welcomingcity.problem.NotPermittedException;
import org.welcomingcity.problem.PlainText;
import org.welcomingcity.identity.entity.AccountColumns;

/**
 * Account administration. Only city IT (ADMIN) opens, reads and changes accounts, and never
 * their own: another administrator must change an administrator's roles, unit, state or password.
 * Each change commits together with its audit event.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountDirectory {

    @Inject
    Clock clock;

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @EJB
    AuditTrail trail;

    @Resource
    SessionContext session;

    public AccountSummary create(@NotNull(message = "the request body is missing") @Valid NewAccount request) {
        requireSeparated(request.roles());
        policy.check("password", request.username(), request.password());
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("An account named '" + request.username() + "' already exists.");
        }
        String hash = hasher.hash(request.password().toCharArray());
        Account account = new Account(request.username(), request.displayName(), request.unit(), request.roles(), hash,
                now());
        account.setTemporaryPasswordHash(hash); // the administrator knows it: the holder replaces it first
        accounts.store(account);
        trail.record(AuditAction.ACCOUNT_CREATED, Account.auditTarget(account.username()), AuditOutcome.SUCCESS,
                AuditDetail.of("roles", account.roles().toString()).and("unit", account.unit()));
        return AccountSummary.of(account, now());
    }

    public AccountSummary find(@NotBlank String username) {
        AccountSummary found = accounts.findByUsername(username).map(a -> AccountSummary.of(a, now()))
                .orElseThrow(() -> new NotFoundException("No account named '" + username + "'."));
        trail.recordRead(AuditAction.ACCOUNT_READ, Account.auditTarget(username), AuditOutcome.SUCCESS, null);
        return found;
    }

    /**
     * The first {@code max} accounts, by user name, whose user name, name or unit contain the
     * text (any account for none), and how many match in all: a city's directory opens an account
     * for every officer who signs in, and a page of thousands helps no administrator.
     *
     * @throws InvalidInputException naming {@code size} when {@code max} is below 1
     */
    public AccountMatches list(String filter, int max) {
        if (max < 1) {
            throw new InvalidInputException("size", "at least 1, not " + max);
        }
        List<AccountSummary> shown = summaries(accounts.findMatching(filter, max));
        long total = shown.size() < max ? shown.size() : accounts.countMatching(filter);
        trail.recordRead(AuditAction.ACCOUNTS_LISTED, null, AuditOutcome.SUCCESS,
                AuditDetail.of("count", Long.toString(total)).and("shown", shown.size()));
        return new AccountMatches(shown, total);
    }

    /** Every account, for the annual account review (CJIS: accounts reviewed yearly). */
    public List<AccountSummary> review() {
        List<AccountSummary> all = summaries(accounts.findMatching(null, Integer.MAX_VALUE));
        trail.record(AuditAction.ACCOUNT_REVIEW_EXPORTED, null, AuditOutcome.SUCCESS,
                AuditDetail.of("accounts", Integer.toString(all.size())));
        return all;
    }

    public AccountSummary changeRoles(@NotBlank String username, @NotEmpty Set<Role> roles, Long version) {
        return change(username, version, AuditAction.ROLES_CHANGED, account -> {
            requireSeparated(roles);
            Set<Role> before = account.roles();
            account.assignRoles(roles, now());
            return before.equals(roles) ? null : AuditDetail.of("from", before.toString()).and("to", account.roles().toString());
        });
    }

    public AccountSummary changeUnit(@NotBlank String username,
            @Size(max = AccountColumns.UNIT) @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.PROBLEM) String unit,
            Long version) {
        String newUnit = unit == null || unit.isBlank() ? null : unit.strip();
        return change(username, version, AuditAction.UNIT_CHANGED, account -> {
            String before = account.unit();
            account.moveToUnit(newUnit);
            return Objects.equals(before, newUnit) ? null : AuditDetail.empty().and("from", before).and("to", newUnit);
        });
    }

    public AccountSummary disable(@NotBlank String username, Long version) {
        return change(username, version, AuditAction.ACCOUNT_DISABLED, account -> {
            boolean was = account.enabled();
            account.disable();
            return was ? AuditDetail.empty() : null;
        });
    }

    public AccountSummary enable(@NotBlank String username, Long version) {
        return change(username, version, AuditAction.ACCOUNT_ENABLED, account -> {
            boolean was = account.enabled();
            account.enable();
            return was ? null : AuditDetail.empty();
        });
    }

    public AccountSummary unlock(@NotBlank String username, Long version) {
        return change(username, version, AuditAction.ACCOUNT_UNLOCKED, account -> {
            AuditDetail detail = AuditDetail.of("failedLogons", Integer.toString(account.failedLogons()))
                    .and("wasLocked", Boolean.toString(account.lockedAt(now())));
            account.unlock();
            return detail;
        });
    }

    /**
     * Marks the account as a system's, which may call the API with its password under single
     * sign-on, or as a person's, who signs in at the identity provider. Accounts of the
     * directory or the provider are people's.
     */
    public AccountSummary markServiceAccount(@NotBlank String username, boolean service, Long version) {
        if (service && accounts.findByUsername(username).filter(Account::external).isPresent()) {
            throw new InvalidInputException("serviceAccount", "the account '" + username + "' belongs to a person of the"
                    + " city's directory or identity provider; a service account is opened here");
        }
        return change(username, version, AuditAction.SERVICE_ACCOUNT_CHANGED, account -> {
            boolean before = account.serviceAccount();
            account.markAsServiceAccount(service);
            return before == service ? null
                    : AuditDetail.of("from", Boolean.toString(before)).and("to", Boolean.toString(service));
        });
    }

    /** A new password the holder must replace at the next log-on; lifts a lockout too. */
    public AccountSummary resetPassword(@NotBlank String username, @NotNull String password, Long version) {
        if (accounts.findByUsername(username).filter(Account::external).isPresent()) {
            trail.recordAlone(session.getCallerPrincipal().getName(), AuditAction.PASSWORD_RESET,
                    Account.auditTarget(username), AuditOutcome.DENIED, AuditDetail.of("reason", "external account"));
            throw new NotPermittedException("The account '" + username + "' belongs to the city's directory or"
                    + " identity provider: its password is changed there, not here.");
        }
        policy.check("password", username, password);
        return change(username, version, AuditAction.PASSWORD_RESET, account -> {
            account.setTemporaryPasswordHash(hasher.hash(password.toCharArray()));
            return AuditDetail.empty();
        });
    }

    /** The change and its event in this transaction; {@code change} answers the event's detail, or null for no change. */
    private AccountSummary change(String username, Long version, AuditAction action,
            Function<Account, AuditDetail> change) {
        String caller = session.getCallerPrincipal().getName();
        if (caller.equals(username)) {
            trail.recordAlone(caller, action, Account.auditTarget(username), AuditOutcome.DENIED,
                    AuditDetail.of("reason", "own account"));
            throw new NotPermittedException("Separation of duties: administrators do not change their own"
                    + " account; another administrator must do it.");
        }
        Account account = accounts.findForChange(username, version);
        AuditDetail detail = change.apply(account);
        accounts.flush(username);
        if (detail != null) {
            trail.record(action, Account.auditTarget(username), AuditOutcome.SUCCESS, detail);
        }
        return AccountSummary.of(account, now());
    }

    private static void requireSeparated(Set<Role> roles) {
        if (roles != null && !Role.separated(roles)) {
            throw new InvalidInputException("roles", "ADMIN and AUDITOR are each held alone (separation of duties),"
                    + " not together with another role");
        }
    }

    private List<AccountSummary> summaries(List<Account> found) {
        OffsetDateTime now = now();
        return found.stream().map(a -> AccountSummary.of(a, now)).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
