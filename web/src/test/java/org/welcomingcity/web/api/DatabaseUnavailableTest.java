package org.welcomingcity.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionThatCannotBeMadeIsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.causes(wrapped(new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.causes(wrapped(new SQLTransientConnectionException("pool")))).isTrue();
    }

    @Test
    void aConnectionFoundClosedAtTheCommitIsTheDatabaseBeingAway() {
        // as Payara reports it: EJBException > SystemException > XAException > LocalTransactionException, nothing below
        jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("commit");
        xa.initCause(new jakarta.resource.spi.LocalTransactionException("This connection has been closed."));
        system.initCause(xa);
        assertThat(DatabaseUnavailable.causes(new EJBException("Unable to complete container-managed transaction.", system)))
                .isTrue();
    }

    @Test
    void aConnectionFoundClosedAtTheCommitNamedOnlyInTheXaExceptionsMessageIsTheDatabaseBeingAway() {
        // as a CI run's server log showed it: the XAException carries the closed connection in its message alone
        jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
        system.initCause(new javax.transaction.xa.XAException(
                "jakarta.resource.spi.LocalTransactionException: This connection has been closed."));
        assertThat(DatabaseUnavailable.causes(new EJBException("Unable to complete container-managed transaction.", system)))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new EJBException("Unable to complete container-managed transaction.",
                new jakarta.transaction.SystemException()))).as("a commit failure that names no lost connection").isFalse();
    }

    @Test
    void aServerShuttingDownOrStartingIsTheDatabaseBeingAway() {
        // what PostgreSQL sends to open sessions when it is stopped: "terminating connection due to administrator command"
        assertThat(DatabaseUnavailable.causes(wrapped(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causes(wrapped(new SQLException("the database system is starting up", "57P03")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseUnavailable.causes(wrapped(new SQLException("canceling statement", "57014")))).isFalse();
        assertThat(DatabaseUnavailable.causes(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("no SQL at all"))).isFalse();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new EJBException(new RuntimeException("Exception [EclipseLink-4002]", cause));
    }
}
