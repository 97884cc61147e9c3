package app.gleaner.library.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.browser.Chromium;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The library in a real browser (Debian's Chromium): a new reader with three clipped pages signs in, sees them,
 * searches, opens one, tags it, archives it, downloads it, switches to dark mode and imports a bookmarks file.
 * Screenshots of the list and the reader, light and dark, go to {@code target/screenshots/}.
 */
@QuarkusTest
class LibraryBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TestHTTPResource("/")
    URL server;

    private static HttpServer images;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        byte[] picture = picture();
        images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        images.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, picture.length);
            exchange.getResponseBody().write(picture);
            exchange.close();
        });
        images.start();
        browser = Chromium.start("gleaner-library-profile", "--window-size=1280,1000");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (images != null) {
            images.stop(0);
        }
    }

    @Test
    void newReaderFindsReadsTagsArchivesExportsAndImports(@TempDir Path home) throws Exception {
        emptyTheLibrary();
        browser.get(server + "library");
        wait(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("secret")).sendKeys("test-token");
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("empty-heading")));
        assertThat(browser.findElement(By.cssSelector(".empty")).getText()).contains("Load unpacked", "API token");
        screenshot("empty-light");

        String image = "http://127.0.0.1:" + images.getAddress().getPort() + "/lead.png";
        long lighthouse = clip("https://coast.example/skerry-light", "Lighthouse keepers return to Skerry Point",
                "Maren Holt", image, "For the first time in forty years, two keepers will live at the Skerry Point "
                        + "light, tending the lamp through the winter storms and logging every passing ship.");
        clip("https://coast.example/tide-mills", "The tide mills of the estuary", "Iain Rowe", null,
                "Before steam, the estuary ground its grain with the tide: water stored at high tide turned the "
                        + "wheels as it drained back to the sea, twice a day, every day.");
        clip("https://coast.example/puffins", "Puffins return early to the outer isles", null, image,
                "Wardens counted the first puffins on the cliffs nine days earlier than last year, and the "
                        + "colony looks larger than at any count since the survey began.");

        browser.navigate().refresh();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.cards")));
        assertThat(titles()).containsExactly("Puffins return early to the outer isles",
                "The tide mills of the estuary", "Lighthouse keepers return to Skerry Point");
        screenshot("list-light");

        WebElement search = browser.findElement(By.id("search-q"));
        search.sendKeys("keepers storms");
        search.submit();
        wait(ExpectedConditions.urlContains("q=keepers"));
        assertThat(titles()).containsExactly("Lighthouse keepers return to Skerry Point");
        assertThat(browser.findElement(By.cssSelector(".snippet mark")).getText()).isEqualToIgnoringCase("keepers");

        browser.findElement(By.linkText("Lighthouse keepers return to Skerry Point")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.reader")));
        assertThat(browser.findElement(By.cssSelector(".reader .content")).getText()).contains("winter storms");
        assertThat(browser.findElement(By.cssSelector("[data-reader-controls]")).isDisplayed()).isTrue();
        screenshot("reader-light");

        WebElement tags = browser.findElement(By.id("tags"));
        tags.clear();
        tags.sendKeys("Coast, history");
        browser.findElement(By.cssSelector(".tags-form button")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".reader-side ul.tags")));
        assertThat(browser.findElements(By.cssSelector(".reader-side ul.tags a")).stream().map(WebElement::getText))
                .containsExactly("coast", "history");

        browser.findElement(By.cssSelector(".removed summary")).click();
        assertThat(browser.findElement(By.cssSelector(".removed li")).getText())
                .contains("Create a free account to keep reading");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.querySelector('.reader-side').scrollIntoView()");
        screenshot("reader-tools-light");

        browser.findElement(By.xpath("//button[normalize-space()='Archive']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='Move back to unread']")));
        given().header("Authorization", "Bearer test-token").get("/api/clips/" + lighthouse).then()
                .body("archived", org.hamcrest.Matchers.equalTo(true))
                .body("tags", org.hamcrest.Matchers.equalTo(List.of("coast", "history")));

        String session = browser.manage().getCookieNamed("gleaner_session").getValue();
        String href = browser.findElement(By.linkText("EPUB")).getAttribute("href");
        given().cookie("gleaner_session", session).get(href).then().statusCode(200)
                .contentType("application/epub+zip");

        browser.findElement(By.cssSelector("[data-theme-toggle]")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        screenshot("reader-dark");
        browser.get(server + "library?show=all");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.cards")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");
        screenshot("list-dark");

        Path bookmarks = home.resolve("bookmarks.html");
        Files.writeString(bookmarks, """
                <!DOCTYPE NETSCAPE-Bookmark-file-1>
                <DL><p>
                <DT><A HREF="https://coast.example/skerry-light" ADD_DATE="1700000000">Lighthouse again</A>
                <DT><A HREF="https://coast.example/harbour-seals" ADD_DATE="1700000100" TAGS="seals">Harbour seals</A>
                </DL><p>""");
        browser.findElement(By.linkText("Import")).click();
        browser.findElement(By.id("import-file")).sendKeys(bookmarks.toAbsolutePath().toString());
        browser.findElement(By.cssSelector(".import-form button[type=submit]")).click();
        wait(d -> "true".equals(d.findElement(By.cssSelector(".import-status"))
                .getAttribute("data-import-finished")));
        assertThat(browser.findElement(By.cssSelector("[data-imported]")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("[data-duplicates]")).getText()).isEqualTo("1");
        screenshot("import-dark");
        browser.findElement(By.linkText("Go to your library")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.cards")));
        assertThat(titles()).contains("Harbour seals");

        browser.findElement(By.cssSelector("[data-theme-toggle]")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("light");

        // a Persian article reads right to left in its card and in the reader, an English one left to right
        long persian = clip("https://coast.example/fa/fanus", "بازگشت نگهبانان فانوس دریایی به دماغهٔ اسکری", null,
                null, "برای نخستین بار پس از چهل سال، دو نگهبان زمستان را در فانوس دماغه می‌گذرانند و چراغ را در "
                        + "طوفان‌ها روشن نگه می‌دارند.");
        browser.get(server + "library?show=all");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.cards")));
        assertThat(direction(".card h2")).isEqualTo("rtl");
        browser.get(server + "library/clips/" + persian);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.reader")));
        assertThat(direction(".reader-head h1")).isEqualTo("rtl");
        assertThat(direction(".reader .content")).isEqualTo("rtl");
        screenshot("reader-rtl");
        browser.get(server + "library/clips/" + lighthouse);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.reader")));
        assertThat(direction(".reader .content")).isEqualTo("ltr");
    }

    /** The direction Chromium lays out the first element {@code selector} finds in. */
    private static String direction(String selector) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).direction", selector);
    }

    private static void emptyTheLibrary() {
        List<Integer> ids;
        do {
            ids = given().header("Authorization", "Bearer test-token").queryParam("size", "100").get("/api/clips")
                    .then().extract().path("items.id");
            ids.forEach(id -> given().header("Authorization", "Bearer test-token").delete("/api/clips/" + id));
        } while (!ids.isEmpty());
    }

    private static long clip(String url, String title, String byline, String image, String paragraph) {
        String html = "<html><head><title>" + title + "</title>"
                + (byline == null ? "" : "<meta name=\"author\" content=\"" + byline + "\">")
                + "<meta property=\"og:site_name\" content=\"The Coast Review\"></head><body>"
                + "<div data-gleaner-overlay>Create a free account to keep reading. Already a member? Sign in</div>"
                + "<article><h1>" + title
                + "</h1>" + (image == null ? "" : "<figure><img src=\"" + image + "\" width=\"800\" height=\"400\" "
                + "alt=\"\"><figcaption>The coast at dawn.</figcaption></figure>") + "<p>" + paragraph + "</p>"
                + ("<p>Local people say the change has been a long time coming, and the council has promised to "
                + "publish its plans for the coming years before the summer, after a consultation in the spring.</p>")
                .repeat(4) + "</article></body></html>";
        return ((Number) given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON)
                .body(Map.of("url", url, "title", title, "html", html)).post("/api/clips")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    private static List<String> titles() {
        return browser.findElements(By.cssSelector(".card h2 a")).stream().map(WebElement::getText).toList();
    }

    /**
     * Waits for {@code condition}, reading the page again when it was replaced while being read (the import status
     * page reloads itself every second until the import is done).
     */
    private static <T> void wait(java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A lead image drawn here, so the test needs no network. */
    private static byte[] picture() throws IOException {
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2b4c7e), 0, 400, new Color(0xe8a87c)));
        g.fillRect(0, 0, 800, 400);
        g.setColor(new Color(0x1d2b3a));
        g.fillRect(0, 300, 800, 100);
        g.setColor(new Color(0xf4f1de));
        g.fillRect(560, 140, 30, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
