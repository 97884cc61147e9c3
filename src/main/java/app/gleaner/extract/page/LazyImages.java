package app.gleaner.extract.page;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Part of the normalize stage: gives every image the real, absolute URL a reader would have seen. Sources, strongest
 * first: the clipper's {@link BrowserHints#CURRENT_SRC}; the largest candidate of {@code data-srcset} or
 * {@code srcset}; lazy-loading attributes ({@code data-src}, {@code data-lazy-src}, {@code data-original}...), a width
 * template in them filled from {@code data-widths}; {@code <picture><source srcset>}; an {@code <img>} inside a
 * {@code <noscript>} fallback; finally {@code src} unless it is a placeholder. Pictures are flattened to their image;
 * images left with only a placeholder are removed. Stateless and thread-safe.
 */
public final class LazyImages {

    /** Lazy-loading attributes that hold a single URL, in order of trust. */
    public static final List<String> LAZY_SRC_ATTRIBUTES = List.of(
            "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src");
    /** Attributes that hold a srcset, in order of trust. */
    public static final List<String> SRCSET_ATTRIBUTES = List.of("data-srcset", "data-lazy-srcset", "srcset");
    /** An image declared this small or smaller (width or height, pixels) is a placeholder or tracking pixel. */
    public static final int PLACEHOLDER_MAX_PIXELS = 2;

    /**
     * A placeholder's file name: made only of placeholder words, filler words, sizes and colours, one of them a
     * placeholder word ({@code blank.gif}, {@code grey-placeholder.png}, {@code 1x1-f7f7f7ff.png},
     * {@code lazyloading-placeholder.png}); a photo whose name merely holds such a word ({@code greyfriars-car-park.jpg},
     * {@code pixel-art.png}) is none.
     */
    /** A media condition's largest screen: "(max-width: 1199px)" gives 1199. */
    private static final Pattern MAX_WIDTH = Pattern.compile("(?i)max-width\\s*:\\s*([0-9.]+)");
    static final Pattern PLACEHOLDER_NAME = Pattern.compile(
            "(?:^|/)(?:(?:image|img|default|empty|trans|clear|dot|px|bg|small|loader|\\d+(?:x\\d+)?)[-_.])*"
                    + "(?:placeholder|blank|spacer|transparent|pixel|1x1|grey|gray|lazy|lazyload|lazyloading|loading"
                    + "|spinner)(?:[-_.](?:placeholder|blank|spacer|transparent|pixel|grey|gray|lazy|loading|spinner"
                    + "|image|img|default|empty|trans|clear|dot|px|bg|small|loader|\\d+(?:x\\d+)?|[0-9a-f]{6,8}))*"
                    + "\\.(?:gif|png|svg|jpg|webp)(?:[?#]|$)",
            Pattern.CASE_INSENSITIVE);
    /** An image file's address followed by a width or density: a srcset. */
    private static final Pattern IMAGE_SRCSET = Pattern.compile(
            "\\.(?:" + PictureFiles.EXTENSIONS + ")(?:\\?\\S*)?\\s+\\d+(?:\\.\\d+)?[wx]", Pattern.CASE_INSENSITIVE);
    /** Where a responsive-image template takes its width ("…/news/{width}/…", "…_{width}x.jpg"). */
    private static final String WIDTH_SLOT = "{width}";
    private static final Pattern WIDTH = Pattern.compile("\\b\\d{2,5}\\b");

    /** Resolves images below {@code root} in place; URLs become absolute against the root's base URI. */
    public void resolve(Element root) {
        for (Element noscript : root.select("noscript")) {
            useNoscriptFallback(noscript);
        }
        for (Element picture : root.select("picture")) {
            flattenPicture(picture);
        }
        for (Element img : Find.all(root, Css.IMAGES)) {
            String url = bestSource(img);
            if (url == null) {
                img.remove();
            } else {
                img.attr("src", url);
            }
        }
    }

    /** The best real URL for {@code img}, absolute, or null when it has only placeholders. */
    String bestSource(Element img) {
        String hinted = absolute(img, img.attr(BrowserHints.CURRENT_SRC));
        if (isReal(hinted)) {
            return hinted;
        }
        for (String attribute : SRCSET_ATTRIBUTES) {
            String largest = absolute(img, Srcset.largest(img.attr(attribute)));
            if (isReal(largest)) {
                return largest;
            }
        }
        for (String attribute : LAZY_SRC_ATTRIBUTES) {
            String lazy = absolute(img, img.attr(attribute));
            if (isReal(lazy)) {
                return lazy;
            }
        }
        String src = absolute(img, img.attr("src"));
        if (isReal(src) && !declaredTiny(img)) {
            return src;
        }
        String other = absolute(img, imageInOtherData(img));
        return isReal(other) ? other : null;
    }

