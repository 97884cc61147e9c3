package app.gleaner.extract.clean;

import app.gleaner.extract.page.ElementSums;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.page.TextStats;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The text-and-shape part of {@link OverlayRemover}: finds nag boxes by what they say and how they are built, in one
 * bottom-up walk and one top-down pass. A box goes when its words are mostly nag ({@link NagPhrases}), a call to tag
 * the author's account ({@link TagCalls}) or to follow the publisher somewhere ({@link FollowCalls}); when it is small
 * and asks for an e-mail address or a password beside a one-line pitch; when it is small, partly nag and holds a
 * control to act on it; when it holds a button, a field or a nag line of its own and pitches by its phrases though its
 * sentences are prose; when it offers priced plans; or when it is a tiny widget built around a button or a rating scale
 * ({@link WidgetBoxes}). A how-to's numbered steps and a bulleted list's sentences are never nags, its tips only by
 * their phrases ({@link HowToText}), no box goes with the headline, and what the story says stays ({@link StoryLines}:
 * a heading over a section, a point of a list, a quotation, a line of the running text). Only the structure and the
 * words are read, never a class name, so obfuscated markup is covered, and the e-mail rule needs no words at all.
 * Immutable and thread-safe.
 */
final class NagBoxes {

    /** Containers up to this many words are removed when nag blocks make up most of them. */
    static final int MAX_NAG_CONTAINER_WORDS = 250;
    /** Share of a container's words in nag blocks that makes the whole container a nag. */
    static final double MIN_NAG_SHARE = 0.6;
    /** Boxes up to this many words are removed when they ask for an e-mail or password, or hold a nag and a control. */
    static final int MAX_ACTION_BOX_WORDS = 80;
    /** Share of nag words that, with a control to act on it, makes a small box a nag box. */
    static final double MIN_ACTION_BOX_NAG_SHARE = 0.2;
    /**
     * A box of text alone (no list, table, picture or control) up to this many words whose blocks are a third nag is
     * a nag box: a teaser line and its call ("Every Friday at seven: the week's best stories." / "Sign up under My
     * account."). A recipe card with "Log in to save this recipe" has its list of ingredients.
     */
    static final int MAX_TEASER_BOX_WORDS = 40;
    /** Share of nag words that makes a box of text alone a teaser with its call. */
    static final double MIN_TEASER_BOX_NAG_SHARE = 1.0 / 3;
    /** Elements a teaser line and its call do not have. */
    private static final Set<String> STRUCTURE_TAGS = Set.of(
            "ul", "ol", "dl", "table", "figure", "img", "picture", "video", "audio", "iframe", "input", "select",
            "textarea", "button", "pre", "blockquote");
    /**
     * Characters, white space aside, that no box judged by its shape holds: {@link #MAX_NAG_CONTAINER_WORDS} words of
     * any script say far fewer. Past it, or past {@link #MAX_BOX_ELEMENTS}, a box's text is not read for a pitch, a
     * widget or an offer.
     */
    static final int MAX_BOX_CHARS = 10_000;
    /** Elements no box judged by its shape holds either: a sign-up box or an offer card is a few dozen. */
    static final int MAX_BOX_ELEMENTS = 1_000;
    /** Words a sign-up box may hold outside its form: a heading and a one-line pitch. */
    static final int MAX_SIGNUP_PITCH_WORDS = 25;
    /** Characters that end the sentence before a link set apart ("Already a subscriber? Log in"). */
    private static final String SENTENCE_ENDS = "?!.:|·•…";
    /** Inline elements: a nag among them is a link or a phrase inside a sentence, not a nag block. */
    private static final Set<String> INLINE_TAGS = Set.of(
            "a", "span", "strong", "b", "em", "i", "u", "small", "mark", "abbr", "cite", "q", "time", "code", "sub",
            "sup", "font");
    /** Links up to this many words, set apart and themselves nags, count as controls ("Log in", "Je m'abonne"). */
    static final int MAX_CONTROL_WORDS = 6;
    /** Elements the action-box rule may remove: containers, never a paragraph or a list item. */
    private static final Set<String> BOX_TAGS = Set.of(
            "div", "section", "aside", "form", "header", "footer", "dialog", "details", "center");
    /** Elements the text rule may remove: blocks and controls, never inline runs inside a sentence. */
    private static final Set<String> NAG_BLOCK_TAGS = Set.of(
            "div", "section", "aside", "form", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "button", "label", "header", "footer", "dialog", "figure", "table", "center", "details");

