package app.gleaner.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleSanitizerTest {

    private static final ArticleSanitizer SANITIZER = new ArticleSanitizer();
    private static final List<String> FORBIDDEN = List.of(
            "<script", "javascript:", "vbscript:", "onerror", "onload", "onclick", "ontoggle", "<iframe", "srcdoc",
            "<object", "<embed", "<form", "<input", "<svg", "<math", "<style", "style=", "data:", "<meta", "<base",
            "<noscript", "<template");

    static Stream<String> attacks() throws IOException {
        try (InputStream in = ArticleSanitizerTest.class.getResourceAsStream("/sanitize/attacks.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("# ")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void neutralizesAttackString(String attack) {
        String clean = SANITIZER.sanitize(attack, "https://site.example/").toLowerCase(Locale.ROOT);
        for (String marker : FORBIDDEN) {
            assertFalse(clean.contains(marker), () -> marker + " survived in: " + clean);
        }
    }

    @Test
    void keepsArticleMarkup() {
        String html = "<h2>Head</h2><p>Text <em>em</em> <strong>strong</strong> <a href='https://a.example/'>"
                + "link</a></p><figure><img src='https://a.example/i.jpg' alt='alt' width='10'><figcaption>Cap"
                + "</figcaption></figure><ul><li>one</li></ul><table><tr><th>h</th><td>d</td></tr></table>"
                + "<blockquote>q</blockquote><pre><code>x = 1</code></pre><p><time datetime='2020-01-01'>then"
                + "</time></p>";
        String clean = SANITIZER.sanitize(html, "");
        for (String tag : List.of("<h2>", "<em>", "<strong>", "<figure>", "<figcaption>", "<ul>", "<th>",
                "<blockquote>", "<pre>", "<code>", "datetime=\"2020-01-01\"", "alt=\"alt\"", "width=\"10\"")) {
            assertTrue(clean.contains(tag), () -> tag + " missing in: " + clean);
        }
    }

    @Test
    void marksEveryLinkNoopenerNoreferrerNofollow() {
        String clean = SANITIZER.sanitize("<a href='https://a.example/' rel='author' target='_blank'>x</a>", "");
        assertEquals("<a href=\"https://a.example/\" rel=\"noopener noreferrer nofollow\">x</a>", clean);
    }

    @Test
    void resolvesRelativeUrlsAgainstTheBase() {
        assertTrue(SANITIZER.sanitize("<img src='/i.jpg'>", "https://site.example/a/")
                .contains("src=\"https://site.example/i.jpg\""));
    }

    @Test
    void cleanElementsListTheirOwnChildren() {
        Element content = Jsoup.parse("<table><tbody><tr><td><p>A cell</p></td></tr></tbody></table>"
                + "<div><p>One</p><p>Two</p></div>").body();
        content.getAllElements().forEach(Element::children);

        Element body = SANITIZER.sanitizeToBody(content, "https://site.example/");

        for (Element element : body.getAllElements()) {
            assertEquals(element.childNodes().stream().filter(Element.class::isInstance).toList(), element.children(),
                    element.tagName());
            element.children().forEach(child -> assertSame(element, child.parent()));
        }
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                results.add(pool.submit(() -> SANITIZER.sanitize("<p onclick=x>p" + n + "</p><script>s</script>",
                        "")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("<p>p" + i + "</p>", results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
