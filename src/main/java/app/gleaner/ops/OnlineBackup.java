package app.gleaner.ops;

import app.gleaner.config.GleanerConfig;
import app.gleaner.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Backs up the H2 library while Gleaner runs: H2's {@code BACKUP TO} writes a zip of the database file that is
 * transactionally consistent (H2's MVCC store copies a committed state; writers are not blocked). The zip lands in
 * {@code <data-dir>/backups/gleaner-<UTC timestamp>.zip}; restoring is unzipping it into an empty data dir while
 * Gleaner is stopped. PostgreSQL and in-memory databases are refused with 409: use {@code pg_dump} for the former.
 * Thread-safe: one backup at a time.
 */
@ApplicationScoped
public class OnlineBackup {

    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final AgroalDataSource database;
    private final Path dataDir;

    OnlineBackup(AgroalDataSource database, GleanerConfig config) {
        this.database = database;
        this.dataDir = config.dataDir();
    }

    /** What a backup produced. */
    public record Backup(String path, long sizeBytes, OffsetDateTime createdAt) {
    }

    public synchronized Backup backUp() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = database.getConnection()) {
            requireH2File(connection.getMetaData());
            Path folder = dataDir.resolve(FOLDER).toAbsolutePath().normalize();
            Files.createDirectories(folder);
            Path zip = folder.resolve("gleaner-" + STAMP.format(now) + ".zip");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            }
            return new Backup(zip.toString(), Files.size(zip), now);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be backed up", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder could not be written", e);
        }
    }

    private static void requireH2File(DatabaseMetaData database) throws SQLException {
        if (!"H2".equalsIgnoreCase(database.getDatabaseProductName())) {
            throw new ProblemException(Response.Status.CONFLICT, "This server stores the library in "
                    + database.getDatabaseProductName() + "; back it up with that database's own tools "
                    + "(for PostgreSQL: pg_dump).");
        }
        if (database.getURL().startsWith("jdbc:h2:mem:")) {
            throw new ProblemException(Response.Status.CONFLICT,
                    "This server keeps the library in memory; there is no file to back up.");
        }
    }
}
