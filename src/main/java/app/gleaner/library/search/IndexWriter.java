package app.gleaner.library.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one clip's postings into the {@code search_posting} and {@code search_doc} tables ({@code V2__search.sql}).
 * One row per (term, clip) holds the term's field-weighted frequency — a title word counts {@link #TITLE_WEIGHT}
 * times, a byline or site word {@link #META_WEIGHT} times, a body word once — and the clip's length in terms, so a
 * search reads everything BM25 needs from one index range. Works on the caller's connection, inside the caller's
 * transaction, with portable SQL (H2 and PostgreSQL).
 *
 * <p>Stateless and thread-safe.
 */
public final class IndexWriter {

    public static final int TITLE_WEIGHT = 5;
    public static final int META_WEIGHT = 2;
    public static final int BODY_WEIGHT = 1;
    private static final int BATCH = 500;

    /** Replaces whatever the index held for {@code doc.clipId()}. */
    public void index(Connection connection, SearchDocument doc) throws SQLException {
        remove(connection, doc.clipId());
        Map<String, Integer> weights = new HashMap<>();
        int length = add(weights, doc.title(), TITLE_WEIGHT) + add(weights, doc.byline(), META_WEIGHT)
                + add(weights, doc.siteName(), META_WEIGHT) + add(weights, doc.body(), BODY_WEIGHT);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_posting (term, clip_id, weight, doc_length) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, Integer> entry : weights.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setLong(2, doc.clipId());
                insert.setInt(3, entry.getValue());
                insert.setInt(4, length);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_doc (clip_id, doc_length) VALUES (?, ?)")) {
            insert.setLong(1, doc.clipId());
            insert.setInt(2, length);
            insert.executeUpdate();
        }
    }

    /** Drops the clip from the index (deleting the clip row does the same by cascade). */
    public void remove(Connection connection, long clipId) throws SQLException {
        for (String table : new String[] {"search_posting", "search_doc"}) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE clip_id = ?")) {
                delete.setLong(1, clipId);
                delete.executeUpdate();
            }
        }
    }

    private static int add(Map<String, Integer> weights, String text, int weight) {
        int count = 0;
        for (String term : Tokenizer.terms(text)) {
            weights.merge(term, weight, Integer::sum);
            count++;
        }
        return count;
    }
}
