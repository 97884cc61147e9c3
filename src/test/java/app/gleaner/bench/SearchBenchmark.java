package app.gleaner.bench;

import app.gleaner.library.search.IndexWriter;
import app.gleaner.library.search.SearchDocument;
import app.gleaner.library.search.SearchQuery;
import app.gleaner.library.search.Searcher;
import app.gleaner.library.search.Snippets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Search benchmark (not a test): generates N realistic clips (default 10,000) into a fresh H2 file database with
 * Gleaner's own migrations and index writer, then times a few hundred realistic searches the way the list page
 * runs them — rank, load the page's 20 clips, build their highlighted snippets — and prints p50/p95/p99.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.gleaner.bench.SearchBenchmark [-Dexec.args="10000 400"]
 * </pre>
 *
 * A third argument {@code reuse} skips the generation and runs the queries on the database the last run left in
 * {@code target/bench-db} (building 10,000 clips takes minutes; the queries, seconds).
 *
 * Clips: titles of 4–10 words, bylines, 200 sites, bodies of 300–3,000 words drawn with a Zipf law (s = 1.05)
 * from 220 common English words followed by 40,000 generated words — the shape of real vocabulary: a few words in
 * every text, most words in few. Queries: 1–3 words taken from a random clip (so most have hits), a third of them
 * with the last word cut to a prefix as if still being typed, plus 10% words found nowhere.
 */
public final class SearchBenchmark {

    private static final int PAGE = 20;
    /** Time the ranking alone took in the last search (the rest is loading the page and its snippets). */
    private static long lastRankNanos;
    private static final int WARM_UP = 100;
    private static final String[] COMMON = ("the of and to in a is that for it as was with be by on not he this are or "
            + "his from at which but have an they you were her she there been one all we their has would when if so "
            + "no will more can who out up about said into other some than them time what its only new could two "
            + "first over after also most may like years these then made people any just well many before where "
            + "now very even through way back much because should between still own day those while year work "
            + "city water light harbour island coast river bridge council school market winter summer village "
            + "house storm road ship boat sea tide music history report plan station train garden church mill "
            + "north south east west night morning government money team game season film book story family child "
            + "women men war power energy wind farm food health hospital study research data science police court "
            + "election party minister vote law tax price home street town country world local public against "
            + "during under three four five old long great small large high late early best good right left")
            .split(" ");
    private static final String[] SYLLABLES = ("ka ri to ne sa lo me vi du pa ber tor lin gal mor ven sel dra "
            + "quen stro fal hun ish ar el on ul ith wen bry cal dor fen gri hal jor kel lam nor").split(" ");
    private static final String[] FIRST = "Ann Maren Iain Priya Tomas Ewa Kofi Lucia Sven Aiko Omar Nell".split(" ");
    private static final String[] LAST = "Holt Rowe Okafor Lindqvist Sato Brennan Duarte Novak Price Ahmed".split(" ");

