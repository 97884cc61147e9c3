package app.gleaner.extract.page;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Part of parsing: an AMP component ({@code <amp-video>}, {@code <amp-iframe>}, {@code <amp-instagram>},
 * {@code <amp-ad>}) may hold a {@code fallback} child, which the runtime shows only where the component cannot load
 * ("Your browser does not play this video", "This post could not be loaded"), and a {@code placeholder} child shown
 * while it loads ("Loading the map…"). Neither is the article's text: the fallback goes, and so does a placeholder
 * that holds no picture, quoted post or paragraph (a tweet's {@code <blockquote placeholder>} is the post's own words,
 * and a list's placeholder may show its first items). A component laid out {@code nodisplay} is shown only on the
 * reader's action or the runtime's call, as a popup is (a lightbox's appeal, a story's sign-up attachment, a consent
 * prompt, a sidebar menu): it goes too. So does the offer {@code amp-subscriptions} hides from a reader it granted
 * the article ({@code subscriptions-section="content-not-granted"} where the runtime marked the page
 * {@code i-amphtml-subs-grant-yes}): a wall the reader never saw, which would say the article was cut. Stateless and
 * thread-safe.
 */
final class AmpStandIns {

    private static final Evaluator STAND_INS = Selector.evaluatorOf("[fallback], [placeholder], [layout=nodisplay]");
    /** The class AMP's runtime sets on the page when {@code amp-subscriptions} granted the reader the article. */
    private static final String GRANTED = "i-amphtml-subs-grant-yes";
    private static final Evaluator OFFER = Selector.evaluatorOf("[subscriptions-section=content-not-granted]");
    /** What makes a placeholder content of its own: a picture, a quoted post, or text set in blocks. */
    private static final Evaluator CONTENT =
            Selector.evaluatorOf("img, amp-img, amp-anim, picture, blockquote, p, h2, h3, h4, h5, h6, li");

    private AmpStandIns() {
    }

    /** Removes, below {@code root}, what AMP components show only while loading, on a call or where they fail. */
    static void remove(Element root) {
        for (Element standIn : Find.all(root, STAND_INS)) {
            Element component = standIn.parent();
            boolean hidden = isComponent(standIn) && standIn.attr("layout").equalsIgnoreCase("nodisplay");
            boolean standsIn = component != null && isComponent(component) && (standIn.hasAttr("fallback")
                    || standIn.hasAttr("placeholder") && Find.first(standIn, CONTENT) == null);
            if (hidden || standsIn) {
                standIn.remove();
            }
        }
        Element page = root.ownerDocument() == null ? null : root.ownerDocument().firstElementChild();
        if (page != null && page.hasClass(GRANTED)) {
            Find.all(root, OFFER).remove();
        }
    }

    private static boolean isComponent(Element element) {
        return element.normalName().startsWith("amp-");
    }
}
