package app.gleaner.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library created by the first schema version is upgraded by every later migration with every clip intact:
 * what a self-hoster's upgrade does at start.
 */
class SchemaUpgradeTest {

    private static final int CLIPS = 25;

    @TempDir
    Path dataDir;

    @Test
    void upgradingFromTheFirstSchemaKeepsEveryClip() throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("library").toAbsolutePath();
        Flyway.configure().dataSource(url, "gleaner", "").target(MigrationVersion.fromVersion("1")).load()
                .migrate();
        List<String> before = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "gleaner", "")) {
            insertClips(db);
            before.addAll(snapshot(db));
        }

        var result = Flyway.configure().dataSource(url, "gleaner", "").load().migrate();

        assertThat(result.success).isTrue();
        try (Connection db = DriverManager.getConnection(url, "gleaner", "")) {
            assertThat(snapshot(db)).containsExactlyElementsOf(before);
            try (Statement st = db.createStatement();
                    ResultSet tags = st.executeQuery("SELECT COUNT(*) FROM clip_tag")) {
                tags.next();
                assertThat(tags.getInt(1)).isEqualTo(CLIPS);
            }
        }
    }

    @Test
    void upgradingPastAChangeOfSearchTermsEmptiesTheIndexForTheStartToRebuild() throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("library").toAbsolutePath();
        Flyway.configure().dataSource(url, "gleaner", "").target(MigrationVersion.fromVersion("3")).load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, "gleaner", "")) {
            insertClips(db);
            try (Statement st = db.createStatement()) {
                st.executeUpdate("INSERT INTO search_posting (term, clip_id, weight, doc_length)"
                        + " VALUES ('ml', 1, 1, 1)");
                st.executeUpdate("INSERT INTO search_doc (clip_id, doc_length) VALUES (1, 1)");
            }
        }

        Flyway.configure().dataSource(url, "gleaner", "").load().migrate();

        try (Connection db = DriverManager.getConnection(url, "gleaner", "");
                Statement st = db.createStatement();
                ResultSet counts = st.executeQuery("SELECT (SELECT COUNT(*) FROM search_posting),"
                        + " (SELECT COUNT(*) FROM search_doc), (SELECT COUNT(*) FROM clip)")) {
            counts.next();
            assertThat(List.of(counts.getInt(1), counts.getInt(2), counts.getInt(3))).containsExactly(0, 0, CLIPS);
        }
    }

    private static void insertClips(Connection db) throws SQLException {
        try (PreparedStatement clip = db.prepareStatement("""
                INSERT INTO clip (id, url, canonical_url, canonical_url_hash, title, byline, word_count,
                    reading_minutes, content_html, content_text, archived, favorite, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
                PreparedStatement tag = db.prepareStatement("INSERT INTO clip_tag (clip_id, tag) VALUES (?, ?)")) {
            for (int i = 1; i <= CLIPS; i++) {
                String url = "https://upgrade.example/story-" + i;
                clip.setLong(1, i);
                clip.setString(2, url);
                clip.setString(3, url);
                clip.setString(4, ClipStore.hash(url));
                clip.setString(5, "Story " + i);
                clip.setString(6, i % 2 == 0 ? "A. Writer" : null);
                clip.setInt(7, 100 + i);
                clip.setString(8, "<p>Body of story " + i + " with <em>markup</em>.</p>");
                clip.setString(9, "Body of story " + i + " with markup.");
                clip.setBoolean(10, i % 3 == 0);
                clip.executeUpdate();
                tag.setLong(1, i);
                tag.setString(2, "tag-" + (i % 4));
                tag.executeUpdate();
            }
        }
    }

    private static List<String> snapshot(Connection db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT id, url, canonical_url_hash, title, byline, word_count, content_html, content_text,
                               archived FROM clip ORDER BY id""")) {
            while (rs.next()) {
                rows.add(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        String.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)));
            }
        }
        return rows;
    }
}
