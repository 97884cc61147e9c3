package app.gleaner.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseLostTest {

    @Test
    void aClosedH2DatabaseAnywhereInTheCausesIsLost() {
        SQLException closed = new SQLException("The database has been closed", "90098", 90098);
        assertThat(DatabaseLost.isLost(new IllegalStateException("JDBC exception", new RuntimeException(closed))))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseLost.isLost(new SQLException("Unique index violated", "23505", 23505))).isFalse();
        assertThat(DatabaseLost.isLost(new SQLException("connection refused", "08001", 0))).isFalse();
        assertThat(DatabaseLost.isLost(new IllegalStateException("no cause"))).isFalse();
    }
}
