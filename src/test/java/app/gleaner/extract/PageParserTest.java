package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private static final PageParser PARSER = new PageParser();

    @Test
    void usesThePageUrlAsBaseUri() {
        Document document = PARSER.parse("<a href=next>n</a>", "https://site.example/dir/page");
        assertEquals("https://site.example/dir/next", document.selectFirst("a").absUrl("href"));
    }

    @Test
    void ignoresNonWebBaseUris() {
        assertEquals("", PageParser.baseUri("javascript:alert(1)"));
        assertEquals("", PageParser.baseUri("file:///etc/passwd"));
        assertEquals("", PageParser.baseUri("not a url"));
    }

    @Test
    void capsNestingDepth() {
        Document document = PARSER.parse("<div>".repeat(PageParser.MAX_DEPTH * 3) + "x", "https://site.example/");
        int depth = document.select("div").last().parents().size();
        assertTrue(depth <= PageParser.MAX_DEPTH, "depth " + depth);
    }

    @Test
    void parsesNullAsAnEmptyDocument() {
        assertEquals("", PARSER.parse(null, null).text());
    }

    @Test
    void parsesASelectionAsTheBody() {
        Document document = PARSER.parseFragment("<li>one</li><li>two</li>", "https://site.example/");
        assertEquals("one two", document.body().text());
    }
}
