package app.gleaner.extract.meta;

import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.CharacterReferences;
import app.gleaner.extract.page.Find;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads schema.org JSON-LD blocks of a page and finds the node that describes the article. Handles {@code @graph},
 * top-level arrays and nested objects, and resolves the article's {@code @id} references (as Yoast and other {@code
 * @graph} writers link an article to its author, publisher and image); character references in strings are read, a line
 * break inside a string and a trailing comma forgiven, other malformed or oversized blocks ignored. Immutable and
 * thread-safe (the Jackson mapper is configured once and only read).
 */
public final class JsonLd {

    /** The page's linked-data scripts. */
    private static final Evaluator LINKED_DATA = Selector.evaluatorOf("script[type=application/ld+json]");

    /** Largest JSON-LD block read, in characters. */
    static final int MAX_BLOCK_CHARS = 500_000;
    /** Deepest JSON nesting accepted. */
    static final int MAX_NESTING = 64;
    /** Schema.org types that describe an article, most specific first. */
    static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(\\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review"
                    + "|Recipe|HowTo|CreativeWork)");
    /**
     * Schema.org types that describe a piece to watch or listen to, whose page is its notes: read when no article and
     * no web page is declared (a news page's WebPage names its writer and date, where the video beside it names its
     * own).
     */
    static final Pattern PIECE_TYPE = Pattern.compile("(\\w*Episode|VideoObject|AudioObject|Clip)");
    static final Pattern PAGE_TYPE = Pattern.compile("\\w*WebPage");
    static final Pattern SITE_TYPE = Pattern.compile("WebSite");
    static final Pattern RECIPE_TYPE = Pattern.compile("Recipe");
    private static final Pattern LANGUAGE_ROOT = Pattern.compile("/[a-z]{2}(-[a-zA-Z]{2})?/?");
    /** XHTML-style wrappers some sites put around the JSON. */
    private static final Pattern CDATA = Pattern.compile("^\\s*(<!\\[CDATA\\[|<!--)|(]]>|-->)\\s*$");

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            // what CMSs write and browsers' search crawlers forgive: a line break inside a string, a trailing comma
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private final List<JsonNode> roots;
    private final JsonNode article;
    private final boolean declaresPiece;
    /** The first declared piece that names its maker, or null. */
    private final JsonNode piece;
    private final String siteName;
    private final JsonNode recipe;

    public JsonLd(Document document) {
        List<JsonNode> found = new ArrayList<>();
        List<JsonNode> trees = new ArrayList<>();
        for (Element script : Find.all(document, LINKED_DATA)) {
            String json = CDATA.matcher(script.data()).replaceAll("").strip();
            if (json.isEmpty() || json.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            try {
                JsonNode tree = unescaped(MAPPER.readTree(json));
                trees.add(tree);
                flatten(tree, found, 0);
            } catch (Exception e) {
                // malformed JSON-LD is common on real pages; the other metadata sources still apply
            }
        }
        this.roots = List.copyOf(trees);
        this.article = withReferencesResolved(findArticle(found), found);
        List<JsonNode> pieces = found.stream().filter(node -> hasType(node, PIECE_TYPE)).toList();
        this.piece = withReferencesResolved(pieces.stream()
                .filter(node -> node.hasNonNull("author") || node.hasNonNull("creator")).findFirst().orElse(null), found);
        this.declaresPiece = !pieces.isEmpty();
        this.recipe = found.stream().filter(node -> hasType(node, RECIPE_TYPE)).findFirst().orElse(null);
        this.siteName = found.stream().filter(node -> hasType(node, SITE_TYPE) && isRoot(node.get("url")))
                .flatMap(node -> texts(node.get("name")).stream()).findFirst().orElse(null);
    }

    /** {@code node} with the character references in its strings read: a script's text is not HTML. */
    private static JsonNode unescaped(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                object.set(field.getKey(), unescaped(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, unescaped(array.get(i)));
            }
        } else if (node.isTextual() && node.textValue().indexOf('&') >= 0) {
            return TextNode.valueOf(CharacterReferences.read(node.textValue()));
        }
        return node;
    }

    /**
     * A copy of {@code node} whose fields that only reference another node ({@code {"@id": …}}, alone or in an
     * array) hold that node instead; one level deep, which is where authors, publishers and images are linked.
     */
    private static JsonNode withReferencesResolved(JsonNode node, List<JsonNode> found) {
        if (node == null || !node.isObject()) {
            return node;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode candidate : found) {
            if (candidate.path("@id").isTextual() && candidate.size() > 1) {
                byId.putIfAbsent(candidate.get("@id").asText(), candidate);
            }
        }
        if (byId.isEmpty()) {
            return node;
        }
        ObjectNode copy = node.deepCopy();
        copy.fields().forEachRemaining(field -> field.setValue(resolved(field.getValue(), byId)));
        return copy;
    }

    private static JsonNode resolved(JsonNode value, Map<String, JsonNode> byId) {
        if (value.isArray()) {
            ArrayNode items = MAPPER.createArrayNode();
            value.forEach(item -> items.add(resolved(item, byId)));
            return items;
        }
        boolean reference = value.isObject() && value.size() == 1 && value.path("@id").isTextual();
        return reference ? byId.getOrDefault(value.get("@id").asText(), value) : value;
    }

    /** The article's declared full text ({@code articleBody}), or null. */
    public String articleBody() {
        JsonNode article = article();
        List<String> bodies = article == null ? List.of() : texts(article.get("articleBody"));
        return bodies.isEmpty() ? null : bodies.get(0);
    }

