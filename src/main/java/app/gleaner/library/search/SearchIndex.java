package app.gleaner.library.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The library's full-text index, in the library's own database. Writes happen on the current transaction's
 * connection, so a clip and its postings commit or roll back together. At start, clips the index does not hold are
 * indexed in batches: those saved before it existed or by a tool that bypassed it, and every clip after a migration
 * emptied it because its terms changed ({@code V4__search_terms_keep_vowel_signs.sql}).
 *
 * <p>Thread-safe: holds no state of its own beyond immutable helpers.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    static final int BACKFILL_BATCH = 100;

    private final EntityManager entityManager;
    private final IndexWriter writer = new IndexWriter();
    private final Searcher searcher = new Searcher();

    SearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Indexes (or re-indexes) one clip; needs an active transaction in which the clip row exists. */
    public void index(SearchDocument doc) {
        session().doWork(connection -> writer.index(connection, doc));
    }

    /** One page of ranked clip ids; needs an active transaction. */
    public Searcher.Hits search(SearchQuery query, Set<Long> allowed, int offset, int limit) {
        return session().doReturningWork(connection -> searcher.search(connection, query, allowed, offset, limit));
    }

    void backfill(@Observes StartupEvent start) {
        int indexed = 0;
        List<SearchDocument> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::indexNextBatch);
            indexed += batch.size();
        } while (batch.size() == BACKFILL_BATCH);
        if (indexed > 0) {
            LOG.infof("Search index: indexed %d clips it did not hold", indexed);
        }
    }

    private List<SearchDocument> indexNextBatch() {
        List<SearchDocument> batch = session().doReturningWork(connection -> {
            List<SearchDocument> docs = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, title, byline, site_name, content_text FROM clip"
                            + " WHERE id NOT IN (SELECT clip_id FROM search_doc) ORDER BY id")) {
                select.setMaxRows(BACKFILL_BATCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        docs.add(new SearchDocument(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return docs;
        });
        for (SearchDocument doc : batch) {
            index(doc);
        }
        return batch;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