    /**
     * The picture a lazy-loader of its own naming keeps in some other {@code data-} attribute ("data-src-large",
     * "data-original-set"), as Readability looks for it: a value that is an image file's address, or a srcset of
     * them (its largest candidate). Asked only of an image left with nothing better.
     */
    private static String imageInOtherData(Element img) {
        for (Attribute attribute : img.attributes()) {
            String value = attribute.getValue().strip();
            if (!attribute.getKey().startsWith("data-") || attribute.getKey().equals(BrowserHints.CURRENT_SRC)) {
                continue;
            }
            if (IMAGE_SRCSET.matcher(value).find()) {
                return Srcset.largest(value);
            }
            if (PictureFiles.isPictureFile(value)) {
                return value;
            }
        }
        return null;
    }

    private void useNoscriptFallback(Element noscript) {
        Element fallback = Find.first(noscript, Css.IMAGES);
        if (fallback == null && noscript.data().contains("<img")) {
            fallback = Parser.parseBodyFragment(noscript.data(), noscript.baseUri()).selectFirst(Css.IMAGES);
        }
        if (fallback == null || bestSource(fallback) == null) {
            noscript.remove();
            return;
        }
        Element placeholder = nearbyImage(noscript);
        if (placeholder == null) {
            noscript.replaceWith(fallback);
        } else if (bestSource(placeholder) == null || isPlaceholder(placeholder.attr("src"))
                && !placeholder.hasAttr(BrowserHints.CURRENT_SRC)) {
            placeholder.replaceWith(fallback);
            noscript.remove();
        } else {
            noscript.remove();
        }
    }

    /**
     * The image {@code noscript} stands in for: the image or picture right before it, or the one image a link right
     * before it holds and nothing else (a wiki's thumbnail links to its file), or an image beside it.
     */
    private static Element nearbyImage(Element noscript) {
        Element previous = noscript.previousElementSibling();
        if (previous != null && (previous.nameIs("img") || previous.nameIs("picture"))) {
            return previous.nameIs("img") ? previous : Find.first(previous, Css.IMAGES);
        }
        if (previous != null && previous.nameIs("a") && !previous.hasText()
                && Find.all(previous, Css.IMAGES).size() == 1) {
            return Find.first(previous, Css.IMAGES);
        }
        Element parent = noscript.parent();
        return parent == null ? null : parent.children().stream()
                .filter(e -> e.nameIs("img") && e != noscript)
                .findFirst().orElse(null);
    }

    /**
     * Replaces {@code picture}'s sources by its {@code img}, given the largest real source when the img names none of
     * its own; what else it holds stays where it stands (GitBook sets the whole figure, caption and all, in it). A
     * source that only offers the img's picture in another format ({@link #isOtherFormat}) leaves the img its own
     * file, which every reader and e-book opens.
     */
    private void flattenPicture(Element picture) {
        Element img = Find.first(picture, Css.IMAGES);
        if (img == null) {
            img = new Element("img");
            picture.prependChild(img);
        }
        boolean ownFile = isReal(absolute(img, img.attr("src")));
        String fromSources = null;
        List<Element> sources = picture.select("source");
        // a phone's source gives way to a picture a reader on any screen sees: the img's own, or another source
        boolean shownWide = ownFile || sources.stream().anyMatch(source -> !isForNarrowScreens(source));
        if (!shownWide) { // every source is for narrow screens: the one for the widest of them
            sources.sort(Comparator.comparingInt(LazyImages::widestScreen).reversed());
        }
        for (Element source : sources) {
            String srcset = source.hasAttr("srcset") ? source.attr("srcset") : source.attr("data-srcset");
            String named = Srcset.largest(srcset);
            String largest = absolute(picture, named);
            if (shownWide && isForNarrowScreens(source)) {
                continue;
            }
            if (ownFile && isOwnAddress(named, img)) {
                break; // the img's own file, in its own format or another (Drupal's, Gatsby's WebP beside it)
            }
            if (ownFile && isOtherFormat(source, srcset, img)) {
                continue;
            }
            if (isReal(largest)) {
                fromSources = largest;
                break;
            }
        }
        Element image = img;
        boolean imgHasOwnSet = SRCSET_ATTRIBUTES.stream()
                .anyMatch(a -> isReal(absolute(image, Srcset.largest(image.attr(a)))));
        if (fromSources != null && !img.hasAttr(BrowserHints.CURRENT_SRC) && !imgHasOwnSet) {
            img.attr("src", fromSources);
        }
        picture.select("source").remove();
        picture.unwrap();
    }