    public static void main(String[] args) throws Exception {
        int clips = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        boolean reuse = args.length > 2 && args[2].equals("reuse");
        Path dir = Path.of("target/bench-db").toAbsolutePath();
        if (!reuse) {
            deleteRecursively(dir);
        }
        String url = "jdbc:h2:file:" + dir + "/library";
        Flyway.configure().dataSource(url, "gleaner", "").locations("classpath:db/migration").load().migrate();

        Random random = new Random(42);
        String[] vocabulary = vocabulary(random);
        Zipf zipf = new Zipf(vocabulary.length, 1.05, random);
        try (Connection connection = DriverManager.getConnection(url, "gleaner", "")) {
            connection.setAutoCommit(false);
            if (reuse) {
                System.out.printf("Reusing %,d clips (%,d postings) in %s%n", count(connection, "clip"),
                        count(connection, "search_posting"), dir);
            } else {
                long start = System.nanoTime();
                long words = generate(connection, clips, vocabulary, zipf, random);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("Indexed %,d clips (%,d words, %,d postings) in %.1f s%n", clips, words,
                        count(connection, "search_posting"), seconds);
            }

            List<String> texts = queries(connection, queries + WARM_UP, random);
            Searcher searcher = new Searcher();
            long[] nanos = new long[queries];
            long[] rankNanos = new long[queries];
            long hits = 0;
            for (int i = 0; i < texts.size(); i++) {
                long t0 = System.nanoTime();
                int found = search(connection, searcher, texts.get(i));
                long elapsed = System.nanoTime() - t0;
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = elapsed;
                    rankNanos[i - WARM_UP] = lastRankNanos;
                    hits += found;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(rankNanos);
            System.out.printf("%d queries (after %d warm-up), %d with hits on page 1: p50 %.1f ms, p95 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms%n", queries, WARM_UP, hits, ms(nanos, 0.50), ms(nanos, 0.95),
                    ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
            System.out.printf("  of which ranking alone: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", ms(rankNanos, 0.50),
                    ms(rankNanos, 0.95), ms(rankNanos, 0.99));
            System.out.printf("Database file: %.0f MB%n", Files.size(dir.resolve("library.mv.db")) / 1e6);
        }
    }

    /** Ranks, loads the page of clips and builds their snippets, as the list page does; 1 when it found any. */
    private static int search(Connection connection, Searcher searcher, String text) throws SQLException {
        SearchQuery query = SearchQuery.parse(text);
        long t0 = System.nanoTime();
        Searcher.Hits hits = searcher.search(connection, query, null, 0, PAGE);
        lastRankNanos = System.nanoTime() - t0;
        if (hits.ids().isEmpty()) {
            return 0;
        }
        String in = String.join(",", hits.ids().stream().map(String::valueOf).toList());
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, title, content_text FROM clip WHERE id IN (" + in + ")")) {
            while (rows.next()) {
                if (Snippets.html(rows.getString(3), query) == null) {
                    throw new IllegalStateException("empty clip " + rows.getLong(1));
                }
            }
        }
        return 1;
    }

    private static long generate(Connection connection, int clips, String[] vocabulary, Zipf zipf, Random random)
            throws SQLException {
        IndexWriter writer = new IndexWriter();
        long words = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO clip (url, canonical_url, canonical_url_hash, title, byline, site_name, word_count,
                reading_minutes, content_html, content_text, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < clips; i++) {
                String title = capitalize(sentence(vocabulary, zipf, 4 + random.nextInt(7)));
                String byline = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                String site = "The " + capitalize(vocabulary[300 + random.nextInt(200)]) + " Review";
                int length = 300 + random.nextInt(2701);
                words += length;
                String body = body(vocabulary, zipf, random, length);
                String url = "https://site" + random.nextInt(200) + ".example/article/" + i;
                insert.setString(1, url);
                insert.setString(2, url);
                insert.setString(3, "%064d".formatted(i));
                insert.setString(4, title);
                insert.setString(5, byline);
                insert.setString(6, site);
                insert.setInt(7, length);
                insert.setInt(8, Math.max(1, length / 230));
                insert.setString(9, "<p>" + body.replace("\n\n", "</p><p>") + "</p>");
                insert.setString(10, body);
                OffsetDateTime saved = OffsetDateTime.parse("2024-01-01T00:00:00Z").plusMinutes(i * 37L);
                insert.setObject(11, saved);
                insert.setObject(12, saved);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    writer.index(connection, new SearchDocument(key.getLong(1), title, byline, site, body));
                }
                if (i % 100 == 99) {
                    connection.commit();
                }
                if (i % 1000 == 999) {
                    System.out.printf("  %,d clips indexed%n", i + 1);
                }
            }
        }
        connection.commit();
        return words;
    }

    private static List<String> queries(Connection connection, int n, Random random) throws SQLException {
        List<String> queries = new ArrayList<>();
        long max = count(connection, "clip");
        try (PreparedStatement select = connection.prepareStatement("SELECT content_text FROM clip WHERE id = ?")) {
            while (queries.size() < n) {
                if (random.nextInt(10) == 0) {
                    queries.add("zzq" + random.nextInt(1000) + " nowhere");
                    continue;
                }
                select.setLong(1, 1 + random.nextInt((int) max));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        continue;
                    }
                    String[] words = row.getString(1).split("[^\\p{L}]+");
                    int terms = 1 + random.nextInt(3);
                    int at = random.nextInt(Math.max(1, words.length - terms));
                    String query = String.join(" ", Arrays.copyOfRange(words, at, Math.min(words.length, at + terms)));
                    if (random.nextInt(3) == 0 && query.length() > 6) {
                        query = query.substring(0, query.length() - 2);
                    }
                    queries.add(query);
                }
            }
        }
        return queries;
    }

    private static String body(String[] vocabulary, Zipf zipf, Random random, int words) {
        StringBuilder body = new StringBuilder();
        int written = 0;
        while (written < words) {
            int sentence = Math.min(words - written, 8 + random.nextInt(18));
            body.append(capitalize(sentence(vocabulary, zipf, sentence))).append(". ");
            written += sentence;
            if (random.nextInt(5) == 0) {
                body.append("\n\n");
            }
        }
        return body.toString().strip();
    }

    private static String sentence(String[] vocabulary, Zipf zipf, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? "" : " ").append(vocabulary[zipf.next()]);
        }
        return sentence.toString();
    }

    private static String[] vocabulary(Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(COMMON));
        java.util.Set<String> seen = new java.util.HashSet<>(words);
        while (words.size() < COMMON.length + 40_000) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(word.toString())) {
                words.add(word.toString());
            }
        }
        return words.toArray(String[]::new);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Zipf-distributed ranks 0..n-1 by inverse transform over the cumulative weights. */
    private static final class Zipf {
        private final double[] cumulative;
        private final Random random;

        Zipf(int n, double s, Random random) {
            this.random = random;
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int next() {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
        }
    }
}
