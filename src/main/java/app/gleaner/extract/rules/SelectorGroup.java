package app.gleaner.extract.rules;

import app.gleaner.extract.page.Find;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Many CSS selectors asked as one: the page is walked once for the whole group rather than once per selector (a
 * rule file of 90 selectors cost 90 walks of the page, the largest share of extraction time). Rule files are mostly
 * simple selectors — a tag, {@code .class}, {@code #id}, {@code [attr]}, {@code [attr=v]}, {@code [attr^=v]},
 * {@code [attr*=v]}, {@code [attr$=v]} — and those are answered from sets and short lists, each element's attributes
 * read once; anything else goes to jsoup's own evaluator, with the same meaning (class names and attribute values
 * compared case-insensitively, ids exactly). A selector that does not parse is left out, so one bad line — in a
 * page's own style sheet, say — costs nothing but itself; the bundled rule files are kept valid by their tests.
 * Immutable and thread-safe.
 */
public final class SelectorGroup {

    private static final Pattern TAG = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern CLASS = Pattern.compile("\\.([A-Za-z0-9_-]+)");
    private static final Pattern ID = Pattern.compile("#([A-Za-z0-9_-]+)");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\[([A-Za-z0-9_:-]+)(?:([*^$]?=)(?:\"([^\"]*)\"|'([^']*)'|([^\"'\\]]+)))?]");

    /** One {@code [key op value]} selector, without its key; the value lower-cased. */
    private record AttributeRule(char op, String value) {
        /** {@code actual}: the attribute's value, lower-cased. */
        boolean matches(String actual) {
            return switch (op) {
                case '=' -> value.equals(actual.trim());
                case '^' -> actual.startsWith(value);
                case '*' -> actual.contains(value);
                case '$' -> actual.endsWith(value);
                default -> true;
            };
        }
    }

    private final Set<String> tags = new HashSet<>();
    private final Set<String> classes = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    /** Attribute key → its rules, so each element's value of a key is lower-cased once. */
    private final Map<String, List<AttributeRule>> attributes = new HashMap<>();
    /** Selectors not simple enough for the sets above; null when there are none. */
    private final Evaluator others;
    /** The whole group as one evaluator, so a page is walked once for the simple and the other selectors alike. */
    private final Evaluator all;

    private SelectorGroup(Collection<String> selectors) {
        List<Evaluator> complex = new ArrayList<>();
        for (String raw : selectors) {
            String selector = raw.strip();
            if (!addSimple(selector)) {
                try {
                    complex.add(QueryParser.parse(selector));
                } catch (Selector.SelectorParseException | IllegalArgumentException unparsable) {
                    // left out: see the class comment
                }
            }
        }
        others = complex.isEmpty() ? null
                : complex.size() == 1 ? complex.get(0) : new CombiningEvaluator.Or(complex);
        all = others == null ? new Simple() : new CombiningEvaluator.Or(List.of(new Simple(), others));
    }

    /** The simple selectors as a jsoup evaluator, asked before any other (the cheapest test of the walk). */
    private final class Simple extends Evaluator {
        @Override
        public boolean matches(Element root, Element element) {
            return matchesSimple(element);
        }

        @Override
        protected int cost() {
            return 1;
        }
    }

    public static SelectorGroup of(Collection<String> selectors) {
        return new SelectorGroup(selectors);
    }

    private boolean addSimple(String selector) {
        Matcher matcher;
        if (TAG.matcher(selector).matches()) {
            tags.add(selector.toLowerCase(Locale.ROOT));
        } else if ((matcher = CLASS.matcher(selector)).matches()) {
            classes.add(matcher.group(1).toLowerCase(Locale.ROOT));
        } else if ((matcher = ID.matcher(selector)).matches()) {
            ids.add(matcher.group(1));
        } else if ((matcher = ATTRIBUTE.matcher(selector)).matches()) {
            String operator = matcher.group(2);
            String value = matcher.group(3) != null ? matcher.group(3)
                    : matcher.group(4) != null ? matcher.group(4) : matcher.group(5);
            if (value != null && value.strip().isEmpty()) {
                return false;
            }
            attributes.computeIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                    .add(new AttributeRule(operator == null ? ' ' : operator.charAt(0),
                            value == null ? "" : value.strip().toLowerCase(Locale.ROOT)));
        } else {
            return false;
        }
        return true;
    }

    /** Elements under {@code root} (and {@code root} itself) matching any selector, in document order, once each. */
    public List<Element> select(Element root) {
        return Find.all(root, all);
    }

    /** True when {@code element} itself matches a selector. */
    public boolean matches(Element element) {
        return matchesSimple(element) || others != null && element.is(others);
    }

    /** True when some element under {@code root} matches a selector. */
    public boolean matchesAny(Element root) {
        return Find.first(root, all) != null;
    }

    private boolean matchesSimple(Element element) {
        if (!tags.isEmpty() && tags.contains(element.normalName())) {
            return true;
        }
        if (!ids.isEmpty() && ids.contains(element.id())) {
            return true;
        }
        if (!classes.isEmpty() && hasListedClass(element)) {
            return true;
        }
        if (attributes.isEmpty() || element.attributesSize() == 0) {
            return false;
        }
        for (Attribute attribute : element.attributes()) { // its few attributes, not every key of the rules
            List<AttributeRule> rules = attributes.get(attribute.getKey().toLowerCase(Locale.ROOT));
            if (rules == null) {
                continue;
            }
            String actual = attribute.getValue().toLowerCase(Locale.ROOT);
            for (AttributeRule rule : rules) {
                if (rule.matches(actual)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasListedClass(Element element) {
        String names = element.className().toLowerCase(Locale.ROOT); // the same string when lower-case already
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            boolean space = i == names.length() || Character.isWhitespace(names.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                if (classes.contains(names.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
