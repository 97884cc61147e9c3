package app.gleaner.sanitize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The hostile HTML of {@code hardening/xss-vectors.txt} and what a saved article must never contain after it:
 * a script element, an {@code on*} attribute, or an attribute whose value, with control characters and white space
 * taken out as a browser would, starts a script-capable scheme. Text that merely mentions {@code javascript:} is
 * harmless and allowed.
 */
final class HostileVectors {

    static final String FILE = "/hardening/xss-vectors.txt";
    private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:", "livescript:");
    private static final Set<String> URL_OR_STYLE_ATTRIBUTES = Set.of("href", "src", "srcset", "action",
            "formaction", "data", "poster", "background", "cite", "longdesc", "ping", "codebase", "classid",
            "archive", "manifest", "icon", "lowsrc", "dynsrc", "xlink:href", "style");

    private HostileVectors() {
    }

    /** The vectors, in file order, with their 1-based number. */
    static List<Vector> all() {
        try (InputStream in = HostileVectors.class.getResourceAsStream(FILE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .toList();
            return java.util.stream.IntStream.range(0, lines.size())
                    .mapToObj(i -> new Vector(i + 1, lines.get(i))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article page with the vector in the middle of enough prose to be chosen as the article. */
    static String articlePage(Vector vector) {
        return articlePage(vector, "", "");
    }

    /**
     * The article page with hostile metadata too, for the pages that show it: the vector as site name
     * ({@code og:site_name}) and description; as author, without its digits (a byline ends at the first digit) and
     * cut to a byline's 100 characters; a lead image address that tries to leave its attribute; and the vector
     * quoted as text in the body, so search snippets carry it.
     */
    static String pageWithHostileMetadata(Vector vector) {
        String author = vector.html().replaceAll("\\d", "").strip();
        String head = "<meta name=\"author\" content=\"%s\"><meta property=\"og:site_name\" content=\"%s\">"
                + "<meta name=\"description\" content=\"%s\"><meta property=\"og:image\" content=\"%s\">";
        return articlePage(vector, head.formatted(escaped(author.substring(0, Math.min(100, author.length()))),
                escaped(vector.html()), escaped(vector.html()), escaped(hostileImageUrl(vector))),
                "<p>The notice on the harbour gate read: " + escaped(vector.html()) + "</p>");
    }

    /** An http address that is fine for {@code java.net.URI}, with quotes, parentheses and the vector in it. */
    static String hostileUrl(Vector vector) {
        int n = vector.number();
        return "https://hostile.example/" + n + "/'-alert(" + n + ")-'/?q="
                + URLEncoder.encode(vector.html(), StandardCharsets.UTF_8) + "&x='onmouseover='alert(" + n + ")'#'";
    }

    private static String hostileImageUrl(Vector vector) {
        return "https://img.hostile.example/" + vector.number() + ".png?q=\"><svg onload=alert(" + vector.number()
                + ")>";
    }

    private static String articlePage(Vector vector, String head, String quoted) {
        return """
                <!DOCTYPE html><html lang="en"><head><title>Hostile vector %1$d</title>%3$s</head>
                <body><article><h1>Hostile vector %1$d</h1>
                <p>The harbour authority said on Monday that the old breakwater would be rebuilt in stone over the
                next two winters, after storms last year opened three breaches along its northern arm.</p>
                %2$s%4$s
                <p>Fishing crews who moor behind the wall welcomed the plan but asked for the work to pause during
                the herring season, when the inner basin is at its busiest and boats leave before dawn.</p>
                <p>The council will publish the contractor's timetable next month, along with the detour that
                walkers on the coastal path must take while the northern arm is closed.</p>
                </article></body></html>""".formatted(vector.number(), vector.html(), head, quoted);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What is wrong with {@code savedHtml}, or an empty list when it is safe. */
    static List<String> dangers(String savedHtml) {
        List<String> found = new java.util.ArrayList<>();
        if (savedHtml.toLowerCase(Locale.ROOT).contains("<script")) {
            found.add("'<script' in the markup");
        }
        found.addAll(dangers(Jsoup.parseBodyFragment(savedHtml).body(), name -> true));
        return found;
    }

    /**
     * What is wrong with a whole page, as a browser built it: the same, except that a script scheme counts only in
     * attributes a browser follows as a URL or reads as a style. A page rightly shows stored text that may read
     * {@code javascript:} in data attributes, such as a form field's {@code value} or a bookmark's {@code TAGS}.
     */
    static List<String> pageDangers(String documentHtml) {
        return dangers(Jsoup.parse(documentHtml), URL_OR_STYLE_ATTRIBUTES::contains);
    }

    private static List<String> dangers(Element root, Predicate<String> urlAttribute) {
        List<String> found = new java.util.ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element.normalName().equals("script")) {
                found.add("script element");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add("event handler " + name + " on <" + element.normalName() + ">");
                }
                String value = squeezed(attribute.getValue());
                for (String scheme : SCRIPT_SCHEMES) {
                    if (urlAttribute.test(name) && (value.startsWith(scheme) || value.contains("url(" + scheme))) {
                        found.add(scheme + " in " + name + " on <" + element.normalName() + ">");
                    }
                }
            }
        }
        return found;
    }

    /** Lower case, without the white space and control characters a browser ignores inside a URL scheme. */
    private static String squeezed(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c > 0x20 && c != 0x7f).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** One line of the vectors file. */
    record Vector(int number, String html) {
        @Override
        public String toString() {
            return "#" + number + " " + (html.length() > 80 ? html.substring(0, 80) + "…" : html);
        }
    }
}
