package app.gleaner.extract;

import app.gleaner.extract.clean.ContentCleaner;
import app.gleaner.extract.clean.EmbeddedMedia;
import app.gleaner.extract.clean.LabelledBlocks;
import app.gleaner.extract.page.AbsoluteUrl;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.ElementSums;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.LayoutTables;
import app.gleaner.extract.page.LazyImages;
import app.gleaner.extract.page.LooseText;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The normalize stage: makes the article block stand on its own. Links become absolute; same-page anchors and script
 * links lose their link but keep their text; images are resolved by {@link LazyImages}; an embedded player becomes a
 * link to what it plays ({@link EmbeddedMedia}); inline SVG drawings go (the sanitizer keeps no SVG, and their titles
 * and labels would read as text: "divider_wave_500x9"); the heading that repeats the title goes (the reader shows the
 * title itself); an image's alt text that repeats its caption is emptied and a repeated caption is dropped, so each
 * caption reads once — also when a gallery repeats it as a bare text block or cut short behind a "more" toggle.
 * Once the article is sanitized and measured, {@link #setBoxesAsTheyRead} makes a layout table the boxes it lays out
 * and a box that holds only text the paragraph it is set as. Stateless and thread-safe.
 */
public final class ContentNormalizer {

    /** Captions shorter than this are not compared for duplicates ("Photo", "AP"). */
    public static final int MIN_CAPTION_CHARS = 20;
    /** Alt text covering at least this share of its caption (or the reverse) repeats it. */
    public static final double MIN_REPEAT_SHARE = 0.8;
    /** A text block held in an image's alt text and covering this share of it is that image's caption. */
    public static final double MIN_ALT_CAPTION_SHARE = 0.5;
    /** A text block that opens an earlier one for at least this share of its length is a cut-short repeat of it. */
    public static final double MIN_TRUNCATED_SHARE = 0.5;
    /** Characters a cut-short repeat must share with the block it repeats. */
    public static final int MIN_TRUNCATED_CHARS = 40;

    /** A leading heading whose words are at least this share of the title's ({@link #titleSimilarity}) repeats it. */
    public static final double MIN_TITLE_SIMILARITY = 0.75;
    /**
     * Share of the title a one-word leading heading must cover as well, so a section heading that is one of the
     * title's words ("Introduction" under "Introduction to ownership in Rust") is not taken for the title.
     */
    public static final double MIN_TITLE_COVERAGE = 0.5;
    /** A paragraph this long before a heading is prose: the heading no longer leads the article. */
    public static final int LEAD_PROSE_CHARS = 80;

    /** Most words of a kicker above the headline: a section or a topic. */
    public static final int MAX_KICKER_WORDS = 4;

    /** Inline runs a title set as text may sit in, inside its block. */
    private static final Set<String> INLINE_RUNS = Set.of("b", "strong", "span", "font", "big", "em", "i", "u", "a");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** What ends a sentence: a kicker has none. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]");
    /** What a box above the headline shows that is no kicker's. */
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video, iframe");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Characters at the end of a cut-short text that hold its ellipsis and toggle word. */
    private static final int TOGGLE_TAIL_CHARS = 24;
    /** Text cut short: its opening, an ellipsis, and at most one word (a toggle such as "more"). */
    private static final Pattern CUT_SHORT = Pattern.compile("(.+?)\\s*(?:\\.\\.\\.|…)\\s*\\p{L}*\\s*");
    private static final String CAPTION_SELECTOR = "figcaption";
    /** A class or id holding this names a caption: "wp-caption-text", "image__caption", "captionText". */
    private static final String CAPTION_WORD = "caption";
    /** Blocks of text (no block inside) that galleries and captions repeat. */
    private static final Evaluator TEXT_BLOCK_SELECTOR = Selector.evaluatorOf("figcaption, p, div, span");
    private static final Set<String> TEXT_BLOCKS = Set.of("figcaption", "p", "div", "span");
    private static final Set<String> INNER_BLOCKS = Set.of("figcaption", "p", "div", "li", "ul", "ol", "table", "h2",
            "h3", "h4", "h5", "h6", "blockquote");

    /** Boxes a paragraph may stand in: a box of text in a heading or a link is no paragraph. */
    private static final Set<String> FLOW_BOXES = Set.of("body", "div", "section", "article", "main", "blockquote",
            "figure", "td", "th", "li", "dd", "aside", "header", "footer", "details");

    private final LazyImages lazyImages = new LazyImages();
    private final EmbeddedMedia embeddedMedia;

    /** Media hosts from the bundled rule files. */
    public ContentNormalizer() {
        this(new EmbeddedMedia());
    }

    /** With the media hosts shared with the stages before. */
    public ContentNormalizer(EmbeddedMedia embeddedMedia) {
        this.embeddedMedia = embeddedMedia;
    }

    /** Normalizes {@code article} in place; {@code title} (may be null) is the article's known title. */
    public void normalize(Element article, String title) {
        lazyImages.resolve(article);
        embeddedMedia.replaceWithLinks(article);
        article.select("svg").remove();
        resolveLinks(article);
        dropTitleHeading(article, title);
        dedupeCaptions(article);
        ContentCleaner.removeEmpty(article);
    }

    /**
     * Sets {@code article}'s boxes as a reader reads them: a table that lays out blocks rather than data becomes the
     * boxes it lays out ({@link LayoutTables#unwrap}), so the reader draws no grid around a newsletter; then each
     * {@code div} holding words and no block, in a box that holds flowing text, becomes the {@code p} it is set as
     * ({@code <div class="paragraph">}), so the reader and the exports space it as one.
     */
    public static void setBoxesAsTheyRead(Element article) {
        LayoutTables.unwrap(article);
        for (Element div : article.getElementsByTag("div")) {
            Element parent = div.parent();
            if (div != article && parent != null && FLOW_BOXES.contains(parent.normalName())
                    && !LooseText.hasBlockChild(div)
                    && div.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                div.tagName("p");
            }
        }
    }

    private static void resolveLinks(Element article) {
        for (Element link : Find.all(article, Css.ANCHORS)) {
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

    /**
     * The heading that repeats the title goes: one that says it word for word anywhere, or the heading that leads the
     * article (no prose paragraph before it) when nearly all its words are the title's — the title often carries the
     * site's name or a slightly different wording ("HS Roundup: …" over "High School Roundup: …").
     */
    private static void dropTitleHeading(Element article, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        String wanted = comparable(Parser.unescapeEntities(title, false));
        String text = article.text();
        if (!holdsMoreWordCharacters(text, wanted.length()) && comparable(text).equals(wanted)) {
            return; // a note whose only text is its title keeps it
        }
        Element lead = leadingHeading(article);
        for (Element heading : article.select("h1, h2")) {
            String said = comparable(heading.text());
            if (said.equals(wanted) || heading == lead && titleSimilarity(said, wanted) >= MIN_TITLE_SIMILARITY
                    && (TextStats.words(said) > 1 || titleSimilarity(wanted, said) >= MIN_TITLE_COVERAGE)) {
                dropKicker(heading);
                heading.remove();
                return;
            }
        }
        Element first = firstTextBlock(article);
        if (first != null && comparable(first.text()).equals(wanted)) {
            first.remove();
        }
    }

    /**
     * A kicker above the headline goes with it: what stands before the heading in its box, when that is a few words
     * ({@link #MAX_KICKER_WORDS}) with no sentence's end and no picture ("Região", "Pescas e portos").
     */
    private static void dropKicker(Element heading) {
        List<Node> before = List.copyOf(heading.parent().childNodes().subList(0, heading.siblingIndex()));
        StringBuilder text = new StringBuilder();
        for (Node node : before) {
            if (node instanceof Element box && (Find.first(box, MEDIA) != null || LooseText.hasBlockChild(box))) {
                return;
            }
            text.append(node instanceof Element box ? box.text() : node instanceof TextNode run ? run.text() : "")
                    .append(' ');
        }
        String words = text.toString().strip();
        if (!words.isEmpty() && TextStats.words(words) <= MAX_KICKER_WORDS && !SENTENCE_END.matcher(words).find()) {
            before.forEach(Node::remove);
        }
    }

    /**
     * The block holding the article's first words, when it holds nothing else: a title set as a bold paragraph
     * rather than a heading.
     */
    private static Element firstTextBlock(Element article) {
        for (Element element : Find.all(article)) {
            if (element != article && LooseText.hasLooseText(element)) {
                Element block = element;
                while (INLINE_RUNS.contains(block.normalName()) && block.parent() != null
                        && block.parent() != article && block.parent().text().equals(block.text())) {
                    block = block.parent();
                }
                return block;
            }
        }
        return null;
    }

    /** The first h1 or h2 when no prose paragraph comes before it; else null. */
    private static Element leadingHeading(Element article) {
        for (Element element : Find.all(article)) {
            if (element.nameIs("h1") || element.nameIs("h2")) {
                return element;
            }
            if (element.nameIs("p") && element.text().length() >= LEAD_PROSE_CHARS) {
                return null;
            }
        }
        return null;
    }

    /**
     * Share of the heading's text, in characters of its words, made of words the title holds too (Readability's
     * measure): 1 when every word of the heading is in the title.
     */
    static double titleSimilarity(String heading, String title) {
        List<String> words = List.of(WHITESPACE.split(heading));
        Set<String> titleWords = new HashSet<>(List.of(WHITESPACE.split(title)));
        String all = String.join(" ", words);
        if (all.isBlank()) {
            return 0;
        }
        String foreign = String.join(" ", words.stream().filter(w -> !titleWords.contains(w)).toList());
        return 1 - (double) foreign.length() / all.length();
    }

    private static void dedupeCaptions(Element article) {
        for (Element figure : Find.all(article, Css.FIGURES)) {
            Element caption = figure.selectFirst(CAPTION_SELECTOR);
            if (caption == null) {
                continue;
            }
            String captionText = comparable(caption.text());
            for (Element img : Find.all(figure, Css.IMAGES_WITH_ALT)) {
                String alt = comparable(img.attr("alt"));
                if (!alt.isEmpty() && repeats(alt, captionText)) {
                    img.attr("alt", "");
                }
            }
        }
        dropRepeatedCaptions(article);
    }

    /**
     * A repeated caption goes: a figure caption or a text block that an image's alt text holds, said twice; and a
     * gallery's caption that comes again cut short by an ellipsis, with or without a toggle word ("… more") — with
     * every later copy of the caption it cuts short. Other repeated text stays: articles repeat list items, quoted
     * posts and refrains on purpose.
     */
    private static void dropRepeatedCaptions(Element article) {
        // which elements hold a block or a picture, from one bottom-up walk: a query per block is quadratic on deep
        // pages; a block that holds a picture is no caption, however its credit repeats another's
        Set<Element> holdBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> holdMedia = Collections.newSetFromMap(new IdentityHashMap<>());
        ElementSums.childrenFirst(article, element -> {
            for (Element child : element.children()) {
                if (holdBlocks.contains(child) || INNER_BLOCKS.contains(child.normalName())) {
                    holdBlocks.add(element);
                }
                if (holdMedia.contains(child) || LabelledBlocks.MEDIA_TAGS.contains(child.normalName())) {
                    holdMedia.add(element);
                }
            }
        });
        List<String> alts = new ArrayList<>();
        for (Element img : Find.all(article, Css.IMAGES_WITH_ALT)) {
            String alt = comparable(img.attr("alt"));
            if (alt.length() >= MIN_CAPTION_CHARS) {
                alts.add(alt);
            }
        }
        Set<String> captions = new HashSet<>();
        Set<String> cutShort = new HashSet<>();
        Map<String, List<String>> byOpening = new HashMap<>();
        for (Element block : Find.all(article, TEXT_BLOCK_SELECTOR)) {
            if (holdBlocks.contains(block) || holdMedia.contains(block) || block.parent() == null
                    || insideTextBlock(block, holdBlocks)) {
                continue;
            }
            String raw = block.text();
            String text = comparable(raw);
            if (text.length() < MIN_CAPTION_CHARS) {
                continue;
            }
            boolean caption = isCaption(block) || saysAnAlt(text, alts);
            boolean repeated = caption && !captions.add(text) || cutShort.contains(text);
            String full = repeated || !endsCutShort(raw) ? null : cutShortFrom(raw, byOpening);
            if (repeated || full != null) {
                block.remove();
                if (full != null) {
                    cutShort.add(full);
                }
            } else if (text.length() >= MIN_TRUNCATED_CHARS) {
                byOpening.computeIfAbsent(text.substring(0, MIN_TRUNCATED_CHARS), k -> new ArrayList<>()).add(text);
            }
        }
    }

    /**
     * A figure's caption by its markup: a figcaption, a text block inside a figure, or one whose class or id says
     * caption (WordPress sets {@code <p class="wp-caption-text">} beside the image in a plain div).
     */
    private static boolean isCaption(Element block) {
        return block.nameIs(CAPTION_SELECTOR) || block.closest(Css.FIGURES) != null
                || TextStats.classAndId(block).contains(CAPTION_WORD);
    }

    /** An image's alt text holds {@code text} and is not much longer: alt texts add the credit to the caption. */
    private static boolean saysAnAlt(String text, List<String> alts) {
        for (String alt : alts) {
            if (alt.contains(text) && text.length() >= alt.length() * MIN_ALT_CAPTION_SHARE) {
                return true;
            }
        }
        return false;
    }

    /** A span in a paragraph, a paragraph in a caption: the outer text block speaks for both. */
    private static boolean insideTextBlock(Element block, Set<Element> holdBlocks) {
        for (Element up = block.parent(); up != null && !holdBlocks.contains(up); up = up.parent()) {
            if (TEXT_BLOCKS.contains(up.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** An ellipsis near the end: the cheap test before {@link #CUT_SHORT} is matched. */
    private static boolean endsCutShort(String raw) {
        int from = Math.max(0, raw.length() - TOGGLE_TAIL_CHARS);
        return raw.indexOf('…', from) >= 0 || raw.indexOf("...", from) >= 0;
    }

    /**
     * The earlier, longer block whose opening {@code raw} repeats before an ellipsis and at most a toggle word
     * ("… more"); else null.
     */
    private static String cutShortFrom(String raw, Map<String, List<String>> byOpening) {
        Matcher cut = CUT_SHORT.matcher(raw);
        if (!cut.matches()) {
            return null;
        }
        String opening = comparable(cut.group(1));
        if (opening.length() < MIN_TRUNCATED_CHARS) {
            return null;
        }
        for (String longer : byOpening.getOrDefault(opening.substring(0, MIN_TRUNCATED_CHARS), List.of())) {
            if (longer.length() > opening.length() && longer.startsWith(opening)
                    && opening.length() >= longer.length() * MIN_TRUNCATED_SHARE) {
                return longer;
            }
        }
        return null;
    }

    /** True when one text holds the other and they are nearly the same length: the same words said twice. */
    static boolean repeats(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.contains(shorter) && shorter.length() >= longer.length() * MIN_REPEAT_SHARE;
    }

    /**
     * Whether {@code text} holds more letters and digits than {@link #comparable} of it could fit in {@code length}
     * characters: a cheap "cannot be equal" before reading a whole article through the pattern.
     */
    private static boolean holdsMoreWordCharacters(String text, int length) {
        int wordCharacters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && ++wordCharacters > length) {
                return true;
            }
        }
        return false;
    }

    static String comparable(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
