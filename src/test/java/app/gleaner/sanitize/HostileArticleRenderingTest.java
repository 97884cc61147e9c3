package app.gleaner.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.browser.Chromium;
import app.gleaner.browser.ScriptWatch;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Saved hostile articles rendered in real Chromium, in a plain page served without any Content-Security-Policy so
 * the sanitizer alone is on trial. {@link ScriptWatch} hooks {@code alert}, {@code confirm}, {@code prompt},
 * {@code print}, {@code open}, {@code console.*}, {@code fetch}, {@code XMLHttpRequest} and {@code sendBeacon}
 * before any page script could run, and the document Chromium built must hold no script, handler or script URL;
 * every host name but 127.0.0.1 resolves to nothing, so no traffic leaves the machine. A control page with the raw
 * vectors proves the hooks see scripts that do run. {@code HostileLibraryPagesTest} does the same through the
 * library's own pages and exports.
 */
@QuarkusTest
class HostileArticleRenderingTest {

    private static final Map<String, String> ARTICLES = new ConcurrentHashMap<>();
    private static HttpServer pages;
    private static ChromeDriver browser;
    private static ScriptWatch watch;

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
        watch = ScriptWatch.install(browser);
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
    void theHooksSeeScriptsThatRunInUnsanitizedMarkup() {
        String path = "/control";
        ARTICLES.put(path, page("<img src=x onerror=alert(1)><script>console.log('ran')</script>"
                + "<svg><script>fetch('/x')</script></svg>"));
        assertThat(watch.visit(url(path)).ran()).contains("alert(1)", "console.log(ran)", "fetch(/x)");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void savedHostileArticleRunsNothingInChromium(HostileVectors.Vector vector) {
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

        ScriptWatch.Visit visit = watch.visit(url(path));
        assertThat(visit.ran()).as("%s ran scripts", vector).isEmpty();
        assertThat(visit.navigatedAway()).as("%s navigated away to %s", vector, visit.finalUrl()).isFalse();
        assertThat(HostileVectors.dangers(visit.markup())).as("%s as Chromium parsed it", vector).isEmpty();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + pages.getAddress().getPort() + path;
    }

    private static String page(String articleHtml) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Reader</title></head><body><article>"
                + articleHtml + "</article></body></html>";
    }
}
