package app.gleaner.extract.clean;

import java.util.List;
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
     * A button: the element, one acting as one, or a web component's own button, named so by its library
     * ({@code <sl-button>}, {@code <md-filled-button>}, {@code <ion-button>}).
     */
    static final Evaluator BUTTONS = new CombiningEvaluator.Or(List.of(Selector.evaluatorOf(BUTTON_ELEMENTS),
            new Evaluator() {
                @Override
                public boolean matches(Element root, Element element) {
                    return element.normalName().endsWith("-button");
                }

                @Override
                public String toString() {
                    return "*-button";
                }
            }));

    private Controls() {
    }
}
