package app.gleaner.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.browser.Chromium;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole clip path in a real browser: Debian's Chromium with the unpacked extension loaded opens an article, the
 * extension clips the tab into the server started for this test, and the API shows what was saved. One article gets
 * a signup wall thrown over it after load, which must not be saved; another is rendered by web components into
 * shadow roots, whose text must be, whether the whole page or a selection is clipped.
 */
@QuarkusTest
class ClipperEndToEndTest {

    private static final String TOKEN = "test-token";
    private static final Path EXTENSION = Path.of("extension").toAbsolutePath();

    @TestHTTPResource("/")
    URL server;

    private static HttpServer pages;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowserAndPages() throws IOException {

        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean styleSheet = path.endsWith(".css");
            byte[] body = resource(styleSheet ? "/e2e/faq-accordion.css"
                    : path.startsWith("/travel/") ? "/e2e/shadow-article.html"
                    : path.startsWith("/features/") ? "/e2e/sticky-columns.html"
                    : path.startsWith("/help/") ? "/e2e/faq-accordion.html" : "/e2e/article.html");
            exchange.getResponseHeaders().set("Content-Type", (styleSheet ? "text/css" : "text/html") + "; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        pages.start();

        browser = Chromium.start("gleaner-e2e-profile",
                "--disable-extensions-except=" + EXTENSION, "--load-extension=" + EXTENSION);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void toolbarClipSavesTheArticleWithoutTheSignupWall() {
        String articleUrl = "http://127.0.0.1:" + pages.getAddress().getPort() + "/news/skerry-point";
        browser.get(articleUrl);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("signup-gate")).isEmpty());
        String articleWindow = browser.getWindowHandle();

        Map<String, Object> result = clipFromOptionsPage(articleUrl, false);

        assertThat(result).containsEntry("ok", true).containsEntry("status", 201L);
        assertThat((String) result.get("badge")).isNotEmpty();
        var saved = saved((Long) result.get("id"));
        String text = saved.getString("contentText");
        assertThat(saved.getString("url")).isEqualTo(articleUrl);
        assertThat(saved.getString("title")).isEqualTo("Lighthouse keepers return to Skerry Point");
        assertThat(text).contains("two keepers will live at the Skerry Point light",
                "a fishing boat ran aground on the reef",
                "publish online each month");
        for (String wall : List.of("Create a free account", "Sign up with your email", "Already a member",
                "Sign up free")) {
            assertThat(text).doesNotContain(wall);
            assertThat(saved.getString("contentHtml")).doesNotContain(wall);
        }
        assertThat(browser.getWindowHandles()).contains(articleWindow);
    }

    @Test
    void toolbarClipKeepsTextColumnsThatStayInViewAndDropsTheStickyAppBar() {
        String articleUrl = "http://127.0.0.1:" + pages.getAddress().getPort() + "/features/salt-marsh";
        browser.get(articleUrl);

        Map<String, Object> result = clipFromOptionsPage(articleUrl, false);

        assertThat(result).containsEntry("ok", true).containsEntry("status", 201L);
        String text = saved((Long) result.get("id")).getString("contentText");
        assertThat(text).containsSubsequence(
                "The marsh floods twice a day",
                "counts the geese each morning",
                "the birds come down to the mud",
                "listening to the noise they made as they lifted",
                "eleven days later on average",
                "rarer, and more useful, than any satellite survey");
        assertThat(text).doesNotContain("Read this story in the Ledger app");
    }

    @Test
    void toolbarClipKeepsTheAnswersAReaderOpensInPlaceButNotTheMenuOrTheSignInBox() {
        String articleUrl = "http://127.0.0.1:" + pages.getAddress().getPort() + "/help/harbour-ferry";
        browser.get(articleUrl);

        Map<String, Object> result = clipFromOptionsPage(articleUrl, false);

        assertThat(result).containsEntry("ok", true).containsEntry("status", 201L);
        String text = saved((Long) result.get("id")).getString("contentText");
        assertThat(text).containsSubsequence(
                "readers have written in with more questions",
                "How often will the ferry run?",
                "Every twenty minutes from six in the morning",
                "Are bicycles still allowed on board?",
                "up to twelve on each crossing",
                "Dogs on a lead travel free",
                "Bikes, prams and wheelchairs board first", // shown once its drawer opens, as the server opens it
                "A single crossing costs three pounds",
                "Children under sixteen pay half the adult fare",
                "waits at the north quay on its first morning",
                "Bicycle racks on the lower deck", // its caption shows when its slide does
                "publish a review of the timetable");
        assertThat(text).doesNotContain("Welcome back to the Ledger", "Sign in to the Ledger", "Weather",
                "could not load this answer", // hidden inside an answer by a style sheet the server never sees
                "this answer is out of date");
    }

