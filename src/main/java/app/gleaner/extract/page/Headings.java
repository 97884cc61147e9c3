package app.gleaner.extract.page;

import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** The six heading tags, as a selector and as a set, so stages that look for a heading name them alike. */
public final class Headings {

    /** {@code h1} to {@code h6} as one CSS selector. */
    public static final String SELECTOR = "h1, h2, h3, h4, h5, h6";
    /** {@link #SELECTOR} parsed once, for a search asked of many elements. */
    public static final Evaluator ANY = Selector.evaluatorOf(SELECTOR);
    /** {@code h1} to {@code h6} as normal tag names. */
    public static final Set<String> TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Headings() {
    }
}
