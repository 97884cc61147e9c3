package app.gleaner.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Fifth stage: makes the article block stand on its own. Links become absolute; same-page anchors and script links
 * lose their link but keep their text; images are resolved by {@link LazyImages}; the heading that repeats the title
 * goes (the reader shows the title itself); an image's alt text that repeats its caption is emptied and a repeated
 * caption is dropped, so each caption reads once. Stateless and thread-safe.
 */
public final class ContentNormalizer {

    /** Captions shorter than this are not compared for duplicates ("Photo", "AP"). */
    public static final int MIN_CAPTION_CHARS = 20;
    /** Alt text covering at least this share of its caption (or the reverse) repeats it. */
    public static final double MIN_REPEAT_SHARE = 0.8;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String CAPTION_SELECTOR = "figcaption";

    private final LazyImages lazyImages = new LazyImages();

    /** Normalizes {@code article} in place; {@code title} (may be null) is the article's known title. */
    public void normalize(Element article, String title) {
        lazyImages.resolve(article);
        resolveLinks(article);
        dropTitleHeading(article, title);
        dedupeCaptions(article);
        ContentCleaner.removeEmpty(article);
    }

    private static void resolveLinks(Element article) {
        for (Element link : article.select("a")) {
            String href = link.attr("href").strip();
            String absolute = href.startsWith("#") ? null : AbsoluteUrl.resolve(link.baseUri(), href);
            if (absolute == null || !(absolute.startsWith("http://") || absolute.startsWith("https://")
                    || absolute.startsWith("mailto:"))) {
                link.unwrap();
            } else {
                link.attr("href", absolute);
            }
        }
    }

    private static void dropTitleHeading(Element article, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        String wanted = comparable(title);
        for (Element heading : article.select("h1, h2")) {
            if (comparable(heading.text()).equals(wanted)) {
                heading.remove();
                return;
            }
        }
    }

    private static void dedupeCaptions(Element article) {
        for (Element figure : article.select("figure")) {
            Element caption = figure.selectFirst(CAPTION_SELECTOR);
            if (caption == null) {
                continue;
            }
            String captionText = comparable(caption.text());
            for (Element img : figure.select("img[alt]")) {
                String alt = comparable(img.attr("alt"));
                if (!alt.isEmpty() && repeats(alt, captionText)) {
                    img.attr("alt", "");
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (Element caption : article.select(CAPTION_SELECTOR)) {
            String text = comparable(caption.text());
            if (text.length() >= MIN_CAPTION_CHARS && !seen.add(text)) {
                caption.remove();
            }
        }
    }

    /** True when one text holds the other and they are nearly the same length: the same words said twice. */
    static boolean repeats(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.contains(shorter) && shorter.length() >= longer.length() * MIN_REPEAT_SHARE;
    }

    static String comparable(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
