package ua.fakh.core.errors.internal;

import io.micronaut.data.connection.exceptions.ConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached (down, restarting, the pool waited in
 * vain for a connection) rather than a fault of ours: such a request is answered 503 with
 * {@code Retry-After}, so clients and load balancers retry instead of reporting a bug.
 */
final class DatabaseOutage {
    /** Seconds a client should wait: about what a PostgreSQL restart or a fail-over takes. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** PostgreSQL's "admin shutdown", "crash shutdown", "cannot connect now" (starting or stopping). */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");
    /** H2's "database is already closed" and "database closed during shutdown". */
    private static final Set<String> H2_CLOSED = Set.of("90098", "90121");

    private DatabaseOutage() {
    }

    static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // Micronaut Data could not open or prepare a connection: during a PostgreSQL restart the pool
            // hands out a connection the server has just closed ("Connection is closed", no SQLState).
            if (t instanceof ConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || SHUTTING_DOWN.contains(sql.getSQLState()) || H2_CLOSED.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