    @Test
    void toolbarClipKeepsTheTextWebComponentsRenderInShadowRoots() {
        String articleUrl = "http://127.0.0.1:" + pages.getAddress().getPort() + "/travel/night-trains";
        browser.get(articleUrl);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("body[data-rendered]")).isEmpty());

        Map<String, Object> result = clipFromOptionsPage(articleUrl, false);

        assertThat(result).containsEntry("ok", true).containsEntry("status", 201L);
        var saved = saved((Long) result.get("id"));
        assertThat(saved.getString("title")).isEqualTo("Night trains return to the northern line");
        assertShadowArticleText(saved.getString("contentText"));
        assertThat(saved.getString("contentHtml")).doesNotContain("line-height", "template");
    }

    @Test
    void selectionClipOverAComponentKeepsItsShadowRootText() {
        String articleUrl = "http://127.0.0.1:" + pages.getAddress().getPort() + "/travel/night-trains-selected";
        browser.get(articleUrl);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("body[data-rendered]")).isEmpty());
        ((JavascriptExecutor) browser).executeScript(
                "getSelection().selectAllChildren(document.querySelector('article'));");

        Map<String, Object> result = clipFromOptionsPage(articleUrl, true);

        assertThat(result).containsEntry("ok", true).containsEntry("status", 201L);
        assertShadowArticleText(saved((Long) result.get("id")).getString("contentText"));
    }

    @Test
    void selectionOfAComponentsOwnChildrenKeepsItsShadowRootText() {
        String articleUrl = "http://127.0.0.1:" + pages.getAddress().getPort() + "/travel/night-trains-host";
        browser.get(articleUrl);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("body[data-rendered]")).isEmpty());
        // the range starts at offset 0 inside the host itself, where the clone keeps the shadow root's copy
        ((JavascriptExecutor) browser).executeScript(
                "getSelection().selectAllChildren(document.querySelector('story-body'));");

        Map<String, Object> result = clipFromOptionsPage(articleUrl, true);

        assertThat(result).containsEntry("ok", true).containsEntry("status", 201L);
        String text = saved((Long) result.get("id")).getString("contentText");
        assertThat(text).containsSubsequence(
                "a sleeper train left the capital for the far north",
                "waking up beside the fjord was worth the early start");
    }

    /** The shadow-root article's text in reading order: open root, slotted light paragraph, nested closed root. */
    private static void assertShadowArticleText(String text) {
        assertThat(text).containsSubsequence(
                "a sleeper train left the capital for the far north",
                "The new carriages have forty berths each",
                "waking up beside the fjord was worth the early start",
                "the roads over the mountains are often closed by snow",
                "will publish the winter timetable for the night service");
        assertThat(text).doesNotContain("Rendered but hidden by the component");
    }

    /**
     * Clips the tab showing {@code pageUrl} the way the toolbar button (or, with {@code selection}, the selection's
     * context menu entry) does, from a new tab on the options page.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> clipFromOptionsPage(String pageUrl, boolean selection) {
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get("chrome-extension://" + unpackedExtensionId(EXTENSION) + "/options.html");
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const [serverUrl, token, pageUrl, selection, done] = arguments;
                (async () => {
                  await chrome.storage.local.set({serverUrl, token});
                  const [tab] = await chrome.tabs.query({url: pageUrl});
                  const result = await chrome.runtime.sendMessage(
                      {type: 'gleaner.clipTab', tabId: tab.id, options: {selection}});
                  const badge = await chrome.action.getBadgeText({tabId: tab.id});
                  done({...result, badge});
                })().catch(e => done({ok: false, error: String(e)}));
                """, server.toString().replaceAll("/$", ""), TOKEN, pageUrl, selection);
    }

    private static JsonPath saved(long id) {
        return given().header("Authorization", "Bearer " + TOKEN).get("/api/clips/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Chromium names an unpacked extension after its folder: SHA-256 of the path, hex digits mapped to a–p. */
    static String unpackedExtensionId(Path folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                id.append((char) ('a' + ((digest[i] >> 4) & 0xf))).append((char) ('a' + (digest[i] & 0xf)));
            }
            return id.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ClipperEndToEndTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
