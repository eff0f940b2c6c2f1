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
import java.util.Set;

/** A person who signs in. Holds a password hash only, never the password. */
@Entity
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
// Log-on counters change in single UPDATE statements: parallel attempts on one account (an
// attack, typically) must all count, without optimistic-lock conflicts.
@NamedQuery(name = Account.COUNT_FAILED_LOGON,
        query = "UPDATE Account a SET a.failedLogons = a.failedLogons + 1 WHERE a.username = :username")
@NamedQuery(name = Account.LOCK_AFTER_FAILURES, query = "UPDATE Account a SET a.lockedUntil = :until"
        + " WHERE a.username = :username AND a.failedLogons >= :attempts"
        + " AND (a.lockedUntil IS NULL OR a.lockedUntil < :now)")
@NamedQuery(name = Account.RESET_FAILED_LOGONS, query = "UPDATE Account a SET a.failedLogons = 0, a.lockedUntil = NULL"
        + " WHERE a.username = :username AND (a.failedLogons > 0 OR a.lockedUntil IS NOT NULL)")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String COUNT_FAILED_LOGON = "Account.countFailedLogon";
    public static final String LOCK_AFTER_FAILURES = "Account.lockAfterFailures";
    public static final String RESET_FAILED_LOGONS = "Account.resetFailedLogons";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String unit;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "failed_logons", nullable = false)
    private int failedLogons;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String unit, Set<Role> roles, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.unit = unit;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
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

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
