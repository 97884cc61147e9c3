package app.gleaner.extract.find;

import app.gleaner.extract.page.DeclaredLines;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.PageLetters;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A recipe's ingredients and steps, which the page declares (schema.org {@code Recipe} in JSON-LD or microdata) and
 * which a reader saving a recipe must get. Recipe pages set them in boxes and columns of their own, with little prose
 * and often a link on every ingredient, beside a head note or a story that outscores them: the search may find one
 * box, or only the story, and link rules may take a list of ingredients for a list of links.
 *
 * <p>Before any rule reads the page, {@link #mark} finds each declared list by its lines — the deepest elements that
 * hold one, amounts and names read as letters and digits only, so "125 g | Mehl" in two cells is "125 g Mehl" — and
 * marks the lines of its box as {@link DeclaredLines}, which no rule removes. Once the article's parts are found,
 * {@link #joinedTo} adds the box of a list that no part holds, in page order, with the heading and servings line set
 * in it. A declaration is trusted only as far as the page bears it out: the recipe must be the one the title names,
 * its lines must say more than any page's words, and most of them must be shown.
 * Immutable and thread-safe; works on the document it is given.
 */
public final class RecipeParts {

    /** Share of the recipe's name that the page's title must hold: the page is that recipe, not a story beside it. */
    static final double MIN_NAME_SHARE = 0.6;
    /** Words a declared ingredient needs to be looked for (an amount and a name: "salt" alone is any page's word). */
    static final int MIN_INGREDIENT_WORDS = 2;
    /** Words a declared step needs to be looked for ("Mix well." is any how-to's). */
    static final int MIN_STEP_WORDS = 4;
    /** Share of the declared lines the page must show: an app's recipe, two lines of it in an ad, is not the page's. */
    static final double MIN_FOUND_SHARE = 0.5;
    /** Letters and digits of a step that are looked for: its opening. */
    static final int STEP_PROBE_CHARS = 60;
    /** Fewest letters and digits a declared line needs to be looked for ("Salz" is too common on a page). */
    static final int MIN_PROBE_CHARS = 5;
    /** An ingredient's element holds little besides it: at most this many times its letters, plus a few. */
    static final int MAX_LINE_GROWTH = 2;
    /** Letters and digits an ingredient's element may hold besides it, whatever its length: a checkbox's label. */
    static final int LINE_SLACK_CHARS = 20;
    /** The list's box holds at least this share of the lines found on the page (a copy elsewhere stays out). */
    static final double MIN_LINES_SHARE = 0.8;
    /** A wider box holding more of the lines (a second group, "For the filling:") may hold this many times the text. */
    static final double MAX_GROUP_GROWTH = 2.0;
    /** Letters and digits besides the list that its box may hold: a heading, the servings, a group's name. */
    static final int MAX_BOX_EXTRA_CHARS = 120;
    /** A list that declares more lines than this is no recipe's, and is not looked for. */
    static final int MAX_DECLARED_LINES = 200;
    /** Places a line is looked for: a line the page repeats more often is no list's. */
    static final int MAX_PLACES_PER_LINE = 20;
    static final String INGREDIENT = "ingredient";
    static final String STEP = "step";
    private static final Pattern LINE_BREAKS = Pattern.compile("<[^<>]*+>|\\n");
    private static final Evaluator MICRODATA_RECIPES = Selector.evaluatorOf(
            "[itemscope][itemtype~=(?i)schema\\.org/Recipe/?(\\s|$)]");
    private static final String MICRODATA_INGREDIENTS = "[itemprop~=^(recipeIngredient|ingredients)$]";
    private static final String MICRODATA_STEPS = "[itemprop=recipeInstructions]";
    private static final Set<String> LIST_ROWS = Set.of("li", "tr", "dd");

    private final String name;
    private final List<String> ingredients;
    private final List<String> steps;

    /** The recipe the page's JSON-LD declares: its name (may be null) and lines; either list may be empty. */
    public RecipeParts(String name, List<String> ingredients, List<String> steps) {
        this.name = name;
        this.ingredients = List.copyOf(ingredients);
        this.steps = List.copyOf(steps);
    }

    /**
     * Marks the lines of each declared list in its box below {@code body}, when the recipe is the page's: its name is
     * the {@code title}'s (a story about a restaurant that declares a recipe, a sidebar's "recipe of the day", a
     * teaser's microdata are not). Where the page shows a list twice (a print copy, a shopping list), the box after
     * the title's {@code heading} (may be null) is the recipe's.
     */
    public void mark(Element body, String title, Element heading) {
        boolean declared = !ingredients.isEmpty() || !steps.isEmpty();
        Elements scopes = Find.all(body, MICRODATA_RECIPES);
        if (title == null || !declared && scopes.isEmpty()) {
            return;
        }
        List<Element> recipes = scopes.stream().filter(scope -> names(microdataName(scope), title)).toList();
        boolean named = declared && names(name, title);
        if (!named && recipes.isEmpty()) {
            return;
        }
        PageLetters letters = new PageLetters(body);
        List<String> ingredientProbes = named ? probes(ingredients, MIN_INGREDIENT_WORDS, Integer.MAX_VALUE)
                : List.of();
        List<String> stepProbes = named ? probes(steps.stream().flatMap(LINE_BREAKS::splitAsStream).toList(),
                MIN_STEP_WORDS, STEP_PROBE_CHARS) : List.of();
        markBox(lines(recipes, MICRODATA_INGREDIENTS, ingredientProbes, letters, Line.WHOLE), INGREDIENT, heading,
                letters);
        markBox(lines(recipes, MICRODATA_STEPS, stepProbes, letters, Line.OPENING), STEP, heading, letters);
    }

    /** How a declared line is found: the whole of an element's text, or the opening of one (a step's first words). */
    private enum Line {
        WHOLE,
        OPENING
    }

    /**
     * Whether {@code title} holds the recipe's {@code name}: its letters, when they are {@link #MIN_PROBE_CHARS} or
     * more ("Tea" is in "Steak"), or most of its words.
     */
    private static boolean names(String name, String title) {
        if (name == null) {
            return false;
        }
        String nameLetters = PageLetters.lettersOf(name);
        if (nameLetters.length() >= MIN_PROBE_CHARS && PageLetters.lettersOf(title).contains(nameLetters)) {
            return true;
        }
        Set<String> titleWords = Set.copyOf(PageLetters.wordsOf(title));
        List<String> nameWords = PageLetters.wordsOf(name);
        long held = nameWords.stream().filter(titleWords::contains).count();
        return !nameWords.isEmpty() && held >= nameWords.size() * MIN_NAME_SHARE;
    }

    /** The name a microdata recipe gives itself: its own {@code itemprop=name}, not its author's. */
    private static String microdataName(Element scope) {
        for (Element property : scope.select("[itemprop=name]")) {
            Element owner = property.parent() == null ? null : property.parent().closest("[itemscope]");
            if (owner == scope) {
                return property.hasAttr("content") ? property.attr("content") : property.text();
            }
        }
        return null;
    }

    /**
     * {@code parts} (in page order, still in the page under {@code body}) and the box of each marked list that none of
     * them holds, in page order.
     */
    public static List<Element> joinedTo(List<Element> parts, Element body) {
        if (parts.size() == 1 && parts.get(0) == body) {
            return parts;
        }
        List<Element> joined = new ArrayList<>(parts);
        for (String list : List.of(INGREDIENT, STEP)) {
            List<Element> lines = DeclaredLines.of(body, list);
            Element box = lines.size() < 2 ? null : sharedAncestor(lines);
            if (box != null && !box.nameIs("body") && isOutside(box, joined)) {
                joined.add(withItsHeading(box, joined));
            }
        }
        return joined.size() == parts.size() ? parts : PageOrder.sorted(joined, body);
    }

    /**
     * The elements that hold each declared line: one list per element with text marked with microdata, and one per
     * probe of the deepest elements whose letters hold it (more than one where the page repeats the line); none of
     * the probes' when fewer than {@link #MIN_FOUND_SHARE} of them are on the page.
     */
    private static List<List<Element>> lines(List<Element> recipes, String microdata, List<String> probes,
            PageLetters letters, Line line) {
        List<List<Element>> found = new ArrayList<>();
        Set<Element> marked = new LinkedHashSet<>();
        for (Element recipe : recipes) {
            recipe.select(microdata).stream().filter(Element::hasText).forEach(marked::add);
        }
        marked.forEach(element -> found.add(List.of(element)));
        int declared = found.size();
        for (String probe : probes) {
            int maxLength = line == Line.WHOLE ? probe.length() * MAX_LINE_GROWTH + LINE_SLACK_CHARS : Integer.MAX_VALUE;
            List<Element> holding = letters.deepestHolding(probe, maxLength, MAX_PLACES_PER_LINE);
            if (!holding.isEmpty()) {
                found.add(holding);
            }
        }
        return found.size() - declared < probes.size() * MIN_FOUND_SHARE ? found.subList(0, declared) : found;
    }

    /**
     * Marks the lines in the box of a list: the deepest ancestor holding {@link #MIN_LINES_SHARE} of the lines found,
     * widened while a parent holds more of them within {@link #MAX_GROUP_GROWTH} of the text. Nothing is marked when
     * fewer than two lines were found.
     */
    private static void markBox(List<List<Element>> lines, String list, Element heading, PageLetters letters) {
        if (lines.size() < 2) {
            return;
        }
        Map<Element, BitSet> held = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            for (Element line : lines.get(i)) {
                for (Element e = line; e != null; e = e.parent()) {
                    held.computeIfAbsent(e, key -> new BitSet()).set(i);
                }
            }
        }
        int needed = (int) Math.ceil(lines.size() * MIN_LINES_SHARE);
        List<Element> candidates = new ArrayList<>(boxesHolding(held, needed));
        if (candidates.isEmpty()) {
            return;
        }
        Map<Element, Integer> order = PageOrder.of(candidates.get(0).root());
        candidates.sort(Comparator.comparing(order::get));
        Element box = candidates.get(0);
        Integer headingAt = heading == null ? null : order.get(heading);
        for (Element candidate : candidates) {
            if (headingAt != null && order.get(candidate) > headingAt) {
                box = candidate;
                break;
            }
        }
        while (box != null && box.parent() != null && !box.parent().nameIs("body")
                && held.get(box.parent()).cardinality() > held.get(box).cardinality()
                && letters.length(box.parent()) <= letters.length(box) * MAX_GROUP_GROWTH) {
            box = box.parent();
        }
        if (box == null || box.nameIs("body")) {
            return;
        }
        Set<Element> rowParents = new LinkedHashSet<>();
        for (List<Element> holding : lines) {
            for (Element line : holding) {
                if (Nesting.isWithin(line, box)) {
                    DeclaredLines.mark(line, list);
                    if (line != box && rowParents.add(line.parent())) {
                        markRowsBuiltAlike(line, list);
                    }
                }
            }
        }
    }

    /**
     * Marks the rows beside {@code line} built as it is (its tag and classes): the list's lines whose words the
     * declaration writes otherwise ("2/3 cup (160 g) peanut butter (see notes)" for "2/3 cup peanut butter").
     */
    private static void markRowsBuiltAlike(Element line, String list) {
        if (line.className().isEmpty() && !LIST_ROWS.contains(line.normalName())) {
            return; // a bare <div> or <p> beside it is built as anything is
        }
        for (Element row : line.siblingElements()) {
            if (row.normalName().equals(line.normalName()) && row.className().equals(line.className())) {
                DeclaredLines.mark(row, list);
            }
        }
    }

    /** The deepest elements holding {@code needed} of the lines: no child of theirs holds as many. */
    private static List<Element> boxesHolding(Map<Element, BitSet> held, int needed) {
        List<Element> boxes = new ArrayList<>();
        for (Map.Entry<Element, BitSet> entry : held.entrySet()) {
            if (entry.getValue().cardinality() >= needed && entry.getKey().children().stream()
                    .noneMatch(child -> held.containsKey(child) && held.get(child).cardinality() >= needed)) {
                boxes.add(entry.getKey());
            }
        }
        return boxes;
    }

    private static Element sharedAncestor(List<Element> lines) {
        Element shared = lines.get(0);
        for (Element line : lines) {
            while (shared != null && !Nesting.isWithin(line, shared)) {
                shared = shared.parent();
            }
        }
        return shared;
    }

    /** {@code box} widened to the ancestors that add a heading or a servings line and hold no part. */
    private static Element withItsHeading(Element box, List<Element> parts) {
        Element widest = box;
        int own = PageLetters.lettersOf(box.text()).length();
        for (Element parent = box.parent(); parent != null && !parent.nameIs("body"); parent = parent.parent()) {
            if (!isOutside(parent, parts) || PageLetters.lettersOf(parent.text()).length() - own > MAX_BOX_EXTRA_CHARS) {
                break;
            }
            widest = parent;
        }
        return widest;
    }

    /** Whether {@code box} is no part, lies in none and holds none. */
    private static boolean isOutside(Element box, List<Element> parts) {
        for (Element part : parts) {
            if (Nesting.isWithin(box, part) || Nesting.isWithin(part, box)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> probes(List<String> lines, int minWords, int maxChars) {
        if (lines.size() > MAX_DECLARED_LINES) {
            return List.of();
        }
        Set<String> probes = new LinkedHashSet<>();
        for (String line : lines) {
            if (TextStats.words(line) < minWords) { // a CJK character is a word: "卵黄3個"
                continue;
            }
            String letters = PageLetters.lettersOf(line);
            String probe = letters.substring(0, Math.min(letters.length(), maxChars));
            if (probe.length() >= MIN_PROBE_CHARS) {
                probes.add(probe);
            }
        }
        return List.copyOf(probes);
    }
}
