package app.gleaner.sanitize;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.browser.Chromium;
import app.gleaner.browser.ScriptWatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every hostile vector through the library's own pages, in one signed-in Chromium session: each is clipped with
 * hostile metadata as well ({@link HostileVectors#pageWithHostileMetadata}: byline, site name, description, lead
 * image), then given the vector as title and a tag cut from it, under a URL full of quotes and parentheses. Then
 * Chromium opens, as a reader would, the reader page, a search for the vector filtered by its tag, the clip's HTML
 * export (downloaded, opened from disk), every list page and the library's bookmarks export. On every page
 * {@link ScriptWatch}'s sentinels stay empty — nothing ran, nothing tried what the page's Content-Security-Policy
 * forbids — the document Chromium built holds no script, handler or script URL beyond the library's own two
 * scripts, nothing navigated away, and each title, tag, byline, site name, excerpt and URL reads back as the text
 * that was stored. A control proves the sentinels see script that runs, or is blocked, in the real reader page.
 */
@QuarkusTest
class HostileLibraryPagesTest {

    private static final String SUITE_TAG = "hostile-library-pages";
    private static final Path EXPORTS = Path.of("target/hostile-exports");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticleSanitizer SANITIZER = new ArticleSanitizer();
    private static final String READ_READER = """
            const text = (selector) => { const e = document.querySelector(selector); return e && e.textContent; };
            const link = document.querySelector('.original a');
            return {title: text('.reader-head h1'), documentTitle: document.title, site: text('.reader-head .site'),
                    byline: text('.reader-head .byline'), original: link && link.getAttribute('href'),
                    tags: Array.from(document.querySelectorAll('.reader-side ul.tags a'), a => a.textContent),
                    tagsField: document.getElementById('tags').value,
                    ownScriptRan: !document.querySelector('[data-reader-controls]').hidden};
            """;
    private static final String READ_LIST = """
            const text = (root, selector) => { const e = root.querySelector(selector); return e && e.textContent; };
            return {heading: text(document, '.list-head h1'), query: document.getElementById('search-q').value,
                    filter: text(document, '.filter-note strong'), next: !!document.querySelector('a[rel=next]'),
                    cards: Array.from(document.querySelectorAll('li.card'), card => ({
                      href: card.querySelector('h2 a').getAttribute('href'), title: text(card, 'h2 a'),
                      site: text(card, '.site'), byline: text(card, '.byline'), excerpt: text(card, '.excerpt'),
                      thumb: card.querySelector('img.thumb') && card.querySelector('img.thumb').getAttribute('src'),
                      tags: Array.from(card.querySelectorAll('.tags a'), a => a.textContent),
                      snippet: card.querySelector('.snippet')
                        && Array.from(card.querySelectorAll('.snippet *'), e => e.localName)}))};
            """;
    private static final String READ_HTML_EXPORT = """
            const link = document.querySelector('.meta a');
            return {title: document.querySelector('h1').textContent, documentTitle: document.title,
                    meta: document.querySelector('.meta').textContent, original: link && link.getAttribute('href')};
            """;
    private static final String READ_BOOKMARKS = """
            return Array.from(document.querySelectorAll('dt > a'), a => {
              const next = a.parentElement.nextElementSibling;
              return {href: a.getAttribute('href'), title: a.textContent, tags: a.getAttribute('tags'),
                      excerpt: next && next.localName === 'dd' ? next.textContent.trim() : null};
            });
            """;

    /** The saved clips by vector number. */
    private static final Map<Integer, Shown> CLIPS = new TreeMap<>();
    private static final Map<String, Integer> PAGES = new ConcurrentHashMap<>();
    private static final int[] SEEN = new int[3];
    private static ChromeDriver browser;
    private static ScriptWatch watch;
    private static String session;

    @TestHTTPResource("/")
    URL server;

    static Stream<HostileVectors.Vector> vectors() {
        return HostileVectors.all().stream();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        System.out.printf("Hostile library pages: %d vectors, %d pages in one Chromium session %s; scripts run %d, "
                + "CSP reports %d, dangers in the built DOM %d; stored with < > \" or ': titles %d, tags %d, "
                + "bylines %d, site names %d, excerpts %d, URLs %d, lead images %d%n", CLIPS.size(),
                PAGES.values().stream().mapToInt(Integer::intValue).sum(), PAGES, SEEN[0], SEEN[1], SEEN[2],
                hostile(Shown::title), hostile(c -> String.join(",", c.tags())), hostile(Shown::byline),
                hostile(Shown::siteName), hostile(Shown::excerpt), hostile(Shown::url), hostile(Shown::image));
    }

    private static long hostile(Function<Shown, String> field) {
        return CLIPS.values().stream().map(field).filter(v -> v != null && v.matches("(?s).*[<>\"'].*")).count();
    }

    @Test
    void theSentinelsSeeScriptThatRunsOrIsBlockedInTheRealReaderPage() throws Exception {
        String reader = server + "library/clips/" + library().values().iterator().next().id();
        watch.visit(reader);
        browser.executeScript("""
                alert('from the test');
                document.body.insertAdjacentHTML('beforeend', '<img src="/missing.png" onerror="alert(1)">');
                const script = document.createElement('script');
                script.textContent = 'alert(2)';
                document.body.append(script);""");
        ScriptWatch.Visit visit = watch.settled(reader);
        assertThat(visit.ran()).containsExactly("alert(from the test)");
        assertThat(visit.blocked()).anyMatch(report -> report.startsWith("script-src-attr"))
                .anyMatch(report -> report.startsWith("script-src-elem"));
        assertThat(HostileVectors.pageDangers(visit.markup()))
                .contains("script element", "event handler onerror on <img>");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void hostileClipRunsNothingAndReadsAsTextInReaderSearchAndHtmlExport(HostileVectors.Vector vector)
            throws Exception {
        Shown clip = library().get(vector.number());
        assertThat(SANITIZER.isValid(clip.contentHtml())).as("%s saved Safelist-invalid", vector).isTrue();

        visit("reader", server + "library/clips/" + clip.id());
        Map<String, Object> reader = read(READ_READER);
        assertThat(reader.get("ownScriptRan")).as("the reader's own script ran").isEqualTo(true);
        assertThat(reader.get("title")).as("%s title", vector).isEqualTo(clip.title());
        assertThat(reader.get("documentTitle")).isEqualTo(collapsed(clip.title() + " · Gleaner"));
        assertThat(reader.get("site")).as("%s site", vector).isEqualTo(clip.site());
        assertThat(reader.get("byline")).as("%s byline", vector).isEqualTo(clip.byline());
        assertThat(reader.get("original")).as("%s URL", vector).isEqualTo(clip.url());
        assertThat(reader.get("tags")).as("%s tags", vector).isEqualTo(clip.tags());
        assertThat(reader.get("tagsField")).isEqualTo(String.join(", ", clip.tags()));

        String q = vector.html().strip().substring(0, Math.min(500, vector.html().strip().length())).strip();
        String tag = clip.tags().get(0);
        visit("search", server + "library?show=all&q=" + encoded(q) + "&tag=" + encoded(tag));
        Map<String, Object> search = read(READ_LIST);
        assertThat(search.get("heading")).as("%s search heading", vector).isEqualTo("Search: " + q);
        assertThat(search.get("query")).isEqualTo(q);
        assertThat(search.get("filter")).isEqualTo(tag);
        assertThat(cardsShowAsStored(search)).as("%s found by its own title", vector).contains(clip.id());

        Path file = EXPORTS.resolve("clip-" + vector.number() + ".html");
        Files.write(file, download("/library/clips/" + clip.id() + "/export/html"));
        visit("HTML export", file.toUri().toString());
        Map<String, Object> export = read(READ_HTML_EXPORT);
        assertThat(export.get("title")).as("%s exported title", vector).isEqualTo(clip.title());
        assertThat(export.get("documentTitle")).isEqualTo(collapsed(clip.title()));
        assertThat(export.get("meta")).as("%s exported byline, site, tags", vector).isEqualTo(
                (clip.byline() == null ? "" : clip.byline() + " · ") + (clip.siteName() == null ? ""
                        : clip.siteName() + " · ") + "Original · Tags: " + String.join(", ", clip.tags()));
        assertThat(export.get("original")).isEqualTo(clip.url());
    }

    @Test
    void everyListPageRunsNothingAndShowsEachHostileClipAsText() throws Exception {
        library();
        List<Long> shown = new ArrayList<>();
        boolean next = true;
        for (int page = 0; next; page++) {
            visit("list", server + "library?show=all&tag=" + SUITE_TAG + "&page=" + page);
            Map<String, Object> list = read(READ_LIST);
            shown.addAll(cardsShowAsStored(list));
            next = (Boolean) list.get("next");
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(CLIPS.values().stream().map(Shown::id).toList());
    }

    @Test
    void bookmarksExportRunsNothingAndHoldsEachHostileClipAsText() throws Exception {
        library();
        Path file = EXPORTS.resolve("bookmarks.html");
        Files.write(file, download("/library/export/bookmarks.html"));
        visit("bookmarks export", file.toUri().toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.executeScript(READ_BOOKMARKS);
        int found = 0;
        for (Shown clip : CLIPS.values()) {
            Map<String, Object> entry = entries.stream().filter(e -> clip.url().equals(e.get("href"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no bookmark with the address " + clip.url()));
            assertThat(entry.get("title")).isEqualTo(clip.title());
            assertThat(entry.get("tags")).isEqualTo(String.join(",", clip.tags()));
            assertThat(entry.get("excerpt")).isEqualTo(clip.excerpt() == null ? null
                    : clip.excerpt().replaceAll("\\s+", " ").strip());
            found++;
        }
        assertThat(found).isEqualTo(HostileVectors.all().size());
    }

    /** Checks every card of a list page that shows one of this test's clips; returns their ids. */
    private static List<Long> cardsShowAsStored(Map<String, Object> page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) page.get("cards");
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> card : cards) {
            long id = Long.parseLong(((String) card.get("href")).substring("/library/clips/".length()));
            Shown clip = CLIPS.values().stream().filter(c -> c.id() == id).findFirst().orElse(null);
            if (clip == null) {
                continue; // another test's clip with the same tag: the page as a whole was checked all the same
            }
            assertThat(card.get("title")).as("card title of clip %d", id).isEqualTo(clip.title());
            assertThat(card.get("site")).as("card site of clip %d", id).isEqualTo(clip.site());
            assertThat(card.get("byline")).as("card byline of clip %d", id).isEqualTo(clip.byline());
            assertThat(card.get("tags")).as("card tags of clip %d", id).isEqualTo(clip.tags());
            assertThat(card.get("thumb")).as("card image of clip %d", id).isEqualTo(clip.image());
            if (card.get("snippet") != null) {
                assertThat((List<?>) card.get("snippet")).as("snippet of clip %d", id).allMatch("mark"::equals);
            } else {
                assertThat(card.get("excerpt")).as("card excerpt of clip %d", id).isEqualTo(clip.excerpt());
            }
            ids.add(id);
        }
        return ids;
    }

    /** Opens a page and holds it to the sentinels; counts it under {@code kind}. */
    private static void visit(String kind, String url) {
        ScriptWatch.Visit visit = watch.visit(url);
        List<String> dangers = HostileVectors.pageDangers(visit.markup());
        PAGES.merge(kind, 1, Integer::sum);
        SEEN[0] += visit.ran().size();
        SEEN[1] += visit.blocked().size();
        SEEN[2] += dangers.size();
        assertThat(visit.ran()).as("%s %s ran script", kind, url).isEmpty();
        assertThat(visit.blocked()).as("%s %s tried what its CSP forbids", kind, url).isEmpty();
        assertThat(dangers).as("%s %s as Chromium built it", kind, url).isEmpty();
        assertThat(visit.navigatedAway()).as("%s %s navigated to %s", kind, url, visit.finalUrl()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String script) {
        return (Map<String, Object>) browser.executeScript(script);
    }

    /**
     * Clips every vector with hostile metadata, signs Chromium in, and returns the clips as stored; the first call
     * does the work (JUnit runs this class's tests one after another).
     */
    private Map<Integer, Shown> library() throws Exception {
        if (!CLIPS.isEmpty()) {
            return CLIPS;
        }
        for (HostileVectors.Vector vector : HostileVectors.all()) {
            int id = api().body(Map.of("url", HostileVectors.hostileUrl(vector),
                    "html", HostileVectors.pageWithHostileMetadata(vector)))
                    .post("/api/clips").then().statusCode(Matchers.oneOf(200, 201)).extract().path("id");
            String tag = vector.html().replace('\t', ' ');
            String patched = api().body(Map.of("title", vector.html(),
                    "tags", List.of(tag.substring(0, Math.min(100, tag.length())), SUITE_TAG)))
                    .patch("/api/clips/" + id).then().statusCode(200).extract().asString();
            CLIPS.put(vector.number(), Shown.of(JSON.readTree(patched)));
        }
        Files.createDirectories(EXPORTS);
        browser = Chromium.start("gleaner-hostile-library-profile",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost");
        watch = ScriptWatch.install(browser, "/static/theme.js", "/static/library.js");
        browser.get(server + "login");
        browser.findElement(By.id("secret")).sendKeys("test-token");
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.and(
                ExpectedConditions.urlContains("/library"),
                driver -> "complete".equals(((ChromeDriver) driver).executeScript("return document.readyState"))));
        session = browser.manage().getCookieNamed("gleaner_session").getValue();
        return CLIPS;
    }

    private static byte[] download(String path) {
        return given().cookie("gleaner_session", session).get(path).then().statusCode(200).extract().asByteArray();
    }

    private static io.restassured.specification.RequestSpecification api() {
        return HostileClipTest.api().contentType(ContentType.JSON);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** White space as {@code document.title} reports it: ASCII runs folded to one space, ends trimmed. */
    private static String collapsed(String text) {
        return text.replaceAll("[\\t\\n\\f\\r ]+", " ").replaceAll("^ | $", "");
    }

    /** A saved clip and what the pages must show for it; {@code site} is the site name, or else the host. */
    private record Shown(long id, String title, String byline, String siteName, String site, String url,
            List<String> tags, String excerpt, String image, String contentHtml) {

        static Shown of(JsonNode clip) {
            String url = clip.get("url").asText();
            String siteName = text(clip, "siteName");
            String image = text(clip, "leadImageUrl");
            boolean httpImage = image != null && image.strip().matches("(?i)https?://.*");
            return new Shown(clip.get("id").asLong(), clip.get("title").asText(), text(clip, "byline"), siteName,
                    siteName != null ? siteName : URI.create(url).getHost().replaceFirst("^www\\.", ""), url,
                    JSON.convertValue(clip.get("tags"), List.class), text(clip, "excerpt"),
                    httpImage ? image.strip() : null, text(clip, "contentHtml"));
        }

        private static String text(JsonNode clip, String field) {
            JsonNode value = clip.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }
}