    /** Where a picture's words stand, which a call to follow never does. */
    private static final Evaluator CAPTIONS = Selector.evaluatorOf("figure, figcaption");
    /** Where a post from elsewhere is embedded and quoted, the tweet or the Instagram post asking its own question. */
    private static final Evaluator EMBEDDED_POSTS = Selector.evaluatorOf("blockquote");

    private final NagPhrases nagPhrases;
    private final LabelLines labelLines;
    private final TagCalls tagCalls = new TagCalls();
    private final FollowCalls followCalls = new FollowCalls();

    NagBoxes(NagPhrases nagPhrases, LabelLines labelLines) {
        this.nagPhrases = nagPhrases;
        this.labelLines = labelLines;
    }

    /**
     * Words per element and words inside nag blocks are summed bottom-up in one walk; then the outermost block
     * that is mostly nag is removed, so a sign-up box goes as one piece and a long article never qualifies. A
     * wrapper whose words all come from one child is judged by that child's verdict rather than by reading its
     * text again, so deep chains of wrappers cost one reading, not one per level.
     */
    void removeFrom(Element body, RemovalLog log) {
        Map<Element, NagTally> tallies = new IdentityHashMap<>();
        ElementSums.childrenFirst(body, element -> {
            NagTally tally = new NagTally();
            NagTally onlyWordy = null;
            int wordyChildren = 0;
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    int own = TextStats.words(text);
                    tally.words += own;
                    tally.chars += TextStats.visibleLength(text.getWholeText());
                    tally.digit |= own > 0 && TextStats.hasDigit(text.getWholeText());
                    wordyChildren += own > 0 ? 1 : 0;
                } else if (child instanceof Element childElement && tallies.containsKey(childElement)) {
                    NagTally c = tallies.get(childElement);
                    tally.words += c.words;
                    tally.chars += c.chars;
                    tally.elements += c.elements;
                    tally.nagWords += c.nagWords;
                    tally.control |= c.control;
                    tally.formControl |= c.formControl;
                    tally.choice |= c.choice;
                    tally.credentials |= c.credentials;
                    tally.amountChoices += c.amountChoices;
                    tally.pricedLines += c.pricedLines;
                    tally.digit |= c.digit;
                    tally.code |= c.code;
                    tally.structured |= c.structured;
                    tally.formWords += c.formWords;
                    tally.nagBoxInside |= c.nagBoxInside || c.separateNagBox;
                    tally.nagLineInside |= c.nagLineInside || c.mostlyNag && !isBox(childElement);
                    tally.nagLineOutsideForm |= !childElement.nameIs("form")
                            && (c.nagLineOutsideForm || c.mostlyNag && !isBox(childElement));
                    tally.signUpBoxInside |= c.signUpBoxInside || c.separateNagBox && c.credentials;
                    if (c.words > 0) {
                        wordyChildren++;
                        onlyWordy = c;
                    }
                }
            }
            tally.code |= isCode(element);
            if (wordyChildren == 1 && onlyWordy != null) {
                tally.nag = onlyWordy.nag; // a wrapper says what its one worded child says
            } else {
                tally.nag = tally.words > 0 && tally.words <= NagPhrases.MAX_NAG_WORDS
                        && (isNag(element, tally) || isNagCaption(element));
            }
            if (tally.nag && (HowToText.isStep(element) || HowToText.isListedSentence(element, tally.words))) {
                tally.nag = false; // "Log in to your router's page" is the first step of a how-to, not a call
            }
            if (tally.nag && (!INLINE_TAGS.contains(element.normalName()) || standsApart(element))) {
                // a nag link inside a sentence ("click <a>Sign up</a>") is no nag text of its box; set apart as a
                // button ("Bli medlem nu") it is
                tally.nagWords = tally.words;
            }
            if (element.nameIs("form")) {
                tally.formWords = tally.words;
                tally.signUpBoxInside = false; // a field's wrapper with its label is the form's, no box of its own
            }
            tally.formControl |= Controls.isFormControl(element);
            tally.choice |= Controls.isChoice(element);
            // a nag link to another site ("Log in to your account" at the bank, in a how-to) informs; the
            // publisher's own calls lead within its site, or nowhere but to a script
            tally.control |= tally.formControl || tally.nag && tally.words <= MAX_CONTROL_WORDS
                    && element.nameIs("a") && standsApart(element) && !SiteLinks.leadsElsewhere(element);
            tally.credentials |= Controls.isCredentialField(element);
            tally.amountChoices += Sums.isAmountChoice(element) ? 1 : 0;
            if (tally.digit && tally.pricedLines == 0 && Sums.isPricedLine(element, tally.words)) {
                tally.pricedLines = 1; // the innermost short line that names a sum
            }
            tally.structured |= STRUCTURE_TAGS.contains(element.normalName());
            if (element.nameIs("script") || element.nameIs("style")) {
                tally.words = 0;
                tally.nagWords = 0;
                tally.nag = false;
            }
            judge(element, tally);
            tallies.put(element, tally);
        });
        removeNagBoxes(body, tallies, new RemovalGuard(body), log);
    }

    /**
     * Whether the words of {@code element} are a nag ({@link NagPhrases#isNag}), or a call to tag the author's account
     * ({@link TagCalls}) or to follow the publisher ({@link FollowCalls}) outside an embedded post, its code's left out
     * ({@link #spokenText}); a how-to's tip ({@link HowToText#isTip}) only when its phrases make it one, not because it
     * opens with a call ("Sign in on a web browser rather than the TV app to cancel.").
     */
    private boolean isNag(Element element, NagTally c) {
        String text = spokenText(element, c);
        boolean nag = nagPhrases.isNag(text)
                || (tagCalls.in(text) || isFollowCall(element, text)) && element.closest(EMBEDDED_POSTS) == null;
        return nag && (!HowToText.isTip(element) || nagPhrases.isNagByItsPhrases(text));
    }

    /** A call to follow the page's publisher ({@link FollowCalls}) in a block of text, not a heading or a caption. */
    private boolean isFollowCall(Element element, String text) {
        return !element.is(Headings.ANY) && element.closest(CAPTIONS) == null
                && followCalls.in(text, element.ownerDocument());
    }

    /** The words {@code element} says: its text, but for the code it quotes ({@code <pre>}, {@code <code>}). */
    private static String spokenText(Element element, NagTally c) {
        if (!c.code) {
            return element.text();
        }
        return isCode(element) ? "" : TextStats.textOutside(element, NagBoxes::isCode);
    }

    private static boolean isCode(Element element) {
        return element.nameIs("pre") || element.nameIs("code");
    }

    /**
     * True when {@code element} is not inside a sentence: nothing but the end of one comes before it and no words
     * follow it in its parent. A call to action set apart as a button, or answering a question ("Already a
     * subscriber? <a>Log in</a>"), not "click <a>Sign up</a> to create an account" or "<a>Log in</a> to save this
     * recipe".
     */
    private static boolean standsApart(Element element) {
        return endsASentence(element.previousSibling()) && holdsNoWords(element.nextSibling());
    }

    private static boolean endsASentence(Node node) {
        if (!(node instanceof TextNode text) || text.isBlank()) {
            return true;
        }
        String before = text.text();
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (!TextStats.isSpace(c)) {
                return SENTENCE_ENDS.indexOf(c) >= 0;
            }
        }
        return true;
    }

    private static boolean holdsNoWords(Node node) {
        return !(node instanceof TextNode text) || TextStats.words(text) == 0;
    }

    /**
     * A caption whose words, without its picture credit, are a nag: an advertisement set as a figure ("Need more
     * space? Subscribe to our sister title… <span>(Image credit: …)</span>"). The credit labels the picture and is
     * no part of the message, but its words would otherwise dilute the call to action below the nag threshold.
     */
    private boolean isNagCaption(Element element) {
        if (!element.nameIs("figcaption")) {
            return false;
        }
        StringBuilder message = new StringBuilder();
        boolean creditDropped = false;
        for (Node child : element.childNodes()) {
            String text = child instanceof TextNode t ? t.text() : child instanceof Element e ? e.text() : "";
            if (child instanceof Element && labelLines.classify(text) != LabelLines.Label.NONE) {
                creditDropped = true;
            } else {
                message.append(text).append(' ');
            }
        }
        return creditDropped && nagPhrases.isNag(message.toString());
    }

    /**
     * Removes, outermost first, each block that is a nag box: mostly nag text ({@link #MIN_NAG_SHARE}); or small,
     * partly nag by its blocks and holding a control to act on it (an offer card: "Subscribe now to continue
     * reading", the plans, a button, "Already a subscriber? Log in"); or small, asking for an e-mail address or a
     * password and holding at most {@link #MAX_SIGNUP_PITCH_WORDS} words outside its form (a sign-up form with its
     * heading and one-line pitch, in any language; an article header or a short brief beside a form holds more,
     * and only the form goes) or a nag line of its own outside the form (a newsletter box's heading or fine print
     * beside its pitch, "free, unsubscribe at any time, check your spam folder"; an event's box whose form says
     * "Register now" keeps its details, and a box around a smaller sign-up box keeps its own text); or small, of
     * text alone and a third nag (a teaser line and its call); or, up to
     * {@link NagPhrases#MAX_PITCH_WORDS} words, holding a button or a form field and pitching by its phrases
     * ({@link NagPhrases#isPitch(String)}: a read-aloud player with its upsell) or asking for a sum of money (a
     * reader-support appeal with its amount picker); or small, of text alone around a nag line, and pitching by the
     * rest of its words. The last ones may never take half of the page; no rule takes the sentences of a quotation, a
     * line of the running text with nothing to click ({@link StoryLines}), the headline
     * ({@link RemovalGuard#holdsHeadline}) or an FAQ ({@link Questions#answeredInPlace}).
     */
    private void removeNagBoxes(Element root, Map<Element, NagTally> tallies, RemovalGuard guard,
            RemovalLog log) {
        StoryLines story = new StoryLines(tallies, nagPhrases); // told before any removal changes a line's neighbours
        ArrayDeque<Element> stack = new ArrayDeque<>();
        pushChildren(root, stack);
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            NagTally c = tallies.get(element);
            if (c == null || c.mostlyNag && Questions.answeredInPlace(element)) {
                continue; // an FAQ and its entries stay whole, their answers with them
            }
            // a pitch is judged only where no smaller nag box inside explains the controls: a teaser beside an
            // inline sign-up box keeps its text, and the box goes on its own; a box of more characters or elements
            // than any small box holds (a few words beside a megabyte of punctuation) is not read at all
            boolean small = c.chars <= MAX_BOX_CHARS && c.elements <= MAX_BOX_ELEMENTS;
            boolean pitchBox = small && !c.mostlyNag && !c.actionBox && !c.nagBoxInside && isBox(element)
                    && (c.formControl && pitchesBesideItsControl(element, c)
                            || c.nagLineInside && pitchesAroundItsLine(element, c, tallies));
            boolean widget = small && isBox(element) && (c.formControl && WidgetBoxes.isWidget(element, c.words)
                    || c.choice && WidgetBoxes.isRatingWidget(element, c.words));
            boolean offer = small && c.control && c.pricedLines >= Sums.MIN_OFFER_CHOICES && !c.mostlyNag
                    && !c.actionBox && isBox(element) && c.words <= Sums.MAX_OFFER_BOX_WORDS
                    && Sums.isPricedOffer(element, nagPhrases);
            boolean nagBox = c.mostlyNag && guard.mayRemove(element) && !story.headsASection(element)
                    && !story.isPointOfAList(element)
                    || (c.actionBox || pitchBox || widget || offer) && guard.mayRemovePart(element);
            if (nagBox && (isBox(element) || !StoryLines.isQuoted(element) && !story.isLineOfTheText(element))
                    && !guard.holdsHeadline(element)) {
                log.remove(element);
            } else if (c.nagWords > 0 || c.credentials || c.formControl || c.choice) {
                pushChildren(element, stack);
            }
        }
    }

    /**
     * A box with a button or a field that asks for a sum of money (a reader-support appeal with its amount picker),
     * pitches by its phrases ({@link NagPhrases#isPitch(String)}: a read-aloud player with its upsell), or speaks as
     * the publisher and names a nag phrase.
     */
    private boolean pitchesBesideItsControl(Element box, NagTally c) {
        return c.amountChoices >= Sums.MIN_AMOUNT_CHOICES && c.words <= NagPhrases.MAX_PITCH_WORDS
                || nagPhrases.isPitch(spokenText(box, c)) || speaksAndPitches(box, c);
    }

    /**
     * A box around a nag line ("<p><a>Log in</a> / <a>Register for free</a></p>") whose other words pitch by their
     * phrases too ("To save this article, log in. Free members read it on any device…"): it goes whole, as one with a
     * button does. Up to {@link PitchBoxes#MAX_VOICE_BOX_WORDS} words, a character of a script without spaces counting
     * half, and text alone: a recipe, a forum thread, a checklist or a header keeps its lists and headings (a heading
     * that is itself a nag line, "Verder lezen? Word lid van …", is one of the lines), and a paywalled article's
     * visible start beside "Subscribe to keep reading" pitches nothing; only the line goes.
     */
    private boolean pitchesAroundItsLine(Element box, NagTally c, Map<Element, NagTally> tallies) {
        if (c.structured || c.words > 2 * PitchBoxes.MAX_VOICE_BOX_WORDS
                || TextStats.wordsCjkHalved(box.text()) > PitchBoxes.MAX_VOICE_BOX_WORDS
                || Find.all(box, Headings.ANY).stream().anyMatch(heading -> !isNagLine(heading, tallies))) {
            return false;
        }
        // the text beside the nag lines inside it (blocks mostly nag that are no box)
        return nagPhrases.isPitch(TextStats.textOutside(box, inner -> isNagLine(inner, tallies)));
    }

    /** A block that is mostly nag and no box: a call on its own line, or a heading that is one ("Word lid"). */
    private static boolean isNagLine(Element element, Map<Element, NagTally> tallies) {
        NagTally t = tallies.get(element);
        return t != null && t.mostlyNag && !isBox(element);
    }

    /**
     * A box with a button that speaks as the publisher and names a nag phrase: "… if enough of our readers chip in …
     * [Become a member]". Up to {@link PitchBoxes#MAX_VOICE_BOX_WORDS} words, as a pitch in the running text.
     */
    private boolean speaksAndPitches(Element box, NagTally c) {
        if (c.words > PitchBoxes.MAX_VOICE_BOX_WORDS) {
            return false;
        }
        String text = spokenText(box, c);
        return PersonWords.PUBLISHER.foundIn(text) && nagPhrases.names(text);
    }

    /** Sets the verdicts the words, nag words and controls of {@code c} give {@code element} by themselves. */
    private static void judge(Element element, NagTally c) {
        double nagShare = c.words == 0 ? 0 : (double) c.nagWords / c.words;
        c.mostlyNag = c.words > 0 && c.words <= MAX_NAG_CONTAINER_WORDS && nagShare >= MIN_NAG_SHARE
                && NAG_BLOCK_TAGS.contains(element.normalName());
        c.actionBox = isBox(element) && c.words > 0 && c.words <= MAX_ACTION_BOX_WORDS
                && ((c.control || c.credentials) && nagShare >= MIN_ACTION_BOX_NAG_SHARE
                        || c.credentials && c.words - c.formWords <= MAX_SIGNUP_PITCH_WORDS
                        || c.credentials && c.nagLineOutsideForm && !c.signUpBoxInside
                        || !c.structured && c.words <= MAX_TEASER_BOX_WORDS && nagShare >= MIN_TEASER_BOX_NAG_SHARE);
        c.separateNagBox = (c.actionBox || c.mostlyNag && isBox(element)) && c.words > c.formWords;
    }

    private static boolean isBox(Element element) {
        return BOX_TAGS.contains(element.normalName()) || element.normalName().indexOf('-') > 0;
    }

    private static void pushChildren(Element parent, ArrayDeque<Element> stack) {
        for (Element child = parent.lastElementChild(); child != null; child = child.previousElementSibling()) {
            stack.push(child); // not child(i), which counts the children before the i-th
        }
    }
}
