package io.talentatlas.metrics.messaging;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a database that is away (down, restarting, out of connections) from a write that is wrong. The first is
 * waited out: the record is fine and will store once the database is back. The second is dead-lettered.
 */
final class DatabaseOutage {

    /**
     * SQLSTATE classes of a server that cannot take the work right now: connection exception, insufficient
     * resources, operator intervention (shutdown, restart), transaction rollback (serialization, deadlock).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57", "40");

    private DatabaseOutage() {
    }

    /** True when {@code failure} or one of its causes says the database could not be reached or used. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** A pool timeout carries no SQLSTATE; a real statement error always does. */
    private static boolean transientState(String state) {
        return state == null || state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2));
    }
}
