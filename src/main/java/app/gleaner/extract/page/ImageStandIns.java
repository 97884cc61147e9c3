package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Part of parsing: some pages show a picture with no {@code <img>} at all, and every later stage would drop the empty
 * box that stands for it. A box that shows its picture as its background (a lazy loader's {@code data-bg} or
 * {@code data-background-image}, or an inline {@code background-image} on a box labelled {@code role=img}) or that a
 * script fills with an image from its {@code data-src} (a broadcaster's delayed image, with its width template and
 * {@code data-widths}) gets that image inside it, with the box's label; {@link LazyImages} then resolves it like any
 * other. Only a labelled box stands for a picture ({@code aria-label}, {@code data-alt}): decorations, dividers, ad
 * slots and video posters carry none. Boxes that hold anything, are hidden from assistive technology, show a sprite or
 * are set icon-small, or stand beside a {@code <noscript>} fallback, and addresses that are no image file, are left
 * alone. Stateless and thread-safe.
 */
public final class ImageStandIns {

    /**
     * Boxes only: a media element's {@code data-src} is its own source, not a picture it stands for; a control's is
     * what it opens (a zoom link's large version of the picture beside it); a list item's is a thumbnail.
     */
    private static final Evaluator STAND_INS = Selector.evaluatorOf(":is(div, figure, section, span)"
            + ":is([data-bg], [data-background-image], [data-src], [role=img][style])");
    /** Widest or tallest a box may be set, in pixels, and still be an icon rather than a picture. */
    static final int MAX_ICON_PIXELS = 100;
    private static final Pattern SPRITE = Pattern.compile(
            "background-position|background\\s*:[^;]*url\\([^)]*\\)\\s*-?\\d", Pattern.CASE_INSENSITIVE);
    /**
     * A background a picture shows and a sprite never: scaled to its box, or placed by keywords alone ("center",
     * "top left"), where a sprite is placed at offsets ("-24px 0", "25% 50%", "left -48px").
     */
    private static final Pattern PICTURE_BACKGROUND = Pattern.compile("background-size\\s*:\\s*(?:cover|contain)"
            + "|background-position\\s*:\\s*(?:center|top|bottom|left|right)(?:\\s+(?:center|top|bottom|left|right))?"
            + "\\s*(?:;|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile(
            "(?:^|[;\\s])(?:width|height)\\s*:\\s*(\\d{1,6}(?:\\.\\d+)?)px", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKGROUND_URL = Pattern.compile(
            "background(?:-image)?\\s*:[^;]*?url\\(\\s*['\"]?([^'\")\\s]+)", Pattern.CASE_INSENSITIVE);

    private ImageStandIns() {
    }

    /** Where a lazy loader keeps a box's background picture until it shows it. */
    private static final List<String> LAZY_BACKGROUNDS = List.of("data-bg", "data-background-image");
    /** The boxes that may show a picture as their background. */
    public static final String BACKGROUND_BOXES = "[style*=url(], [data-bg], [data-background-image]";

    /** Puts the picture each stand-in box below {@code root} stands for inside it, in place. */
    static void replace(Element root) {
        for (Element box : Find.all(root, STAND_INS)) {
            if (box.childrenSize() > 0 || box.hasText()
                    || label(box).isBlank() || "true".equals(box.attr("aria-hidden")) || isSpriteOrIcon(box)
                    || hasNoscriptImage(box.nextElementSibling()) || hasNoscriptImage(box.previousElementSibling())) {
                continue;
            }
            String address = address(box);
            if (address == null || !PictureFiles.isPictureFile(address)) {
                continue;
            }
            Element img = box.appendElement("img").attr("src", address).attr("alt", label(box));
            if (box.hasAttr("data-widths")) {
                img.attr("data-widths", box.attr("data-widths"));
            }
        }
    }

    /** What the box says it shows: a picture the reader should know of is labelled, a decoration is not. */
    private static String label(Element box) {
        return box.hasAttr("aria-label") ? box.attr("aria-label").strip() : box.attr("data-alt").strip();
    }

    /**
     * A sprite shows a piece of a shared sheet (a {@code background-position}, unless the background is scaled to
     * its box or placed by keywords alone, as a cover's picture is), an icon is set small by its style (a width or
     * height of {@link #MAX_ICON_PIXELS} or less): a flag, a star rating, a weather symbol.
     */
    private static boolean isSpriteOrIcon(Element box) {
        String style = box.attr("style");
        if (SPRITE.matcher(style).find() && !PICTURE_BACKGROUND.matcher(style).find()) {
            return true;
        }
        Matcher size = SIZE.matcher(style);
        while (size.find()) {
            if (Double.parseDouble(size.group(1)) <= MAX_ICON_PIXELS) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <noscript>} fallback with the picture: {@link LazyImages} takes it. */
    private static boolean hasNoscriptImage(Element next) {
        return next != null && next.nameIs("noscript") && (Find.first(next, Css.IMAGES) != null
                || next.data().contains("<img"));
    }

    private static String address(Element box) {
        for (String attribute : LAZY_BACKGROUNDS) {
            if (!box.attr(attribute).isBlank()) {
                return box.attr(attribute).strip();
            }
        }
        if (!box.attr("data-src").isBlank()) {
            return box.attr("data-src").strip();
        }
        Matcher background = BACKGROUND_URL.matcher(box.attr("style"));
        return "img".equals(box.attr("role")) && background.find() ? background.group(1) : null;
    }

    /**
     * The addresses of the pictures {@code box} shows as its background: a lazy loader's {@code data-bg} or
     * {@code data-background-image}, and its inline style's {@code url(…)}; as written, perhaps relative.
     */
    public static List<String> backgrounds(Element box) {
        List<String> addresses = new ArrayList<>();
        for (String attribute : LAZY_BACKGROUNDS) {
            if (!box.attr(attribute).isBlank()) {
                addresses.add(box.attr(attribute).strip());
            }
        }
        Matcher background = BACKGROUND_URL.matcher(box.attr("style"));
        if (background.find()) {
            addresses.add(background.group(1));
        }
        return addresses;
    }
}
