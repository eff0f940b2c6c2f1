package org.welcomingcity.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.welcomingcity.identity.entity.Account;

/** Where accounts are found and stored; joins the calling boundary's transaction. */
@Dependent
public class AccountStore {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public void store(Account account) {
        em.persist(account);
    }
}
