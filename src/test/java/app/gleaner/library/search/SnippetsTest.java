package app.gleaner.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksEveryMatchedWordInThePassage() {
        String html = Snippets.html("The keeper climbed the lighthouse. The Lighthouse stood.",
                SearchQuery.parse("lighthouse "));
        assertThat(html).isEqualTo("The keeper climbed the <mark>lighthouse</mark>. The <mark>Lighthouse</mark> stood.");
    }

    @Test
    void escapesEverythingAroundTheMarks() {
        String html = Snippets.html("<script>alert(1)</script> & \"quay\" <b>", SearchQuery.parse("quay"));
        assertThat(html).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>quay</mark>&quot; &lt;b&gt;");
        assertThat(html).doesNotContain("<script", "<b>");
    }

    @Test
    void startsShortlyBeforeADistantFirstMatchWithEllipses() {
        String text = "filler ".repeat(100) + "the reef near the point " + "tail ".repeat(100);
        String html = Snippets.html(text, SearchQuery.parse("reef"));
        assertThat(html).startsWith("…filler").contains("<mark>reef</mark>").endsWith("…");
        assertThat(html.length()).isLessThan(Snippets.LENGTH + 40);
    }

    @Test
    void matchesAccentedTextForAPlainQuery() {
        assertThat(Snippets.html("Un café au port.", SearchQuery.parse("cafe "))).contains("<mark>café</mark>");
    }

    @Test
    void showsTheBeginningWhenOnlyTheTitleMatched() {
        assertThat(Snippets.html("Plain body text.", SearchQuery.parse("elsewhere"))).isEqualTo("Plain body text.");
        assertThat(Snippets.html("", SearchQuery.parse("x"))).isNull();
    }
}
