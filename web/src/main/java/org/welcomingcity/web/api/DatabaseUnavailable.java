package org.welcomingcity.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * A failure because the database cannot be reached (stopped, restarting, the network gone):
 * a 503 with a plain message and Retry-After, not a 500, since nothing is wrong with the request
 * and the service returns by itself once the connection pool reaches the database again.
 */
public final class DatabaseUnavailable {

    static final String MESSAGE = "The database is not answering; nothing was changed. Try again in a minute.";


    /**
     * What the connection pool throws when it cannot hand out a connection, or when the connection
     * it handed out is found closed as the container commits ("Unable to complete container-managed
     * transaction", caused by a LocalTransactionException with nothing below it). By name: no
     * compile-time dependency on the pool.
     */
    private static final Set<String> POOL_FAILURES = Set.of("jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException", "jakarta.resource.spi.LocalTransactionException",
            "com.sun.appserv.connectors.internal.api.PoolingException");

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or anything that caused it, says the database cannot be reached. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || POOL_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && unavailable(sql.getSQLState())) {
                return true;
            }
            // Payara's local-transaction wrapper may name the closed connection only in the message
            // of the XAException it throws at the commit, with no cause below it
            if (cause instanceof XAException xa && xa.getMessage() != null
                    && xa.getMessage().contains("LocalTransactionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08, connection exception (SQL standard), and PostgreSQL's 57P01 to 57P03: the
     * server shutting down ("terminating connection due to administrator command"), crashed, or
     * not accepting connections yet. Not the rest of class 57, such as a cancelled statement.
     */
    static boolean unavailable(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("57P");
    }

    /**
     * The same answer written straight to the servlet response, for the HTTP Basic log-on, which
     * runs before JAX-RS and its exception mappers.
     */
    public static void write(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.B.toJson(new Problem(HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE, null)));
    }

    public static Response response() {
        return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE, MESSAGE))
                .header("Retry-After", "30").build();
    }

    /** JSON-B, as JAX-RS writes the API's answers: both carry the one Problem shape. Made at first use. */
    private static final class Json {
        static final Jsonb B = JsonbBuilder.create();
    }
}
