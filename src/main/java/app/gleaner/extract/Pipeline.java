package app.gleaner.extract;

import app.gleaner.extract.clean.ChromeRemover;
import app.gleaner.extract.clean.CodeBlocks;
import app.gleaner.extract.clean.ContentCleaner;
import app.gleaner.extract.clean.ContinuationWalls;
import app.gleaner.extract.clean.Disclosures;
import app.gleaner.extract.clean.EmbeddedMedia;
import app.gleaner.extract.clean.LabelLines;
import app.gleaner.extract.clean.NagPhrases;
import app.gleaner.extract.clean.OverlayRemover;
import app.gleaner.extract.clean.PlayerStandIns;
import app.gleaner.extract.clean.RemovalLog;
import app.gleaner.extract.find.ArticleAnchor;
import app.gleaner.extract.find.ArticleFinder;
import app.gleaner.extract.find.ArticleLead;
import app.gleaner.extract.find.LeadPicture;
import app.gleaner.extract.find.OtherStories;
import app.gleaner.extract.find.OtherAnswers;
import app.gleaner.extract.find.RecipeParts;
import app.gleaner.extract.find.Transcripts;
import app.gleaner.extract.meta.CanonicalUrl;
import app.gleaner.extract.meta.JsonLd;
import app.gleaner.extract.meta.MetadataExtractor;
import app.gleaner.extract.meta.PageMetadata;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.DeclaredSize;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.MetaTags;
import app.gleaner.extract.page.PageParser;
import app.gleaner.extract.page.StyleRules;
import app.gleaner.extract.page.TextStats;
import app.gleaner.sanitize.ArticleSanitizer;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Turns a {@link Capture} into a clean {@link Article}: parse → code blocks as a reader copies them
 * ({@link CodeBlocks}) → players not yet loaded made frames ({@link PlayerStandIns}) → closed panels opened
 * ({@link Disclosures}) → browser hints and overlays out → metadata and canonical URL → a declared recipe's lines
 * marked, which no rule removes ({@link RecipeParts}) → a Q&A page's answers other than the accepted one out
 * ({@link OtherAnswers}) → chrome out → find the article, joined by the recipe's lists it left out → put back its lead
 * (standfirst) when the search left it out ({@link ArticleLead}) → normalize links, images and players → sanitize →
 * measure → set layout tables and boxes of text as they read.
 *
 * <p>When the first attempt finds less than {@link #MIN_ARTICLE_CHARS} of text (CJK characters counting as the
 * Latin letters they stand for, {@link TextStats#latinLength}), the pipeline degrades in explicit steps (see
 * {@link Attempt}): first it stops trusting class and id words, then it also stops the conditional cleaning; if
 * every attempt is short, the longest wins. The reader's selection, when present, replaces the search. Which step
 * won, and whether the result looks truncated or gated, is reported in the article's {@link Extraction} signal.
 *
 * <p>Build one and share it: a Pipeline is immutable and thread-safe (rules are loaded once at construction; every
 * call works on its own document). {@link #extract(Capture)} never throws on any input — garbage, empty or huge —
 * and at worst returns a short article titled after the capture.
 */
public final class Pipeline {

    /** Text, in characters, an attempt must find to be accepted without trying the next one. */
    public static final int MIN_ARTICLE_CHARS = 500;
    /** Longest excerpt, in characters, when taken from the first paragraph. */
    public static final int MAX_EXCERPT_CHARS = 280;
    /** Shortest paragraph used as the excerpt. */
    public static final int MIN_EXCERPT_PARAGRAPH_CHARS = 40;
    /** Narrowest declared width of a content image used as the lead image. */
    public static final int MIN_LEAD_IMAGE_WIDTH = 300;

    /** The degradation ladder, strictest first. */
    enum Attempt {
        STRICT(true, true, Extraction.STRICT),
        WITHOUT_CLASS_WORDS(false, true, Extraction.WITHOUT_CLASS_WORDS),
        WITHOUT_CLEANING(false, false, Extraction.WITHOUT_CLEANING);

        final boolean useClassWords;
        final boolean cleanConditionally;
        final String method;

        Attempt(boolean useClassWords, boolean cleanConditionally, String method) {
            this.useClassWords = useClassWords;
            this.cleanConditionally = cleanConditionally;
            this.method = method;
        }
    }

    /**
     * The content an attempt found, the {@link Extraction} method name that says which attempt it was, and the nags
     * its cleaning removed (each attempt cleans its own copy of the page; only the chosen one's removals are told).
     */
    private record Found(Element content, String method, RemovalLog cleaned) {
    }

    private final NagPhrases nagPhrases = new NagPhrases();
    private final LabelLines labelLines = new LabelLines();
    private final PageParser parser = new PageParser();
    private final CodeBlocks codeBlocks = new CodeBlocks();
    private final Disclosures disclosures = new Disclosures(nagPhrases);
    private final ContinuationWalls walls = new ContinuationWalls(nagPhrases);
    private final OverlayRemover overlayRemover = new OverlayRemover(nagPhrases, labelLines, walls);
    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final CanonicalUrl canonicalUrl = new CanonicalUrl();
    private final EmbeddedMedia embeddedMedia = new EmbeddedMedia();
    private final PlayerStandIns playerStandIns = new PlayerStandIns(embeddedMedia, nagPhrases);
    private final ChromeRemover chromeRemover = new ChromeRemover(nagPhrases, labelLines, embeddedMedia);
    private final ArticleFinder articleFinder = new ArticleFinder();
    private final ArticleLead articleLead = new ArticleLead(chromeRemover, nagPhrases, labelLines);
    private final LeadPicture leadPicture = new LeadPicture(chromeRemover);
    private final ContentCleaner contentCleaner = new ContentCleaner(nagPhrases);
    private final ContentNormalizer normalizer = new ContentNormalizer(embeddedMedia);
    private final ArticleSanitizer sanitizer = new ArticleSanitizer();
    private final TextMeasures measures = new TextMeasures();
    private final ExtractionSignal signal = new ExtractionSignal();

    /** The article in {@code capture}; never null, never throws. */
    public Article extract(Capture capture) {
        if (capture == null) {
            return fallback(null, null);
        }
        try {
            return extractOrThrow(capture);
        } catch (RuntimeException | StackOverflowError e) {
            // a hostile page must cost the reader the article, never the request: answer with what is known
            return fallback(capture.url(), capture.title());
        }
    }

    private Article extractOrThrow(Capture capture) {
        String baseUri = PageParser.baseUri(capture.url());
        Document page = parser.parse(capture.html(), capture.url());
        codeBlocks.restore(page.body());
        boolean paywallMarker = signal.hasPaywallMarker(page); // before the overlay stage removes the paywall
        boolean plays = Transcripts.plays(page); // before a stage takes its player out; its transcript joins the notes
        StyleRules styles = new StyleRules(page);
        ContinuationWalls.Watch wallWatch = walls.watch(styles);
        RemovalLog removed = new RemovalLog(wallWatch); // a wall is an overlay: the stage shows it to the watch
        playerStandIns.reveal(page.body(), removed);
        disclosures.open(page, styles);
        overlayRemover.removeFrom(page, styles, removed);
        ExtractionSignal.Gate gate = new ExtractionSignal.Gate(paywallMarker, wallWatch.seen());
        JsonLd jsonLd = new JsonLd(page);
        plays |= jsonLd.declaresPiece();
        MetaTags tags = MetaTags.of(page);
        PageMetadata metadata = metadataExtractor.extract(page, jsonLd, tags, capture.title());
        String canonical = canonicalUrl.resolve(page, tags, capture.url());

        ArticleAnchor anchor = new ArticleAnchor(metadata.title(), jsonLd.articleBody());
        if (!capture.hasSelection()) { // before any rule reads the page: no rule removes a declared line
            new RecipeParts(jsonLd.recipeName(), jsonLd.recipeIngredients(), jsonLd.recipeSteps())
                    .mark(page.body(), metadata.title(), anchor.titleHeading(page.body()));
        }
        if (!capture.hasSelection()) {
            OtherAnswers.removeFrom(page.body(), removed); // a question and its accepted answer are the article
        }
        Found found = capture.hasSelection()
                ? new Found(selection(capture, removed), Extraction.SELECTION, new RemovalLog())
                : findArticle(page, anchor, plays, metadata.byline());
        removed.addAll(found.cleaned());
        Element content = found.content();
        if (!capture.hasSelection()) {
            prependLead(content, anchor.titleHeading(page.body()), metadata.description(), metadata.leadImageUrl());
        }
        normalizer.normalize(content, metadata.title());
        Element body = sanitizer.sanitizeToBody(content, baseUri);
        String text = measures.text(body);
        int words = measures.wordCount(text);
        // the excerpt is the page's own first paragraph, not a caption or a note set in a box of text
        String excerpt = metadata.description() != null ? metadata.description() : firstParagraph(body);
        ContentNormalizer.setBoxesAsTheyRead(body);

        return new Article(
                canonical,
                titleOf(metadata, capture),
                metadata.byline(),
                metadata.siteName(),
                metadata.publishedAt(),
                excerpt,
                metadata.leadImageUrl() != null ? metadata.leadImageUrl() : firstLargeImage(body),
                metadata.language() != null ? metadata.language() : ScriptLanguage.guess(text),
                body.html(),
                text,
                words,
                measures.readingMinutes(text),
                removed.entries(),
                signal.judge(found.method(), text, jsonLd, gate));
    }

    private Element selection(Capture capture, RemovalLog removed) {
        Document fragment = parser.parseFragment(capture.selectionHtml(), capture.url());
        codeBlocks.restore(fragment.body());
        playerStandIns.reveal(fragment.body(), removed);
        overlayRemover.removeHinted(fragment, removed);
        Element container = new Element("div");
        container.setBaseUri(fragment.location());
        container.appendChildren(List.copyOf(fragment.body().childNodes()));
        return container;
    }

    /**
     * Walks the {@link Attempt} ladder. A later, looser attempt that finds enough text elsewhere on the page (a
     * comment thread, a sidebar) does not replace a short earlier one that was anchored to the article by its title
     * heading or declared body; when no attempt is accepted, the longest anchored one wins, else the longest.
     */
    private Found findArticle(Document page, ArticleAnchor anchor, boolean plays, String byline) {
        Found longest = null;
        int longestChars = -1;
        Found longestAnchored = null;
        int longestAnchoredChars = -1;
        for (Attempt attempt : Attempt.values()) {
            Document copy = page.clone();
            // told before the chrome goes: a story's header may go with it, but it named its story
            List<Element> otherStories = OtherStories.of(copy.body(), anchor.titleHeading(copy.body()));
            chromeRemover.removeFrom(copy.body(), attempt.useClassWords);
            Element heading = anchor.titleHeading(copy.body());
            List<Element> parts = RecipeParts.joinedTo(articleFinder.findParts(copy, otherStories, plays), copy.body());
            boolean beside = ArticleAnchor.isBeside(heading, parts);
            Element article = ArticleFinder.collect(copy, parts);
            RemovalLog cleaned = new RemovalLog();
            if (attempt.cleanConditionally) {
                contentCleaner.clean(article, cleaned, byline);
            }
            String text = article.text();
            int chars = TextStats.latinLength(text); // a short Japanese article is no stub
            boolean anchored = beside || ArticleAnchor.isInside(heading, article) || anchor.holdsDeclaredBody(text);
            if (chars >= MIN_ARTICLE_CHARS && (anchored || longestAnchored == null)) {
                return new Found(article, attempt.method, cleaned);
            }
            if (chars > longestChars) {
                longest = new Found(article, Extraction.LONGEST_ATTEMPT, cleaned);
                longestChars = chars;
            }
            if (anchored && chars > longestAnchoredChars) {
                longestAnchored = new Found(article, Extraction.LONGEST_ATTEMPT, cleaned);
                longestAnchoredChars = chars;
            }
        }
        return longestAnchored != null ? longestAnchored : longest;
    }

    /**
     * Puts the article's lead, when the search left it out, before the found text, as paragraphs: a lead is
     * read as the text's opening, whatever heading or box the page set it in. A list of the article's points stays
     * a list.
     */
    private void prependLead(Element content, Element heading, String description, String declaredImage) {
        String text = content.text(); // the lead is looked for up to where this text begins, not the picture's caption
        Element picture = leadPicture.find(heading, content, declaredImage);
        if (picture != null) {
            content.prependChild(picture);
        }
        List<Element> lead = articleLead.find(heading, text, description);
        for (int i = lead.size() - 1; i >= 0; i--) {
            Element block = new Element(lead.get(i).nameIs("ul") ? "ul" : "p");
            for (Node child : lead.get(i).childNodes()) {
                block.appendChild(child.clone());
            }
            content.prependChild(block);
        }
    }

    private static String titleOf(PageMetadata metadata, Capture capture) {
        for (String candidate : new String[] {metadata.title(), capture.title(), capture.url()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "Untitled";
    }

    private static String firstParagraph(Element body) {
        for (Element paragraph : Find.all(body, Css.PARAGRAPHS)) {
            String text = paragraph.text().strip();
            if (text.length() >= MIN_EXCERPT_PARAGRAPH_CHARS) {
                return shorten(text);
            }
        }
        return null;
    }

    static String shorten(String text) {
        if (text.length() <= MAX_EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_EXCERPT_CHARS - 1);
        return text.substring(0, cut > MAX_EXCERPT_CHARS / 2 ? cut : MAX_EXCERPT_CHARS - 1).strip() + "…";
    }

    private static String firstLargeImage(Element body) {
        for (Element img : body.select("img[src]")) {
            if (DeclaredSize.width(img).orElse(MIN_LEAD_IMAGE_WIDTH) >= MIN_LEAD_IMAGE_WIDTH) {
                return img.attr("src");
            }
        }
        return null;
    }

    private static Article fallback(String url, String title) {
        String safeUrl = url == null ? "" : url;
        String safeTitle = title != null && !title.isBlank() ? title.strip() : safeUrl.isBlank() ? "Untitled" : safeUrl;
        return new Article(safeUrl, safeTitle, null, null, null, null, null, null, "", "", 0, 0, List.of(),
                Extraction.failed());
    }
}
