package org.welcomingcity.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A person who signs in. Holds a password hash only, never the password. */
@Entity
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
// Every use case that decides what its caller sees needs their unit alone: not the account and its roles.
@NamedQuery(name = Account.UNIT_OF, query = "SELECT a.unit FROM Account a WHERE a.username = :username")
// Log-on counters change in single UPDATE statements: parallel attempts on one account (an
// attack, typically) must all count, without optimistic-lock conflicts.
@NamedQuery(name = Account.COUNT_FAILED_LOGON,
        query = "UPDATE Account a SET a.failedLogons = a.failedLogons + 1 WHERE a.username = :username")
@NamedQuery(name = Account.LOCK_AFTER_FAILURES, query = "UPDATE Account a SET a.lockedUntil = :until"
        + " WHERE a.username = :username AND a.failedLogons >= :attempts"
        + " AND (a.lockedUntil IS NULL OR a.lockedUntil < :now)")
// A successful log-on. Like the failure counters it leaves the revision alone (EclipseLink advances
// the JPA version on bulk updates, which is why changes are compared by revision).
@NamedQuery(name = Account.RECORD_LOGON, query = "UPDATE Account a SET a.failedLogons = 0, a.lockedUntil = NULL,"
        + " a.lastLogonAt = :now WHERE a.username = :username")
@NamedQuery(name = Account.BY_EXTERNAL_ID, query = "SELECT a FROM Account a WHERE a.externalId = :externalId")
@NamedQuery(name = Account.BY_USERNAME_IGNORING_CASE,
        query = "SELECT a FROM Account a WHERE LOWER(a.username) = LOWER(:username) ORDER BY a.username")
