package app.gleaner.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Many CSS selectors asked as one: the page is walked once for the whole group rather than once per selector (a
 * rule file of 80 selectors cost 80 walks of the page, the largest share of extraction time). A selector that does
 * not parse is left out, so one bad line — in a page's own style sheet, say — costs nothing but itself; the bundled
 * rule files are kept valid by their tests. Immutable and thread-safe.
 */
final class SelectorGroup {

    private static final SelectorGroup EMPTY = new SelectorGroup(null);

    /** Null when the group is empty. */
    private final Evaluator evaluator;

    private SelectorGroup(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    static SelectorGroup of(Collection<String> selectors) {
        List<Evaluator> parsed = new ArrayList<>(selectors.size());
        for (String selector : selectors) {
            try {
                parsed.add(QueryParser.parse(selector));
            } catch (Selector.SelectorParseException | IllegalArgumentException unparsable) {
                // left out: see the class comment
            }
        }
        if (parsed.isEmpty()) {
            return EMPTY;
        }
        return new SelectorGroup(parsed.size() == 1 ? parsed.get(0) : new CombiningEvaluator.Or(parsed));
    }

    /** Elements under {@code root} (and {@code root} itself) matching any selector, in document order, once each. */
    List<Element> select(Element root) {
        return evaluator == null ? List.of() : root.select(evaluator);
    }

    /** True when some element under {@code root} matches a selector. */
    boolean matchesAny(Element root) {
        return evaluator != null && root.selectFirst(evaluator) != null;
    }
}
