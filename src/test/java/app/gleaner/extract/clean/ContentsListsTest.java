package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentsListsTest {

    private static final String PROSE = "<p>The chili simmers for forty minutes, and the beans go in halfway, so they "
            + "hold their shape while the sauce thickens around them.</p>";

    private static List<String> contents(String html) {
        return ContentsLists.in(Jsoup.parse("<body><article>" + PROSE + html + PROSE + "</article></body>").body())
                .stream().map(Element::outerHtml).toList();
    }

    @Test
    void aListOfLinksToPlacesOnThePageGoesWithTheBoxOfItsLabel() {
        assertThat(contents("<details open><summary>Jump to:</summary><ul><li><a href=#why>Why it works</a></li>"
                + "<li><a href=#notes>Ingredient notes</a></li><li><a href=#recipe>Recipe</a></li></ul></details>"))
                .singleElement().asString().startsWith("<details");
        assertThat(contents("<nav class=toc><p>Inhaltsverzeichnis</p><ol><li>1. <a href=#holz>Das Holz</a><ol>"
                + "<li>1.1 <a href=#eiche>Eiche</a></li></ol></li><li>2. <a href=#bohren>Bohren</a></li></ol></nav>"))
                .singleElement().asString().startsWith("<nav");
    }

    @Test
    void footnotesCrossReferencesAndListsOfOtherPagesStay() {
        assertThat(contents("<ol class=references><li><a href=#cite-1>^</a> Harbour board, annual report, 1822.</li>"
                + "<li><a href=#cite-2>^</a> Mill ledger, 1840.</li><li><a href=#cite-3>^</a> Ann Lee, Mills of the "
                + "estuary, 1990.</li></ol>")).isEmpty();
        assertThat(contents("<ul><li><a href=#step-1>Step one</a></li><li><a href=#step-2>Step two</a></li></ul>"))
                .isEmpty();
        assertThat(contents("<ul><li><a href=/chili>Chili</a></li><li><a href=#soup>Soup</a></li><li><a href=#stew>"
                + "Stew</a></li></ul>")).isEmpty();
    }

    @Test
    void theLabelsBoxIsNotTakenWhenItHoldsMoreThanTheLabel() {
        assertThat(contents("<div><h2>What is in this guide</h2><p>Read it in order, or skip to the part you "
                + "need.</p><ul><li><a href=#a>Tools</a></li><li><a href=#b>Wood</a></li><li><a href=#c>Finish</a>"
                + "</li></ul></div>")).singleElement().asString().startsWith("<ul>");
    }
}
