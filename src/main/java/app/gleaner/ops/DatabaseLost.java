package app.gleaner.ops;

import io.quarkus.runtime.Quarkus;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * H2 closes an embedded database for good after a fatal error inside it — an {@code OutOfMemoryError} in a commit,
 * a full disk — and then every request fails until the process restarts. When a failure says the database is
 * closed, Gleaner exits with status 1 so that its supervisor (systemd's {@code Restart=on-failure}, a container's
 * restart policy) starts it again: what was committed is on disk ({@code WRITE_DELAY=0}), and H2 reopens the file.
 * Thread-safe; exits once.
 */
public final class DatabaseLost {

    /** H2's {@code ErrorCode.DATABASE_IS_CLOSED}; PostgreSQL reports no such code, and its server outlives us. */
    static final int DATABASE_IS_CLOSED = 90098;
    private static final Logger LOG = Logger.getLogger(DatabaseLost.class);
    private static final AtomicBoolean EXITING = new AtomicBoolean();

    private DatabaseLost() {
    }

    /** Exits the process (status 1) when {@code failure} says the embedded database was closed under us. */
    public static void exitIfLost(Throwable failure) {
        if (isLost(failure) && EXITING.compareAndSet(false, true)) {
            LOG.error("The embedded database was closed after a fatal error; exiting so the service manager restarts"
                    + " Gleaner (committed clips are on disk).", failure);
            Quarkus.asyncExit(1);
        }
    }

    static boolean isLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_IS_CLOSED) {
                return true;
            }
        }
        return false;
    }
}