    /**
     * Whether {@code source} is offered to narrow screens only ({@code media="(max-width: 767px)"}): a phone's crop.
     */
    private static boolean isForNarrowScreens(Element source) {
        return source.attr("media").toLowerCase(Locale.ROOT).contains("max-width");
    }

    /** The widest screen, in the number its media condition gives, that {@code source} is offered to; 0 if none. */
    private static int widestScreen(Element source) {
        Matcher width = MAX_WIDTH.matcher(source.attr("media"));
        return width.find() ? DeclaredSize.pixels(width.group(1)).orElse(0) : 0;
    }

    /**
     * Whether {@code source}, whose candidates are {@code srcset}, offers {@code img}'s picture in another format
     * only: it names a type ("image/avif") and no media condition, and its candidates are no wider than the img
     * declares itself, or it is one file without a descriptor that bears the img's own file's name
     * ("carrera.avif" beside "carrera.png"). A density ("2x") is a larger picture.
     */
    private static boolean isOtherFormat(Element source, String srcset, Element img) {
        if (!source.hasAttr("type") || source.hasAttr("media")) {
            return false;
        }
        List<Srcset.Candidate> candidates = Srcset.candidates(srcset);
        if (candidates.size() == 1 && !candidates.get(0).width() && candidates.get(0).size() == 1) {
            return stem(candidates.get(0).url()).equals(stem(img.attr("src")));
        }
        if (candidates.isEmpty() || !candidates.stream().allMatch(Srcset.Candidate::width)) {
            return false;
        }
        int widest = Srcset.widest(srcset);
        return DeclaredSize.width(img).orElse(-1) >= widest;
    }

    /**
     * Whether {@code url} is {@code img}'s own file at its own address, in its format or another:
     * "a6c62/diagram.webp" beside "a6c62/diagram.png"; a query that differs ("?w=1575") asks for another size. A
     * drawing (SVG) is no other format of a photo: a theme's placeholder or a diagram drawn to any size.
     */
    private static boolean isOwnAddress(String url, Element img) {
        String own = img.attr("src");
        return url != null && !own.isBlank() && !isDrawing(url) && !isDrawing(own)
                && withoutExtension(url).equals(withoutExtension(own));
    }

    private static boolean isDrawing(String url) {
        return PictureFiles.fileName(url).toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** {@code url} without its file's extension: "/img/carrera?v=2" of "/img/carrera.png?v=2". */
    private static String withoutExtension(String url) {
        String[] parts = url.strip().split("(?=[?#])", 2);
        int dot = parts[0].lastIndexOf('.');
        String path = dot > parts[0].lastIndexOf('/') ? parts[0].substring(0, dot) : parts[0];
        return parts.length > 1 ? path + parts[1] : path;
    }

    /** The name of the file {@code url} leads to, without its extension: "carrera" of "/img/carrera.png?v=2". */
    private static String stem(String url) {
        String name = PictureFiles.fileName(url);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean declaredTiny(Element img) {
        return DeclaredSize.isSmallerThan(img, PLACEHOLDER_MAX_PIXELS + 1);
    }

    private static boolean isReal(String url) {
        return url != null && !url.isBlank() && !isPlaceholder(url)
                && (url.startsWith("http://") || url.startsWith("https://"));
    }

    /**
     * {@code url} with a width template's slot filled by the widest width its element lists in {@code data-widths}
     * ({@code "[240,480,800]"}), as the page's script would for a wide screen; null when it lists none.
     */
    static String filled(String url, Element context) {
        if (!url.contains(WIDTH_SLOT)) {
            return url;
        }
        int widest = 0;
        Matcher width = WIDTH.matcher(context.attr("data-widths"));
        while (width.find()) {
            widest = Math.max(widest, Integer.parseInt(width.group()));
        }
        return widest == 0 ? null : url.replace(WIDTH_SLOT, Integer.toString(widest));
    }

    static boolean isPlaceholder(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        String trimmed = url.strip();
        return trimmed.regionMatches(true, 0, "data:", 0, 5) || PLACEHOLDER_NAME.matcher(trimmed).find();
    }

    private static String absolute(Element context, String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = filled(url.strip(), context);
        if (trimmed == null) {
            return null;
        }
        if (trimmed.regionMatches(true, 0, "data:", 0, 5)) {
            return trimmed;
        }
        return AbsoluteUrl.resolve(context.baseUri(), trimmed);
    }
}
