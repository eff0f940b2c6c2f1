package org.welcomingcity.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.welcomingcity.identity.entity.Account;
import org.welcomingcity.identity.entity.Role;
import org.welcomingcity.problem.ConflictException;
import org.welcomingcity.problem.NotFoundException;

/** Where accounts are found and stored; joins the calling boundary's transaction. */
@Dependent
public class AccountStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountChanges changes;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The unit of the account with this user name; empty when it has none or there is no such account. */
    public Optional<String> unitOf(String username) {
        List<String> units = em.createNamedQuery(Account.UNIT_OF, String.class).setParameter("username", username)
                .getResultList();
        return units.isEmpty() ? Optional.empty() : Optional.ofNullable(units.get(0));
    }

    /** The account of the directory's or provider's person with this id. */
    public Optional<Account> findByExternalId(String externalId) {
        return em.createNamedQuery(Account.BY_EXTERNAL_ID, Account.class).setParameter("externalId", externalId)
                .getResultStream().findFirst();
    }

    /** Accounts whose user name is this one in any case (directories compare names so). */
    public List<Account> findByUsernameIgnoringCase(String username) {
        return em.createNamedQuery(Account.BY_USERNAME_IGNORING_CASE, Account.class)
                .setParameter("username", username).getResultList();
    }

    /**
     * The account to change, refused when the caller saw another version of it ({@code expected}
     * null: the caller does not care).
     */
    public Account findForChange(String username, Long expected) {
        Account account = findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No account named '" + username + "'."));
        if (expected != null && expected != account.revision()) {
            throw changedMeanwhile(username);
        }
        return account;
    }

    /**
     * The first {@code max} accounts whose user name, name or unit contain the text (all of them
     * for none), by user name.
     */
    public List<Account> findMatching(String text, int max) {
        return em.createNamedQuery(Account.MATCHING, Account.class).setParameter("text", containing(text))
                .setMaxResults(max).getResultList();
    }

    /** How many accounts {@link #findMatching} would find with no limit. */
    public long countMatching(String text) {
        return em.createNamedQuery(Account.COUNT_MATCHING, Long.class).setParameter("text", containing(text))
                .getSingleResult();
    }

    private static String containing(String text) {
        String escaped = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** Whether any account, enabled or not, holds the role. */
    public boolean anyHolds(Role role) {
        return em.createNamedQuery(Account.HOLDING, Long.class).setParameter("role", role).getSingleResult() > 0;
    }

    /** A successful log-on: clears the failure count and notes the time, leaving the revision alone. */
    public void recordLogOn(String username, OffsetDateTime now) {
        em.createNamedQuery(Account.RECORD_LOGON).setParameter("username", username).setParameter("now", now)
                .executeUpdate();
    }

    public void store(Account account) {
        em.persist(account);
        changes.changing(account.username());
    }

    /**
     * Writes the changes now, so that a concurrent change is a conflict the caller is told about;
     * the account's remembered log-ons end with the transaction.
     */
    public void flush(String username) {
        changes.changing(username);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile(username);
        }
    }

    private static ConflictException changedMeanwhile(String username) {
        return new ConflictException("The account '" + username
                + "' was changed by someone else meanwhile; load it again and repeat the change.");
    }
}
