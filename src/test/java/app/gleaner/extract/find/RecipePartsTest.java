package app.gleaner.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.page.DeclaredLines;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RecipePartsTest {

    private static final String NAME = "Linseneintopf mit Kreuzkümmel";
    private static final String TITLE = "Linseneintopf mit Kreuzkümmel und Zwiebeln";
    private static final List<String> INGREDIENTS = List.of("200 g Linsen", "1 Zwiebel, fein gewürfelt",
            "2 EL Tomatenmark", "½ TL Kreuzkümmel");

    private static final String PAGE = """
            <div id="tags"><a>Linsen</a> <a>Eintopf</a></div>
            <div id="recipe">
              <div id="ingredients"><h2>Zutaten</h2><p id="servings">für 4 Portionen</p>
                <table id="list">
                  <tr id="r1"><td>200 g</td><td><a href="/linsen">Linsen</a></td></tr>
                  <tr id="r2"><td>1</td><td>Zwiebel, fein gewürfelt</td></tr>
                  <tr id="r3"><td>2 EL</td><td>Tomatenmark</td></tr>
                  <tr id="r4"><td>1/2 TL</td><td>Kreuzkümmel</td></tr>
                </table></div>
              <div id="method"><p id="s1">Die Zwiebel in etwas Öl glasig dünsten und das Tomatenmark kurz mitrösten.</p>
                <p id="s2">Linsen und einen Liter Wasser dazugeben und zugedeckt eine halbe Stunde köcheln lassen.</p></div>
            </div>
            <div id="print"><ul><li>200 g Linsen</li><li>1 Zwiebel, fein gewürfelt</li></ul></div>""";

    @Test
    void marksEachDeclaredLineWhereItsListStandsReadingAmountsAndNamesAsLettersAndDigits() {
        Document page = Jsoup.parse(PAGE);
        new RecipeParts(NAME, INGREDIENTS, List.of()).mark(page.body(), TITLE, null);
        List<Element> lines = DeclaredLines.of(page.body(), RecipeParts.INGREDIENT);
        // the rows, amounts in a cell of their own and "½" written "1/2"; not the print copy, not a tag
        assertEquals(List.of("r1", "r2", "r3", "r4"), lines.stream().map(Element::id).toList());
    }

    @Test
    void marksTheStepsByTheirOpening() {
        Document page = Jsoup.parse(PAGE);
        new RecipeParts(NAME, List.of(), List.of("<p>Die Zwiebel in etwas Öl glasig dünsten und das Tomatenmark "
                + "kurz mitrösten.</p>\nLinsen und einen Liter Wasser dazugeben und zugedeckt eine halbe Stunde sanft "
                + "köcheln lassen, bis sie weich sind.")).mark(page.body(), TITLE, null);
        assertEquals(List.of("s1", "s2"),
                DeclaredLines.of(page.body(), RecipeParts.STEP).stream().map(Element::id).toList());
    }

    @Test
    void marksNothingForOneLineFound() {
        Document page = Jsoup.parse(PAGE);
        new RecipeParts(NAME, List.of("200 g Linsen", "3 Lorbeerblätter"), List.of())
                .mark(page.body(), TITLE, null);
        assertTrue(DeclaredLines.of(page.body(), RecipeParts.INGREDIENT).isEmpty());
    }

    @Test
    void marksNothingWhenTheRecipeIsNotThePagesOrItsLinesAreAnyPagesWords() {
        Document story = Jsoup.parse(PAGE);
        // a story about lentil prices that declares a recipe, or a sidebar's recipe of the day
        new RecipeParts(NAME, INGREDIENTS, List.of()).mark(story.body(), "Warum Linsen teurer werden", null);
        assertTrue(DeclaredLines.of(story.body(), RecipeParts.INGREDIENT).isEmpty());
        Document words = Jsoup.parse("<ul><li>Linsen</li><li>Zwiebel</li><li>Tomatenmark</li></ul>"
                + "<ol><li>Mix well.</li><li>Serve.</li></ol>");
        new RecipeParts(NAME, List.of("Linsen", "Zwiebel", "Tomatenmark"), List.of("Mix well.", "Serve."))
                .mark(words.body(), TITLE, null);
        assertTrue(DeclaredLines.of(words.body(), RecipeParts.INGREDIENT).isEmpty());
        assertTrue(DeclaredLines.of(words.body(), RecipeParts.STEP).isEmpty());
        // an app's recipe, two lines of which an ad shows
        Document app = Jsoup.parse(PAGE);
        List<String> more = new ArrayList<>(List.of("200 g Linsen", "1 Zwiebel, fein gewürfelt"));
        more.addAll(List.of("1 l Gemüsebrühe", "2 Karotten in Scheiben", "1 Bund Petersilie", "2 EL Essig"));
        new RecipeParts(NAME, more, List.of()).mark(app.body(), TITLE, null);
        assertTrue(DeclaredLines.of(app.body(), RecipeParts.INGREDIENT).isEmpty());
    }

    @Test
    void looksForNoListLongerThanAnyRecipes() {
        List<String> many = new ArrayList<>();
        StringBuilder list = new StringBuilder("<ul>");
        for (int i = 0; i <= RecipeParts.MAX_DECLARED_LINES; i++) {
            many.add(i + " g Linsen Nummer " + i);
            list.append("<li>").append(i).append(" g Linsen Nummer ").append(i).append("</li>");
        }
        Document page = Jsoup.parse(list + "</ul>");
        new RecipeParts(NAME, many, List.of()).mark(page.body(), TITLE, null);
        assertTrue(DeclaredLines.of(page.body(), RecipeParts.INGREDIENT).isEmpty());
        new RecipeParts(NAME, many.subList(0, RecipeParts.MAX_DECLARED_LINES), List.of())
                .mark(page.body(), TITLE, null);
        assertEquals(RecipeParts.MAX_DECLARED_LINES + 1, DeclaredLines.of(page.body(), RecipeParts.INGREDIENT).size());
    }

    @Test
    void marksTheCopyAfterTheHeadlineWhereThePageShowsTheListTwice() {
        Document page = Jsoup.parse("<div id=shopping><ul><li>200 g Linsen</li><li>2 EL Tomatenmark</li></ul></div>"
                + "<h1>" + TITLE + "</h1>" + PAGE);
        new RecipeParts(NAME, List.of("200 g Linsen", "2 EL Tomatenmark"), List.of())
                .mark(page.body(), TITLE, page.selectFirst("h1"));
        // and the rows built as the lines found are
        assertEquals(List.of("r1", "r2", "r3", "r4"),
                DeclaredLines.of(page.body(), RecipeParts.INGREDIENT).stream().map(Element::id).toList());
    }

    @Test
    void marksTheLinesOfTheMicrodataRecipeTheTitleNames() {
        Document page = Jsoup.parse("""
                <div itemscope itemtype="https://schema.org/Recipe"><h1 itemprop="name">Pancakes</h1>
                  <p itemprop="author" itemscope itemtype="https://schema.org/Person">
                    <span itemprop="name">Al</span></p>
                  <ul><li id="a" itemprop="recipeIngredient">2 eggs</li>
                    <li id="b" itemprop="ingredients">1 cup milk</li></ul>
                  <ol><li id="c" itemprop="recipeInstructions">Whisk.</li>
                    <li id="d" itemprop="recipeInstructions">Fry.</li></ol>
                </div>""");
        new RecipeParts(null, List.of(), List.of()).mark(page.body(), "Pancakes for two", null);
        assertEquals(List.of("a", "b"),
                DeclaredLines.of(page.body(), RecipeParts.INGREDIENT).stream().map(Element::id).toList());
        assertEquals(List.of("c", "d"),
                DeclaredLines.of(page.body(), RecipeParts.STEP).stream().map(Element::id).toList());
        Document teaser = Jsoup.parse(page.html());
        teaser.select("[data-gleaner-declared]").removeAttr("data-gleaner-declared");
        new RecipeParts(null, List.of(), List.of()).mark(teaser.body(), "Ten breakfasts in Lisbon", null);
        assertTrue(DeclaredLines.of(teaser.body(), RecipeParts.INGREDIENT).isEmpty());
    }

    @Test
    void joinsTheBoxOfAListNoPartHoldsWithItsHeadingInPageOrder() {
        Document page = Jsoup.parse(PAGE);
        new RecipeParts(NAME, INGREDIENTS, List.of()).mark(page.body(), TITLE, null);
        Element method = page.getElementById("method");
        List<Element> parts = RecipeParts.joinedTo(List.of(method), page.body());
        assertEquals(List.of("ingredients", "method"), parts.stream().map(Element::id).toList());
    }

    @Test
    void leavesThePartsAsTheyAreWhenOneHoldsTheList() {
        Document page = Jsoup.parse(PAGE);
        new RecipeParts(NAME, INGREDIENTS, List.of()).mark(page.body(), TITLE, null);
        List<Element> parts = List.of(page.getElementById("recipe"));
        assertSame(parts, RecipeParts.joinedTo(parts, page.body()));
        List<Element> inside = List.of(page.getElementById("ingredients"));
        assertSame(inside, RecipeParts.joinedTo(inside, page.body()));
    }

    @Test
    void aBoxWithMoreThanAHeadingBesideTheListIsNotWidened() {
        Document page = Jsoup.parse(PAGE.replace("für 4 Portionen", "Tipp: " + "Die Linsen vorher nicht einweichen. "
                .repeat(6)));
        new RecipeParts(NAME, INGREDIENTS, List.of()).mark(page.body(), TITLE, null);
        List<Element> parts = RecipeParts.joinedTo(List.of(page.getElementById("method")), page.body());
        assertEquals(List.of("list", "method"), parts.stream().map(Element::id).toList());
    }
}
