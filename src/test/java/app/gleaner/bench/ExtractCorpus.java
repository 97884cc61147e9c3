package app.gleaner.bench;

import app.gleaner.extract.Article;
import app.gleaner.extract.Capture;
import app.gleaner.extract.Pipeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Runs the extraction pipeline over a bench corpus ({@code manifest.tsv}: id, split, input, url, charset) and writes
 * predictions in {@code score.py}'s format: {@code <id>.html} (the article) and {@code <id>.json} (title, byline,
 * excerpt, siteName, publishedTime, leadImage). Then prints throughput: pages per second on one thread, measured on
 * the last of {@code --passes} passes so the JIT has warmed up, extraction only (decoding the files is not counted).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=app.gleaner.bench.ExtractCorpus \
 *     -Dexec.args="--corpus ../shared/bench/corpora/scrapinghub --out target/pred/scrapinghub --passes 3"
 * </pre>
 */
public final class ExtractCorpus {

    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private record Page(String id, String url, String html) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path corpus = Path.of(required(options, "--corpus"));
        Path out = Path.of(required(options, "--out"));
        int passes = Integer.parseInt(options.getOrDefault("--passes", "1"));
        String split = options.get("--split");
        Files.createDirectories(out);

        List<Page> pages = read(corpus, split);
        Pipeline pipeline = new Pipeline();
        ObjectMapper json = new ObjectMapper();
        long nanos = 0;
        for (int pass = 1; pass <= passes; pass++) {
            boolean last = pass == passes;
            long start = System.nanoTime();
            List<Article> articles = new ArrayList<>(pages.size());
            for (Page page : pages) {
                articles.add(pipeline.extract(new Capture(page.url(), null, page.html(), null)));
            }
            nanos = System.nanoTime() - start;
            if (last) {
                for (int i = 0; i < pages.size(); i++) {
                    write(out, pages.get(i).id(), articles.get(i), json);
                }
            }
        }
        double seconds = nanos / 1e9;
        System.out.printf("pages %d, seconds %.2f, pages/s %.1f (pass %d of %d, one thread)%n",
                pages.size(), seconds, pages.size() / seconds, passes, passes);
    }

    private static List<Page> read(Path corpus, String split) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        List<Page> pages = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 4 || (split != null && !split.equals(cols[1]))) {
                continue;
            }
            byte[] bytes = gunzip(corpus.resolve(cols[2]));
            String charset = cols.length > 4 ? cols[4] : "";
            pages.add(new Page(cols[0], cols[3], decode(bytes, charset)));
        }
        return pages;
    }

    /** As a browser would: the manifest's charset, else a BOM, else a meta declaration, else UTF-8. */
    static String decode(byte[] bytes, String declared) {
        if (declared != null && !declared.isBlank()) {
            return new String(bytes, Charset.forName(declared));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            try {
                return new String(bytes, Charset.forName(meta.group(1)));
            } catch (IllegalArgumentException unknownCharset) {
                // fall through to UTF-8, as browsers fall back to their default
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void write(Path out, String id, Article article, ObjectMapper json) throws IOException {
        Files.writeString(out.resolve(id + ".html"), article.contentHtml(), StandardCharsets.UTF_8);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", article.title());
        meta.put("byline", article.byline());
        meta.put("excerpt", article.excerpt());
        meta.put("siteName", article.siteName());
        meta.put("publishedTime", article.publishedAt() == null ? null : article.publishedAt().toString());
        meta.put("leadImage", article.leadImageUrl());
        meta.put("extraction", article.extraction());
        Files.writeString(out.resolve(id + ".json"), json.writeValueAsString(meta), StandardCharsets.UTF_8);
    }

    /** The file's bytes, gunzipped when they start with the gzip magic (inject_overlays.py writes plain HTML). */
    private static byte[] gunzip(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name
                    + "; usage: --corpus DIR --out DIR [--passes N] [--split dev]");
        }
        return value;
    }
}
