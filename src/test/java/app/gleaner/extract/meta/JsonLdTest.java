package app.gleaner.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static JsonLd of(String json) {
        return new JsonLd(Jsoup.parse("<script type=application/ld+json>" + json + "</script>"));
    }

    @Test
    void readsARecipesIngredientsAndItsStepsAsTextsStepsOrSections() {
        JsonLd graph = of("""
                {"@graph": [{"@type": "BlogPosting", "headline": "Our autumn soup"},
                  {"@type": "Recipe", "recipeIngredient": ["1 kg squash", "2 onions"], "recipeInstructions": [
                    {"@type": "HowToSection", "name": "Soup", "itemListElement": [
                      {"@type": "HowToStep", "text": "Roast the squash."}, {"@type": "HowToStep", "text": "Blend."}]},
                    {"@type": "HowToStep", "text": "Serve with bread."}]}]}""");
        assertEquals(List.of("1 kg squash", "2 onions"), graph.recipeIngredients());
        assertEquals(List.of("Roast the squash.", "Blend.", "Serve with bread."), graph.recipeSteps());

        JsonLd older = of("""
                {"@type": "Recipe", "ingredients": ["3 eggs"], "recipeInstructions": "Beat the eggs &amp; fry."}""");
        assertEquals(List.of("3 eggs"), older.recipeIngredients());
        assertEquals(List.of("Beat the eggs & fry."), older.recipeSteps());
        assertEquals(List.of(), of("{\"@type\": \"NewsArticle\"}").recipeSteps());
    }
}
