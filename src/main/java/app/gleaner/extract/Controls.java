package app.gleaner.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** What a reader acts on, as one selector, so stages that ask whether a block offers something to act on ask alike. */
final class Controls {

    /** A button, or an element acting as one. */
    static final String BUTTON_ELEMENTS = "button, [role=button]";
    /** A button (or an element acting as one) or a field to fill in. */
    static final String CONTROLS = BUTTON_ELEMENTS + ", input, select, textarea";
    /** A link, a button (or an element acting as one) or a field to fill in. */
    static final String LINKS_AND_CONTROLS = "a[href], " + CONTROLS;

    /**
     * A class name that dresses a link as a button, as the style libraries name it: {@code btn}, {@code button},
     * {@code ant-btn}, {@code v-btn--elevated}, {@code chakra-button}, {@code card__button}, {@code wp-block-button__link},
     * {@code MuiButton-root}.
     */
    private static final Pattern BUTTON_CLASS = Pattern.compile(
            "(?:.*[-_]|\\p{Alpha}*\\p{Ll}(?=Button))?(?i:btn|button)(?i:[-_]{1,2}[a-z0-9]+)*");

    /**
     * A button: the element, one acting as one, a web component's own button, named so by its library
     * ({@code <sl-button>}, {@code <md-filled-button>}, {@code <ion-button>}), or a link its class dresses as one.
     */
    static final Evaluator BUTTONS = new CombiningEvaluator.Or(List.of(Selector.evaluatorOf(BUTTON_ELEMENTS),
            new Evaluator() {
                @Override
                public boolean matches(Element root, Element element) {
                    return element.normalName().endsWith("-button")
                            || element.nameIs("a") && element.hasAttr("href") && element.classNames().stream()
                                    .anyMatch(name -> BUTTON_CLASS.matcher(name).matches());
                }

                @Override
                public String toString() {
                    return "*-button, a[href] dressed as a button";
                }
            }));

    private Controls() {
    }
}
