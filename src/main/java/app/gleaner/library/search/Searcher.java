package app.gleaner.library.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks clips for a {@link SearchQuery} with Okapi BM25 over the field-weighted term frequencies that
 * {@link IndexWriter} stored. Every term must occur (AND); ties go to the newer clip (higher id). A last term that the
 * query allows as a prefix is searched as one only when it is not itself a word of the library, so a common word
 * never expands to every word it begins ({@code the} to {@code their}, {@code there}, …). One index range read per
 * term, the scoring in memory: a term found in every one of 10,000 clips costs 10,000 small index entries.
 *
 * <p>Stateless and thread-safe; works on the caller's connection.
 */
public final class Searcher {

    /** BM25 term-frequency saturation. */
    static final double K1 = 1.2;
    /** BM25 length normalization. */
    static final double B = 0.75;
    /** Sorts after every character a term can hold: the exclusive end of a prefix's key range. */
    static final String PREFIX_END = "\uffff";

    /**
     * One page of ranked clip ids, how many clips matched in all, and the query as it was run (its last term is a
     * prefix only if it was searched as one), for highlighting.
     */
    public record Hits(List<Long> ids, int total, SearchQuery query) {
    }

    /**
     * @param allowed when not null, only these clip ids may match (the list's other filters)
     */
    public Hits search(Connection connection, SearchQuery query, Set<Long> allowed, int offset, int limit)
            throws SQLException {
        if (query.isEmpty()) {
            return new Hits(List.of(), 0, query);
        }
        long[] stats = stats(connection);
        double docs = Math.max(1, stats[0]);
        double averageLength = stats[0] == 0 ? 1 : Math.max(1.0, (double) stats[1] / stats[0]);

        Map<Long, double[]> scores = null;
        List<String> terms = query.terms();
        SearchQuery run = query.lastIsPrefix() ? new SearchQuery(terms, false) : query;
        for (int i = 0; i < terms.size(); i++) {
            Map<Long, int[]> postings = postings(connection, terms.get(i), false);
            if (postings.isEmpty() && query.lastIsPrefix() && i == terms.size() - 1) {
                postings = postings(connection, terms.get(i), true);
                run = query;
            }
            double idf = Math.log(1 + (docs - postings.size() + 0.5) / (postings.size() + 0.5));
            Map<Long, double[]> next = new HashMap<>();
            for (Map.Entry<Long, int[]> posting : postings.entrySet()) {
                Long id = posting.getKey();
                if ((allowed != null && !allowed.contains(id)) || (scores != null && !scores.containsKey(id))) {
                    continue;
                }
                int weight = posting.getValue()[0];
                int length = posting.getValue()[1];
                double tf = weight * (K1 + 1) / (weight + K1 * (1 - B + B * length / averageLength));
                double before = scores == null ? 0 : scores.get(id)[0];
                next.put(id, new double[] {before + idf * tf});
            }
            scores = next;
            if (scores.isEmpty()) {
                return new Hits(List.of(), 0, query);
            }
        }
        return page(scores, offset, limit, run);
    }

    private static Hits page(Map<Long, double[]> scores, int offset, int limit, SearchQuery run) {
        long[] ids = new long[scores.size()];
        double[] values = new double[scores.size()];
        Integer[] order = new Integer[scores.size()];
        int n = 0;
        for (Map.Entry<Long, double[]> entry : scores.entrySet()) {
            ids[n] = entry.getKey();
            values[n] = entry.getValue()[0];
            order[n] = n;
            n++;
        }
        Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
                : Long.compare(ids[b], ids[a]));
        List<Long> page = new ArrayList<>();
        for (int i = offset; i < Math.min(n, offset + limit); i++) {
            page.add(ids[order[i]]);
        }
        return new Hits(page, n, run);
    }

    /**
     * Clip id → {weight, length}; for a prefix, the best-weighted expansion per clip. A prefix is read as a key range
     * (not {@code LIKE ?}, which a database cannot plan as a range when the pattern is a parameter) and checked
     * again here, so a collation that orders differently from Java cannot let a non-match in.
     */
    private static Map<Long, int[]> postings(Connection connection, String term, boolean prefix)
            throws SQLException {
        String sql = prefix
                ? "SELECT clip_id, weight, doc_length, term FROM search_posting WHERE term >= ? AND term < ?"
                : "SELECT clip_id, weight, doc_length FROM search_posting WHERE term = ?";
        Map<Long, int[]> postings = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, term);
            if (prefix) {
                select.setString(2, term + PREFIX_END);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (prefix && !rows.getString(4).startsWith(term)) {
                        continue;
                    }
                    int[] row = {rows.getInt(2), rows.getInt(3)};
                    postings.merge(rows.getLong(1), row, (a, b) -> a[0] >= b[0] ? a : b);
                }
            }
        }
        return postings;
    }

    /** {number of indexed clips, sum of their lengths}. */
    private static long[] stats(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(doc_length), 0) FROM search_doc");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }
}
