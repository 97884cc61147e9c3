package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentsListsTest {

    private static final String PROSE = "<p>The chili simmers for forty minutes, and the beans go in halfway, so they "
            + "hold their shape while the sauce thickens around them.</p>";

    /** The places the lists below lead to, as the article's headings and anchors. */
    private static final String PLACES = "<h2 id=why>Why it works</h2><h2 id=notes>Notes</h2><h2 id=recipe>Recipe</h2>"
            + "<h3 id=holz>Das Holz</h3><h4 id=eiche>Eiche</h4><a name=bohren></a><h3 id=a>Tools</h3><h3 id=b>Wood</h3>"
            + "<h3 id=c>Finish</h3><h3 id=cite-1>1</h3><h3 id=cite-2>2</h3><h3 id=cite-3>3</h3><h3 id=soup>S</h3>"
            + "<h3 id=stew>S</h3><h3 id=step-1>1</h3><h3 id=step-2>2</h3><h3 id=proč-těsto>Proč těsto?</h3>";

    private static List<String> contents(String html) {
        return ContentsLists.in(Jsoup.parse("<body><article>" + PROSE + html + PROSE + PLACES + "</article></body>")
                .body()).stream().map(Element::outerHtml).toList();
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
    void aListOfPlacesThePageDoesNotHoldIsTheOnlyPlaceItsWordsStandAndStays() {
        assertThat(contents("<div class=longread-toc><p>En este reportaje</p><ol><li><a href=#cap-1>Capítulo 1. El "
                + "pueblo sin agua</a></li><li><a href=#cap-2>Capítulo 2. Los pozos</a></li><li><a href=#cap-3>"
                + "Capítulo 3. Los regantes</a></li></ol></div>")).isEmpty();
        assertThat(contents("<ul><li><a href=#why>Why</a></li><li><a href=#proč-těsto>Proč</a></li><li><a "
                + "href=#pro%C4%8D-t%C4%9Bsto>Proč</a></li></ul>")).hasSize(1);
    }

    @Test
    void theLabelsBoxIsNotTakenWhenItHoldsMoreThanTheLabel() {
        assertThat(contents("<div><h2>What is in this guide</h2><p>Read it in order, or skip to the part you "
                + "need.</p><ul><li><a href=#a>Tools</a></li><li><a href=#b>Wood</a></li><li><a href=#c>Finish</a>"
                + "</li></ul></div>")).singleElement().asString().startsWith("<ul>");
    }
}
