package app.gleaner.extract.find;

import app.gleaner.extract.clean.ChromeRemover;
import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.ImageStandIns;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.PictureFiles;
import app.gleaner.extract.page.Srcset;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The picture that leads an article (a hero image), set between its title heading and its text outside the boxes
 * the article was found in, so the saved article shows it as the page does. After the article is found, this looks
 * right after the title heading in the page, up to where the article's own text begins, for the first picture of
 * some size that no chrome box, link or control holds and the article does not show already; it comes with its
 * caption, in its {@code <figure>} or in the box that holds the two alone. Where there is none, the picture the page
 * declares as its own, set as a cover just above the heading or drawn as the background of a hero around or before
 * it, is taken ({@link #cover}). Immutable and thread-safe.
 */
public final class LeadPicture {

    /** Pixels of declared width or height below which a picture is an avatar, an icon or a logo. */
    static final int MIN_SIZE = 300;
    /** Boxes around the heading whose preceding box may hold a cover. */
    static final int MAX_COVER_LEVELS = 3;
    /** Boxes around the heading read for a hero drawn as a background: a page builder nests its widgets deep. */
    static final int MAX_HERO_LEVELS = 8;
    /** Boxes just before the heading's, or one of its boxes', read for a hero: a sub-menu or an ad may stand between. */
    static final int MAX_HERO_SIBLINGS = 3;
    /**
     * A box's class or id word naming a hero, whole or as a camel-case word: "css-hero-8x1", "heroImage",
     * "ArticleHero_image", "post-thumbnail"; not "discover" or "leader".
     */
    private static final Pattern HERO_WORD = Pattern.compile("(?:(?<![A-Za-z])(?i:hero|cover|featured|lead"
            + "|feature-image|post-thumbnail|main-image|article-image|post-image)|Hero|Cover|Featured|Lead)(?![a-z])");
    /** Words a cover's box may hold: a caption's and a credit's. */
    static final int MAX_COVER_WORDS = 40;
    /** Where a picture is no lead's: menus, asides, footers, forms, controls (a link elsewhere is asked apart). */
    private static final Evaluator NOT_WITHIN = Selector.evaluatorOf("nav, aside, footer, form, button");
    /** A picture's caption: a figure's, or a block its class names one ("wp-caption-text"). */
    private static final String CAPTIONS = "figcaption, [class*=caption]";
    /**
     * Where a picture's address is read, in this order: a lazy loader's attribute before {@code src}, which may hold
     * its placeholder until the picture scrolls into view ({@code jeg-empty.png}), as {@code LazyImages} reads them.
     * A list, not a set: a set's order changes from one run of the JVM to the next, and the lead with it.
     */
    private static final List<String> SOURCES = List.of("data-src", "data-lazy-src", "data-original", "src");
    /** A box or class a page names for its lead picture: "hero", "featured-image", WordPress's "wp-post-image". */
    private static final Pattern LEAD_NAME = Pattern.compile("(?i)hero|lead|featured|feature-image|main-image"
            + "|article-image|post-image|post-thumbnail|cover");
    /** A size below {@link #MIN_SIZE} in a picture's address: "?w=105&h=105", "-w-125.jpg", "_compact". */
    private static final Pattern SMALL_IN_ADDRESS = Pattern.compile("(?i)[?&](?:w|h|width|height)=\\d{1,2}(?!\\d)"
            + "|[?&](?:w|h|width|height)=[12]\\d\\d(?!\\d)|[-_]w-?[12]?\\d{1,2}(?!\\d)|_(?:compact|thumb|icon|small)\\b");

    private final ChromeRemover chrome;

    public LeadPicture(ChromeRemover chrome) {
        this.chrome = chrome;
    }

    /**
     * A copy of the lead picture that {@code article} leaves out, or null: after {@code heading} (may be null), or set
     * as a cover just above it when it is the picture the page declares as its own ({@code declared}, may be null).
     */
    public Element find(Element heading, Element article, String declared) {
        if (heading == null || startsWithPicture(article)) {
            return null;
        }
        String html = article.html();
        Element after = after(heading, article, html);
        return after != null ? after : cover(heading, html, declared);
    }

    private Element after(Element heading, Element article, String html) {
        AfterHeading after = new AfterHeading(heading);
        List<Element> all = after.elements();
        String text = AfterHeading.normalize(article.text());
        int scanned = 0;
        for (int i = after.start(); i < all.size() && scanned < AfterHeading.MAX_SCANNED_BLOCKS; i++) {
            Element element = all.get(i);
            if (element.nameIs("img")) {
                if (isLead(element, heading, after.headingBoxes(), article, html)) {
                    return withCaption(element, after.headingBoxes(), text).clone();
                }
                continue;
            }
            if (LooseText.hasLooseText(element) && !LooseText.hasBlockChild(element)) {
                scanned++;
                String opening = AfterHeading.normalize(element.text());
                if (opening.length() >= AfterHeading.PROBE_CHARS / 2 && AfterHeading.opens(text, opening)) {
                    return null; // the article's text has begun
                }
            }
        }
        return null;
    }

    /**
     * The picture the page declares as its image ({@code declared}) in the box just before the heading or just before
     * one of its {@link #MAX_COVER_LEVELS} nearest boxes, holding no more words than a caption: a cover set above the
     * headline, as a photo post's and a professional network's articles set it. Only the declared file is taken (its
     * path, not its name alone, which a CDN may give every picture), and not in a menu, a link or a box named like
     * chrome: a logo, a banner or another story's picture stands there as often.
     */
    private Element cover(Element heading, String articleHtml, String declared) {
        String declaredPath = declared == null ? "" : pathOnly(declared);
        String declaredName = PictureFiles.fileName(declaredPath);
        if (declaredName.isEmpty() || articleHtml.contains(declaredName)) { // shown already, at any path or size
            return null;
        }
        Element box = heading;
        for (int level = 0; level <= MAX_COVER_LEVELS && box != null; level++, box = box.parent()) {
            Element before = box.previousElementSibling();
            if (before == null || TextStats.words(before) > MAX_COVER_WORDS) {
                continue;
            }
            for (Element img : before.getElementsByTag("img")) {
                if (isCover(img, before, declaredPath)) {
                    Element figure = img.closest(Css.FIGURES);
                    return (figure != null && Nesting.isWithin(figure, before) ? figure : img).clone();
                }
            }
        }
        return backgroundCover(heading, declared, declaredPath);
    }

    /**
     * The declared picture drawn as the background of a box named for a lead by a whole word ({@link #HERO_WORD}:
     * "hero", "cover", not "discover") that holds the heading, or that stands just before it or one of its nearest
     * boxes: a travel guide's or a page builder's full-width hero has no {@code <img>}. A site's header before the
     * heading, a menu or an aside is no hero, whatever its background. It comes as an {@code <img>} of the declared
     * address, with the box's label.
     */
    private Element backgroundCover(Element heading, String declared, String declaredPath) {
        List<Element> boxes = new ArrayList<>();
        int level = 0;
        for (Element box = heading; box != null && !box.nameIs("body") && level <= MAX_HERO_LEVELS;
                box = box.parent()) {
            if (box != heading) {
                boxes.add(box); // holds the heading
            }
            Element before = box.previousElementSibling();
            for (int i = 0; i < MAX_HERO_SIBLINGS && before != null; i++) {
                Element header = before.closest("header");
                if ((header == null || Nesting.isWithin(heading, header)) && !chrome.hasChromeWord(before)) {
                    boxes.add(before); // not the site's header or masthead
                }
                before = before.previousElementSibling();
            }
            level++;
        }
        for (Element box : boxes) {
            if (HERO_WORD.matcher(box.className() + " " + box.id()).find() && box.closest(NOT_WITHIN) == null
                    && ImageStandIns.backgrounds(box).stream()
                            .anyMatch(address -> pathOnly(AbsoluteUrl.resolve(box.baseUri(), address))
                                    .equals(declaredPath))) {
                return new Element("img").attr("src", declared).attr("alt", box.attr("aria-label").strip());
            }
        }
        return null;
    }

    /**
     * Whether {@code img} is no lead picture wherever it stands: declared smaller than {@link #MIN_SIZE}, in a menu,
     * an aside, a footer, a form or a control, or linked to another page than its own file.
     */
    private static boolean isOutOfPlace(Element img) {
        return DeclaredSize.isSmallerThan(img, MIN_SIZE) || img.closest(NOT_WITHIN) != null
                || PictureFiles.linksElsewhere(img);
    }

    /** {@code address}'s path alone: no scheme, host, query or fragment. */
    private static String pathOnly(String address) {
        return AbsoluteUrl.pathOf(address).split("[?#]", 2)[0];
    }

    private boolean isCover(Element img, Element box, String declaredPath) {
        String source = source(img);
        String address = source == null ? null : AbsoluteUrl.resolve(img.baseUri(), source);
        if (address == null || !pathOnly(address).equals(declaredPath) || isOutOfPlace(img)) {
            return false;
        }
        for (Element at = img.parent(); at != null && at != box.parent(); at = at.parent()) {
            if (chrome.hasChromeWord(at)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code img} leads the article: large by what the page says of it (a declared size, a width in its
     * {@code srcset}, a {@code <figure>} or {@code <picture>} around it, a box or class named for a lead picture),
     * small by nothing (a declared size, a size in its address: an avatar, a rating's stars, a status icon), in no
     * box named like chrome below the one it shares with the heading ({@code headingBoxes}) by a word the heading's
     * own boxes do not carry too (a page builder names every module a "widget"), and not in the article already
     * ({@code articleHtml}, or the addresses its pictures give where an address's path names no file).
     */
    private boolean isLead(Element img, Element heading, Set<Element> headingBoxes, Element article,
            String articleHtml) {
        String source = source(img);
        if (source == null || isOutOfPlace(img) || SMALL_IN_ADDRESS.matcher(source).find()
                || isShown(source, article, articleHtml)) {
            return false;
        }
        boolean named = LEAD_NAME.matcher(img.className()).find();
        Set<String> moduleWords = moduleWords(heading, headingBoxes, img);
        for (Element box = img.parent(); box != null && !headingBoxes.contains(box); box = box.parent()) {
            if (chrome.hasChromeWordBeyond(box, moduleWords)) {
                return false;
            }
            named |= LEAD_NAME.matcher(box.className() + " " + box.id()).find();
        }
        return named || isDeclaredLarge(img) || img.closest("figure, picture") != null;
    }

    /**
     * {@code img} with its caption: its {@code <figure>}, or the smallest box around it, below the heading's, that
     * holds no other picture, a caption ({@link #CAPTIONS}) beside it and nothing else ("wp-caption",
     * a theme's featured box with its "wp-caption-text"). A figure of several pictures gives the picture alone, and
     * so does a box whose caption's opening the article's text holds ({@code articleText}, normalized): a caption
     * that repeats a sentence of the story.
     */
    private static Element withCaption(Element img, Set<Element> headingBoxes, String articleText) {
        Element figure = img.closest(Css.FIGURES);
        if (figure != null) {
            return Find.all(figure, Css.IMAGES).size() == 1 ? figure : img;
        }
        for (Element box = img.parent(); box != null && !headingBoxes.contains(box); box = box.parent()) {
            if (Find.all(box, Css.IMAGES).size() > 1) {
                break;
            }
            Element caption = box.select(CAPTIONS).stream().filter(LeadPicture::isCaption).findFirst().orElse(null);
            if (caption != null) {
                return box.text().equals(caption.text())
                        && !AfterHeading.opens(articleText, AfterHeading.normalize(caption.text())) ? box : img;
            }
        }
        return img;
    }

    /** A caption's words: no picture, no control, and not mostly links (a toolbar named "caption-tools"). */
    private static boolean isCaption(Element caption) {
        return caption.selectFirst("img, button") == null && !caption.text().isBlank()
                && TextStats.linkDensity(caption) < TextStats.PROSE_MAX_LINK_DENSITY;
    }

    /** The class words (lower case) of the heading and its boxes below the one it shares with {@code img}. */
    private static Set<String> moduleWords(Element heading, Set<Element> headingBoxes, Element img) {
        Element shared = img.parents().stream().filter(headingBoxes::contains).findFirst().orElse(null);
        Set<String> words = new HashSet<>();
        for (Element box = heading; box != null && box != shared; box = box.parent()) {
            box.classNames().forEach(name -> words.add(name.toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    /** Whether {@code img} declares a width of {@link #MIN_SIZE} or more, in its attribute or its {@code srcset}. */
    private static boolean isDeclaredLarge(Element img) {
        return DeclaredSize.width(img).orElse(0) >= MIN_SIZE || Srcset.widest(img.attr("srcset")) >= MIN_SIZE
                || Srcset.widest(img.attr("data-srcset")) >= MIN_SIZE;
    }

    /** Whether the article opens with a picture before any text: it has its lead picture. */
    private static boolean startsWithPicture(Element article) {
        for (Element element : Find.all(article)) {
            if (element.is("img, picture, video")) {
                return true;
            }
            if (LooseText.hasLooseText(element)) {
                return false;
            }
        }
        return false;
    }

    private static String source(Element img) {
        for (String attribute : SOURCES) {
            String value = img.attr(attribute).strip();
            if (!value.isEmpty() && !value.startsWith("data:")) {
                return value;
            }
        }
        List<Srcset.Candidate> candidates = Srcset.candidates(img.attr("srcset"));
        return candidates.isEmpty() ? null : candidates.get(0).url();
    }

    /**
     * Whether {@code article} shows {@code source}: its file name is in the article's HTML, or, where its path names
     * no file ("…/quality/90/?url=…"), it is one of the addresses the article's pictures give, as their attributes
     * write them (the HTML writes "&" as "&amp;").
     */
    private static boolean isShown(String source, Element article, String articleHtml) {
        String name = PictureFiles.fileName(source);
        if (!name.isEmpty()) {
            return articleHtml.contains(name);
        }
        return article.getElementsByTag("img").stream()
                .anyMatch(img -> SOURCES.stream().anyMatch(attribute -> img.attr(attribute).strip().equals(source)));
    }
}
