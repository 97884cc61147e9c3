package app.gleaner.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Part of parsing: some pages show a picture with no {@code <img>} at all, and every later stage would drop the empty
 * box that stands for it. A box that shows its picture as its background (a lazy loader's {@code data-bg} or
 * {@code data-background-image}, or an inline {@code background-image} on a box labelled {@code role=img}) or that a
 * script fills with an image from its {@code data-src} (a broadcaster's delayed image, with its width template and
 * {@code data-widths}) gets that image inside it, labelled with the box's label; {@link LazyImages} then resolves it
 * like any other. Boxes that hold anything or come with a {@code <noscript>} fallback, and addresses that are no image
 * file, are left alone. Stateless and thread-safe.
 */
final class ImageStandIns {

    private static final String STAND_INS = "[data-bg], [data-background-image], [data-src], [role=img][style]";
    /** Elements whose {@code data-src} is their own media, not a picture they stand for. */
    private static final Set<String> MEDIA_TAGS = Set.of("img", "source", "picture", "iframe", "video", "audio",
            "embed", "object", "script", "input", "track", "amp-img", "amp-anim");
    private static final Pattern BACKGROUND_URL = Pattern.compile(
            "background(?:-image)?\\s*:[^;]*?url\\(\\s*['\"]?([^'\")\\s]+)", Pattern.CASE_INSENSITIVE);

    private ImageStandIns() {
    }

    /** Puts the picture each stand-in box below {@code root} stands for inside it, in place. */
    static void replace(Element root) {
        for (Element box : root.select(STAND_INS)) {
            if (MEDIA_TAGS.contains(box.normalName()) || box.childrenSize() > 0 || box.hasText()
                    || hasNoscriptImage(box.nextElementSibling())) {
                continue;
            }
            String address = address(box);
            if (address == null || !LazyImages.IMAGE_ADDRESS.matcher(address).matches()) {
                continue;
            }
            Element img = box.appendElement("img").attr("src", address)
                    .attr("alt", box.hasAttr("aria-label") ? box.attr("aria-label") : box.attr("data-alt"));
            if (box.hasAttr("data-widths")) {
                img.attr("data-widths", box.attr("data-widths"));
            }
        }
    }

    /** A {@code <noscript>} fallback with the picture: {@link LazyImages} takes it. */
    private static boolean hasNoscriptImage(Element next) {
        return next != null && next.nameIs("noscript") && (next.selectFirst("img") != null
                || next.data().contains("<img"));
    }

    private static String address(Element box) {
        for (String attribute : new String[] {"data-bg", "data-background-image", "data-src"}) {
            if (!box.attr(attribute).isBlank()) {
                return box.attr(attribute).strip();
            }
        }
        Matcher background = BACKGROUND_URL.matcher(box.attr("style"));
        return "img".equals(box.attr("role")) && background.find() ? background.group(1) : null;
    }
}
