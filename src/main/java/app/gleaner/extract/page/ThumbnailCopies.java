package app.gleaner.extract.page;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The thumbnails of pictures an article shows full size: a gallery's strip of thumbnails under its slides, a
 * carousel's navigation, a lightbox's index. Each repeats a picture of the article at a size made for choosing, and
 * a saved copy, which shows every slide, needs none. A thumbnail is a picture declared small or whose address says
 * it is one; it copies a picture when its file, less the size its name gives ("-160x120", "_thumb"), is the file of
 * a larger picture the article shows. A thumbnail of a picture the article does not show stays (a gallery of
 * thumbnails is the article's). Stateless.
 */
public final class ThumbnailCopies {

    /** Pixels of declared width, or height, at most for a thumbnail. */
    static final int MAX_THUMBNAIL_WIDTH = 200;
    static final int MAX_THUMBNAIL_HEIGHT = 150;
    /** Pixels a thumbnail declares at least: fewer say an aspect ratio or a tracking pixel. */
    static final int MIN_THUMBNAIL_PIXELS = 24;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})(?:px)?");
    /** A size or a thumbnail's mark at the end of a file's name: "-160x120", "_thumb", "-150x150", "-w320". */
    private static final Pattern SIZE_SUFFIX = Pattern.compile(
            "(?i)[-_.@](?:\\d{2,4}x\\d{2,4}|thumb(?:nail)?s?|small|sm|xs|w\\d{2,4}|\\d{2,4}w)$");
    /** An address that says it holds a thumbnail: "/thumb/", "/thumbnails/", "_thumb.jpg". */
    private static final Pattern THUMBNAIL_ADDRESS = Pattern.compile("(?i)[/_-]thumb(?:nail)?s?[/_.-]");

    private ThumbnailCopies() {
    }

    /** Removes from {@code article} each thumbnail whose picture it shows larger. */
    public static void remove(Element article) {
        List<Element> images = article.getElementsByTag("img");
        Set<String> shown = new HashSet<>();
        for (Element img : images) {
            if (!isThumbnail(img)) {
                shown.add(picture(img.attr("src")));
            }
        }
        for (Element img : images) {
            if (isThumbnail(img) && shown.contains(picture(img.attr("src")))) {
                img.remove();
            }
        }
    }

    /**
     * Declared small, or named a thumbnail by its address's path (a host named "thumbnails" serves every size) and
     * declared no larger.
     */
    private static boolean isThumbnail(Element img) {
        if (isAtMost(img.attr("width"), MAX_THUMBNAIL_WIDTH) || isAtMost(img.attr("height"), MAX_THUMBNAIL_HEIGHT)) {
            return true;
        }
        String src = img.attr("src").strip();
        int host = src.indexOf("//");
        String path = host < 0 ? src : src.substring(Math.max(src.indexOf('/', host + 2), host + 2));
        return img.attr("width").isBlank() && THUMBNAIL_ADDRESS.matcher(path).find();
    }

    /** Whether {@code size} declares pixels up to {@code most}; a few pixels are an aspect ratio ("3" by "2"). */
    private static boolean isAtMost(String size, int most) {
        Matcher number = SIZE.matcher(size.strip());
        return number.matches() && Integer.parseInt(number.group(1)) <= most
                && Integer.parseInt(number.group(1)) >= MIN_THUMBNAIL_PIXELS;
    }

    /**
     * The picture {@code src} leads to: its file's name, less its extension and the sizes its name gives; a path
     * whose last part names no file by its extension (an image service's "/_next/image?url=…") is only itself.
     */
    static String picture(String src) {
        String path = src.strip().split("[?#]")[0];
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return src.strip();
        }
        name = name.substring(0, dot);
        for (String shorter = SIZE_SUFFIX.matcher(name).replaceFirst(""); !shorter.equals(name);
                shorter = SIZE_SUFFIX.matcher(name).replaceFirst("")) {
            name = shorter;
        }
        return name;
    }
}