    /** The name of a declared {@code Recipe}, or null. */
    public String recipeName() {
        List<String> names = recipe == null ? List.of() : texts(recipe.get("name"));
        return names.isEmpty() ? null : names.get(0);
    }

    /** The ingredient lines a declared {@code Recipe} lists ({@code recipeIngredient}, once {@code ingredients}). */
    public List<String> recipeIngredients() {
        return recipe == null ? List.of() : texts(recipe.has("recipeIngredient")
                ? recipe.get("recipeIngredient") : recipe.get("ingredients"));
    }

    /**
     * The steps a declared {@code Recipe} gives: {@code recipeInstructions} as one text, a list of texts, of
     * {@code HowToStep}s or of {@code HowToSection}s that list their steps.
     */
    public List<String> recipeSteps() {
        return recipe == null ? List.of() : texts(recipe.get("recipeInstructions"), "itemListElement", "text");
    }

    /**
     * {@code FALSE} when any block declares {@code isAccessibleForFree} false (a boolean, or the strings "false" and
     * "False" that many publishers write), {@code TRUE} when one declares it true, else null.
     */
    public Boolean accessibleForFree() {
        Boolean found = null;
        for (JsonNode root : roots) {
            for (JsonNode value : root.findValues("isAccessibleForFree")) {
                Boolean flag = flag(value);
                if (Boolean.FALSE.equals(flag)) {
                    return Boolean.FALSE;
                }
                found = flag != null ? flag : found;
            }
        }
        return found;
    }

    /**
     * The name of the {@code WebSite} the page declares, or null. A node whose {@code url} is a page below the site's
     * root (or a language's root, {@code /de/}) names that page, not the site.
     */
    String siteName() {
        return siteName;
    }

    /**
     * Whether the article's own block declares it free ({@code isAccessibleForFree} true), itself or in the parts it
     * names ({@code hasPart}, Google's way to mark a paywalled page's free and paid sections), every one of them; not
     * a related story's in a list beside it.
     */
    public boolean articleDeclaredFree() {
        if (article == null) {
            return false;
        }
        if (article.has("isAccessibleForFree")) {
            return saysTrue(article.get("isAccessibleForFree"));
        }
        JsonNode parts = article.path("hasPart");
        List<JsonNode> each = new ArrayList<>();
        if (parts.isArray()) {
            parts.forEach(each::add);
        } else if (parts.isObject()) {
            each.add(parts);
        }
        return !each.isEmpty() && each.stream().allMatch(part -> saysTrue(part.get("isAccessibleForFree")));
    }

    private static boolean saysTrue(JsonNode flag) {
        return flag != null && Boolean.TRUE.equals(flag(flag));
    }

    /** A declared flag written as a boolean or as a string ("false", "False", "true"), or null when it is neither. */
    private static Boolean flag(JsonNode value) {
        String text = value.asText().strip();
        return text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    /** The article node, else a web page node, else null; its {@code @id} references are resolved. */
    JsonNode article() {
        return article;
    }

    /**
     * The node that names the article's author: the article's, or, where a web page stands for the article and names
     * none, the declared piece to watch or listen to that names its maker (a WordPress SEO plugin's WebPage beside
     * the PodcastEpisode it shows).
     */
    JsonNode authored() {
        if (article == null || !hasType(article, PAGE_TYPE) || article.hasNonNull("author")) {
            return article;
        }
        return piece == null ? article : piece;
    }

    /** Whether the page declares a piece to watch or listen to ({@link #PIECE_TYPE}), beside an article or not. */
    public boolean declaresPiece() {
        return declaresPiece;
    }

    private static JsonNode findArticle(List<JsonNode> nodes) {
        for (JsonNode node : nodes) {
            if (hasType(node, ARTICLE_TYPE)) {
                return node;
            }
        }
        for (Pattern type : List.of(PAGE_TYPE, PIECE_TYPE)) {
            for (JsonNode node : nodes) {
                if (hasType(node, type)) {
                    return node;
                }
            }
        }
        return null;
    }

    /** Text of a field that may be a string, an object with {@code name}/{@code url}/{@code @value}, or an array. */
    static List<String> texts(JsonNode node, String... keysInObjects) {
        List<String> values = new ArrayList<>();
        collectTexts(node, keysInObjects, values);
        return values;
    }

    private static void collectTexts(JsonNode node, String[] keys, List<String> values) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isTextual()) {
            if (!node.asText().isBlank()) {
                values.add(node.asText().strip());
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectTexts(item, keys, values));
        } else if (node.isObject()) {
            for (String key : keys) {
                if (node.hasNonNull(key)) {
                    collectTexts(node.get(key), keys, values);
                    return;
                }
            }
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 3) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> flatten(item, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) {
                flatten(node.get("@graph"), out, depth + 1);
            }
            if (node.has("mainEntity")) {
                flatten(node.get("mainEntity"), out, depth + 1);
            }
        }
    }

    private static boolean isRoot(JsonNode url) {
        if (url == null || !url.isTextual()) {
            return true;
        }
        String path = AbsoluteUrl.pathOf(url.asText());
        return path.isEmpty() || path.equals("/") || LANGUAGE_ROOT.matcher(path).matches();
    }

    static boolean hasType(JsonNode node, Pattern type) {
        return texts(node.get("@type")).stream().anyMatch(t -> type.matcher(t).matches());
    }
}
