package app.gleaner.extract.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Part of parsing: AMP pages mark their pictures {@code <amp-img>} (or {@code <amp-anim>}), which only AMP's runtime
 * turns into an {@code <img>}. Saved without the runtime having run, they are empty elements that every later stage
 * would drop with their picture, so each becomes the {@code <img>} the runtime renders: its address, candidates, text
 * and size, and the address the browser showed ({@link BrowserHints#CURRENT_SRC}) where the clipper saw it rendered.
 * Of a run of images that each apply to some screens only ({@code media}, AMP's art direction), as of a picture's
 * sources, the first stands for them all. Stateless and thread-safe.
 */
final class AmpImages {

    /** What the runtime copies onto the image it renders. */
    private static final List<String> IMAGE_ATTRIBUTES = List.of("src", "srcset", "sizes", "alt", "title", "width",
            "height");
    private static final Evaluator AMP_IMAGES = Selector.evaluatorOf("amp-img, amp-anim");

    private AmpImages() {
    }

    /** Replaces every AMP image below {@code root} with an {@code <img>}, in place. */
    static void replace(Element root) {
        List<Element> images = Find.all(root, AMP_IMAGES);
        images.stream().filter(AmpImages::anotherScreensVersion).toList().forEach(Element::remove);
        for (Element amp : images) {
            if (amp.parent() == null) {
                continue;
            }
            Element img = new Element("img");
            for (String name : IMAGE_ATTRIBUTES) {
                if (amp.hasAttr(name)) {
                    img.attr(name, amp.attr(name));
                }
            }
            Element rendered = amp.selectFirst("img[" + BrowserHints.CURRENT_SRC + "]");
            if (rendered != null) {
                img.attr(BrowserHints.CURRENT_SRC, rendered.attr(BrowserHints.CURRENT_SRC));
            }
            amp.replaceWith(img); // its sizer, rendered copy and fallbacks go with it
        }
    }

    /** An image for some screens only, right after another: a version of the same picture. */
    private static boolean anotherScreensVersion(Element amp) {
        Element previous = amp.previousElementSibling();
        return amp.hasAttr("media") && previous != null && previous.hasAttr("media") && previous.is(AMP_IMAGES);
    }
}
