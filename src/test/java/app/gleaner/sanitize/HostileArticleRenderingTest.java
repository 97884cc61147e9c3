package app.gleaner.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.browser.Chromium;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Saved hostile articles rendered in real Chromium, in a plain page served without any Content-Security-Policy so
 * the sanitizer alone is on trial. An init script hooks {@code alert}, {@code confirm}, {@code prompt},
 * {@code print}, {@code open}, {@code console.*}, {@code fetch}, {@code XMLHttpRequest} and {@code sendBeacon}
 * before any page script could run; every host name but 127.0.0.1 resolves to nothing, so no traffic leaves the
 * machine. A control page with the raw vectors proves the hooks see scripts that do run.
 */
@QuarkusTest
class HostileArticleRenderingTest {

    /** Time after load for autofocus, animations and failed image loads to fire their handlers. */
    private static final long SETTLE_MILLIS = 150;
    private static final String HOOKS = """
            (() => {
              const ran = [];
              Object.defineProperty(window, '__gleanerRan', {value: ran, writable: false, configurable: false});
              const note = (what) => function (...args) { ran.push(what + '(' + args.map(String).join(',') + ')'); };
              for (const name of ['alert', 'confirm', 'prompt', 'print', 'open', 'fetch']) window[name] = note(name);
              for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'])
                console[name] = note('console.' + name);
              XMLHttpRequest.prototype.open = note('XMLHttpRequest.open');
              navigator.sendBeacon = note('sendBeacon');
            })();
            """;

    private static final Map<String, String> ARTICLES = new ConcurrentHashMap<>();
    private static HttpServer pages;
    private static ChromeDriver browser;

    static Stream<HostileVectors.Vector> vectors() {
        return HostileVectors.all().stream();
    }

    @BeforeAll
    static void startBrowserAndPages() throws IOException {
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/", exchange -> {
            String body = ARTICLES.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        pages.start();

        browser = Chromium.start("gleaner-render-profile", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
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
    void theHooksSeeScriptsThatRunInUnsanitizedMarkup() throws InterruptedException {
        String path = "/control";
        ARTICLES.put(path, page("<img src=x onerror=alert(1)><script>console.log('ran')</script>"
                + "<svg><script>fetch('/x')</script></svg>"));
        assertThat(render(path)).contains("alert(1)", "console.log(ran)", "fetch(/x)");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void savedHostileArticleRunsNothingInChromium(HostileVectors.Vector vector) throws InterruptedException {
        String fromPage = HostileClipTest.api().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hostile.example/render/page/" + vector.number(),
                        "html", HostileVectors.articlePage(vector)))
                .post("/api/clips").then().statusCode(201).extract().path("contentHtml");
        String fromSelection = HostileClipTest.api().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hostile.example/render/selection/" + vector.number(),
                        "html", HostileVectors.articlePage(vector),
                        "selectionHtml", "<p>Selected.</p>" + vector.html() + "<p>Selected too.</p>"))
                .post("/api/clips").then().statusCode(201).extract().path("contentHtml");
        String path = "/article/" + vector.number();
        ARTICLES.put(path, page(fromPage + "\n<hr>\n" + fromSelection));

        assertThat(render(path)).as("%s ran scripts", vector).isEmpty();
        assertThat(browser.getCurrentUrl()).as("%s navigated away", vector).isEqualTo(url(path));
    }

    /** Loads the page, lets handlers fire, and returns what the hooks recorded. */
    private static List<String> render(String path) throws InterruptedException {
        browser.get(url(path));
        Thread.sleep(SETTLE_MILLIS);
        @SuppressWarnings("unchecked")
        List<String> ran = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return Array.from(window.__gleanerRan || ['hooks missing: page replaced'])");
        return ran;
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + pages.getAddress().getPort() + path;
    }

    private static String page(String articleHtml) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Reader</title></head><body><article>"
                + articleHtml + "</article></body></html>";
    }
}
