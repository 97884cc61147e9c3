package app.gleaner.extract.meta;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.PageParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/** The title a page's JSON-LD declares, for {@link MetadataExtractor}. Stateless and thread-safe. */
final class JsonLdTitle {

    /**
     * Share of a JSON-LD headline's (or name's) words that must appear in the page's {@code <h1>} or {@code <title>}
     * for it to count as borne out by the page.
     */
    public static final double HEADLINE_TITLE_OVERLAP = 0.75;
    /** Share of the shown heading's words that must be in the candidate: a short name is not borne out by a long title. */
    public static final double SHOWN_TITLE_OVERLAP = 0.5;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private JsonLdTitle() {
    }

    /**
     * The JSON-LD title. When a block has both a {@code headline} and a different {@code name}, the page decides:
     * the one an {@code <h1>} bears out, else the one its {@code <title>} bears out, else the headline. Some
     * publishers write a description in the headline ("constitutional monarchy in Oceania" on a page whose heading
     * is "New Zealand"), others the title plus the section in the name.
     */
    static String of(Document document, JsonNode article) {
        List<String> headlines = article == null ? List.of() : JsonLd.texts(article.get("headline"), "name", "@value");
        String headline = headlines.isEmpty() || headlines.get(0).isBlank() ? null : headlines.get(0).strip();
        String name = article == null || !article.path("name").isTextual() ? null : article.get("name").asText();
        if (headline == null || name == null || name.isBlank() || name.strip().equals(headline)) {
            return headline;
        }
        List<String> headings = Find.all(document, Css.H1).eachText();
        for (List<String> shown : List.of(headings, List.of(PageParser.titleOf(document)))) {
            if (shown.stream().anyMatch(text -> bearsOut(text, headline))) {
                return headline;
            }
            if (shown.stream().anyMatch(text -> bearsOut(text, name))) {
                return name.strip();
            }
        }
        return headline;
    }

    /** Most of the candidate's words are shown, and the shown text is not much more than the candidate. */
    private static boolean bearsOut(String shown, String candidate) {
        return overlap(candidate, shown) >= HEADLINE_TITLE_OVERLAP && overlap(shown, candidate) >= SHOWN_TITLE_OVERLAP;
    }

    /** Share of {@code words}' words that also occur in {@code in}, case-insensitive. */
    static double overlap(String words, String in) {
        Set<String> present = new HashSet<>(Arrays.asList(NON_WORD.split(in.toLowerCase(Locale.ROOT))));
        String[] tokens = NON_WORD.split(words.toLowerCase(Locale.ROOT).strip());
        if (tokens.length == 0) {
            return 0;
        }
        int shared = 0;
        for (String token : tokens) {
            if (present.contains(token)) {
                shared++;
            }
        }
        return (double) shared / tokens.length;
    }
}