@NamedQuery(name = Account.HOLDING, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role")
@NamedQuery(name = Account.MATCHING, query = "SELECT a FROM Account a WHERE " + Account.MATCHES + " ORDER BY a.username")
@NamedQuery(name = Account.COUNT_MATCHING, query = "SELECT COUNT(a) FROM Account a WHERE " + Account.MATCHES)
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String UNIT_OF = "Account.unitOf";
    public static final String COUNT_FAILED_LOGON = "Account.countFailedLogon";
    public static final String LOCK_AFTER_FAILURES = "Account.lockAfterFailures";
    public static final String RECORD_LOGON = "Account.recordLogon";
    public static final String MATCHING = "Account.matching";
    public static final String COUNT_MATCHING = "Account.countMatching";
    /** User name, name or unit contain :text, a LIKE pattern escaped with '!'. */
    static final String MATCHES = "LOWER(a.username) LIKE :text ESCAPE '!' OR LOWER(a.displayName) LIKE :text ESCAPE '!'"
            + " OR LOWER(a.unit) LIKE :text ESCAPE '!'";
    public static final String HOLDING = "Account.holding";
    public static final String BY_EXTERNAL_ID = "Account.byExternalId";
    public static final String BY_USERNAME_IGNORING_CASE = "Account.byUsernameIgnoringCase";

    /** What the audit trail names an account by, as a request is named by {@code request:} and its id. */
    public static String auditTarget(String username) {
        return "account:" + username;
    }

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = AccountColumns.USERNAME)
    private String username;

    @Column(name = "display_name", nullable = false, length = AccountColumns.DISPLAY_NAME)
    private String displayName;

    @Column(length = AccountColumns.UNIT)
    private String unit;

    @Column(name = "password_hash", nullable = false, length = AccountColumns.PASSWORD_HASH)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    // Lists and the annual review read many accounts: their roles in one more query, not one each.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "failed_logons", nullable = false)
    private int failedLogons;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "last_logon_at")
    private OffsetDateTime lastLogonAt;

    @Column(name = "roles_changed_at")
    private OffsetDateTime rolesChangedAt;

    /** Advanced by every administrative or password change, never by log-ons. */
    @Column(nullable = false)
    private long revision;

    /** Owned by the directory or the identity provider: recorded at log-on, never signed in with its password. */
    @Column(nullable = false)
    private boolean external;

    /** What the directory or provider never changes about the person: {@code ldap:<entry id>}, {@code oidc:<issuer> <subject>}. */
    @Column(name = "external_id", length = AccountColumns.EXTERNAL_ID)
    private String externalId;

    /** A system calling the API, not a person: with single sign-on, the only kind that may use a password there. */
    @Column(name = "service_account", nullable = false)
    private boolean serviceAccount;

    @Version
    private long version;

    protected Account() {
    }

    /** An account as of {@code createdAt}, the use case's time (from the injected clock). */
    public Account(String username, String displayName, String unit, Set<Role> roles, String passwordHash,
            OffsetDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.unit = unit;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        revision++;
        this.createdAt = createdAt.withOffsetSameInstant(ZoneOffset.UTC);
        this.rolesChangedAt = this.createdAt;
    }

    /**
     * A person the directory or the provider vouched for, recorded at their first log-on. The
     * hash is of a secret nobody knows, so the account never signs in with a password.
     */
    public static Account external(String username, String externalId, String displayName, String unit,
            Set<Role> roles, String unusableHash, OffsetDateTime createdAt) {
        Account account = new Account(username, displayName, unit, roles, unusableHash, createdAt);
        account.external = true;
        account.externalId = externalId;
        return account;
    }

    /** An external account recorded before ids were kept learns its person's id, once. */
    public void identifyAs(String newExternalId) {
        if (!external || externalId != null) {
            throw new IllegalStateException("Only an external account without an id learns one");
        }
        externalId = newExternalId;
        revision++;
    }

    /**
     * Takes the directory's or the provider's word for the name, unit and roles; answers the
     * names of what changed, none when nothing did.
     */
    public Set<String> synchronizeWith(String newDisplayName, String newUnit, Set<Role> newRoles,
            OffsetDateTime now) {
        Set<String> changed = new LinkedHashSet<>();
        if (!Objects.equals(displayName, newDisplayName)) {
            displayName = newDisplayName;
            changed.add("displayName");
        }
        if (!Objects.equals(unit, newUnit)) {
            unit = newUnit;
            changed.add("unit");
        }
        if (!roles().equals(newRoles)) {
            roles.clear();
            roles.addAll(newRoles);
            rolesChangedAt = now;
            changed.add("roles");
        }
        if (!changed.isEmpty()) {
            revision++;
        }
        return changed;
    }

    /** The holder chose this password: nothing more to change. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        revision++;
    }

    /**
     * A password someone else chose (an administrator's reset, a new account): the holder must
     * replace it at the next log-on. A reset also lifts a lockout, since the old password is gone.
     */
    public void setTemporaryPasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        revision++;
        unlock();
    }

    public void assignRoles(Set<Role> newRoles, OffsetDateTime now) {
        roles.clear();
        revision++;
        roles.addAll(newRoles);
        rolesChangedAt = now;
    }

    public void moveToUnit(String newUnit) {
        this.unit = newUnit;
        revision++;
    }

    public void disable() {
        this.enabled = false;
        revision++;
    }

    /** Marks the account as a system's (true) or a person's (false). */
    public void markAsServiceAccount(boolean service) {
        this.serviceAccount = service;
        revision++;
    }

    public void enable() {
        this.enabled = true;
    }

    /** An administrator lifts a lockout before it runs out, and the count starts again. */
    public void unlock() {
        this.failedLogons = 0;
        this.lockedUntil = null;
        revision++;
    }

    /** Locked after too many failed log-ons, until the lock runs out. */
    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A disabled account cannot sign in, whatever its password. */
    public boolean canSignIn() {
        return enabled && !roles.isEmpty();
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String unit() {
        return unit;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedLogons() {
        return failedLogons;
    }

    public OffsetDateTime lastLogonAt() {
        return lastLogonAt;
    }

    public OffsetDateTime rolesChangedAt() {
        return rolesChangedAt;
    }

    public long revision() {
        return revision;
    }

    public boolean external() {
        return external;
    }

    public boolean serviceAccount() {
        return serviceAccount;
    }

    public String externalId() {
        return externalId;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
