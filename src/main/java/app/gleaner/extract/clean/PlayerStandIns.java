package app.gleaner.extract.clean;

import app.gleaner.extract.page.BrowserHints;
import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Nesting;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.rules.RuleList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The stand-ins for players a page has not loaded yet — a frame left blank by a lazy loader or a consent manager, a
 * frame kept as a template, a player library's element, a placeholder with a thumbnail and a play button — made the
 * frames they stand for before any stage judges the page, so that the stages after see a player where the reader saw
 * one and {@link EmbeddedMedia} keeps it as a link. The consent manager's notice beside a frame it blocked goes.
 * Immutable and thread-safe.
 */
public final class PlayerStandIns {

    /** What a consent notice offers to act on: a button, a field, a link that only runs a script or stays put. */
    private static final Evaluator NOTICE_CONTROLS =
            Selector.evaluatorOf(Controls.CONTROLS + ", a[href^=#], a[href^=javascript:]");
    /** What marks a consent manager's box in its attributes' names and values. */
    private static final Pattern CONSENT_MARKS = Pattern.compile(
            "(?i)consent|cookie|gdpr|privacy|blocked|blocker|opt-?out|didomi|usercentrics|borlabs|cmplz|klaro");
    /** Cookies named in a notice's words, in any language that borrows the word ("marketingové cookies"). */
    private static final Pattern COOKIES = Pattern.compile("(?i)cookie");
    /** A caption of a figure, or a block its class or id names one ("wp-caption-text"). */
    private static final String CAPTIONS = "figcaption, [class*=caption], [id*=caption]";
    /** A template's markup kept in base64, as some consent managers keep the frame they block. */
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]{16,}");
    /**
     * What is never a player's placeholder: a link, a picture, a quotation (an embedded post keeps its text), code, a
     * line of text (a paragraph, a heading, a list item) that carries a video's address for a script.
     */
    private static final Set<String> NO_PLACEHOLDERS = Set.of("a", "img", "picture", "source", "video", "audio",
            "blockquote", "code", "pre", "kbd", "samp", "script", "template", "noscript", "link", "meta", "head",
            "svg", "p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "label");
    /**
     * Words a placeholder says at most besides its captions: a play button's label ("Play video", "Video abspielen"),
     * a duration. More is a card or a section that carries a video's address for a script: its words are the story's.
     */
    static final int MAX_PLACEHOLDER_WORDS = 6;

    /**
     * One line of the player elements' file: an element ({@code *}: any), the attribute holding a video's id, and the
     * player's address, with {@code {}} for the id and {@code {name}} for the value of another of its attributes. The
     * attribute may give the form of its value, {@code id=botr_{}_{player}_div}: the id stands at {@code {}}, and a
     * part the address names stands at {@code {name}}.
     */
    private record PlayerElement(String name, String idAttribute, Pattern idForm, List<String> parts, String address) {

        private static final String ANY = "*";
        private static final Pattern PLACE = Pattern.compile("\\{([a-z-]*)}");
        /** What an id or a part of one is made of in an attribute's value. */
        private static final String ID_CHARACTERS = "([A-Za-z0-9-]+)";

        static PlayerElement parse(String entry) {
            String[] columns = entry.split("\\s+", 3);
            String[] attribute = columns[1].split("=", 2);
            List<String> parts = new ArrayList<>();
            Pattern form = null;
            if (attribute.length == 2) {
                Matcher place = PLACE.matcher(attribute[1]);
                StringBuilder regex = new StringBuilder();
                int literal = 0;
                while (place.find()) {
                    regex.append(Pattern.quote(attribute[1].substring(literal, place.start()))).append(ID_CHARACTERS);
                    parts.add(place.group(1));
                    literal = place.end();
                }
                form = Pattern.compile(regex.append(Pattern.quote(attribute[1].substring(literal))).toString());
            } else {
                parts.add(""); // without a form, the whole value is the id
            }
            return new PlayerElement(columns[0].toLowerCase(Locale.ROOT), attribute[0], form, List.copyOf(parts),
                    columns[2]);
        }

        /** The address {@code element} plays, or "" when it is no such element or lacks an attribute. */
        String addressOf(Element element) {
            if (name.equals(ANY) ? element.attributesSize() == 0 : !element.nameIs(name)) {
                return "";
            }
            String value = element.attr(idAttribute).strip();
            if (value.isEmpty()) {
                return "";
            }
            Matcher matcher = idForm == null ? null : idForm.matcher(value);
            if (matcher != null && !matcher.matches()) {
                return "";
            }
            Matcher place = PLACE.matcher(address);
            StringBuilder filled = new StringBuilder();
            while (place.find()) {
                int at = parts.indexOf(place.group(1));
                String part = at < 0 ? element.attr(place.group(1)).strip()
                        : matcher == null ? value : matcher.group(at + 1);
                if (part.isEmpty()) {
                    return "";
                }
                place.appendReplacement(filled, Matcher.quoteReplacement(part));
            }
            return place.appendTail(filled).toString();
        }
    }

    private final EmbeddedMedia media;
    private final NagPhrases nagPhrases;
    private final List<PlayerElement> playerElements;

    /** Player elements from the bundled rule file; media hosts and nag phrases shared with the other stages. */
    public PlayerStandIns(EmbeddedMedia media, NagPhrases nagPhrases) {
        this(media, nagPhrases, RuleList.load("player-elements.txt"));
    }

    PlayerStandIns(EmbeddedMedia media, NagPhrases nagPhrases, List<String> playerElements) {
        this.media = media;
        this.nagPhrases = nagPhrases;
        this.playerElements = playerElements.stream().map(PlayerElement::parse).toList();
    }

    /**
     * Makes each stand-in for a player below {@code root} the frame it stands for, before any stage judges the page,
     * so that the stages after see a player where the reader saw one:
     * <ul>
     * <li>a frame that a lazy loader or a consent manager left blank gets the media address it keeps in another
     * attribute ({@code data-src}, {@code data-src-cmplz}, {@code data-cookieblock-src}…) and is shown: its
     * placeholder was what the reader saw;
     * <li>a frame a consent manager keeps as a template ({@code <script type="text/template">}, plain or in base64)
     * is made anew;
     * <li>a player library's element ({@code <lite-youtube videoid>}, {@code rules/player-elements.txt}), a
     * placeholder that keeps a player's address in a data attribute and says no more than a play button's label
     * ({@link #MAX_PLACEHOLDER_WORDS} words) or a consent notice beside a control ({@link #isConsentBox}), and a
     * failed embed showing its address as a figure's only text, are replaced by a frame of that address; their
     * thumbnail, notice and play button go, their captions (and, but for a consent box, their prose) stay.
     * </ul>
     * A revealed frame leaves the small box around it ({@link #placeholderOf}), which the overlay rules may take as a
     * consent notice; the parts of that box that name a nag phrase and offer a control go now ({@link
     * #removeNotices}).
     */
    public void reveal(Element root, RemovalLog log) {
        for (Element element : Find.all(root)) { // document order: a placeholder before what it holds
            if (element == root) {
                continue;
            }
            if (element.nameIs("iframe") || element.nameIs("script")) {
                Element frame = element.nameIs("iframe") ? unblocked(element) : templateFrame(element);
                if (frame != null && Nesting.isWithin(element, root)) { // not inside a notice already removed
                    Element placeholder = placeholderOf(element, root);
                    if (placeholder != frame) { // out of the consent manager's box, which the overlay rules may take
                        placeholder.before(frame);
                    }
                    removeNotices(frame, placeholder, log);
                }
            } else {
                String address = placeholderAddress(element);
                if (!address.isEmpty() && Nesting.isWithin(element, root)) { // not in a stand-in already replaced
                    replace(element, address);
                }
            }
        }
    }

    /**
     * {@code frame}, given the media address kept aside for it and shown, or null when it needs neither: its own
     * {@code src} plays something (or nothing kept aside would), not a blank page or a lazy loader's placeholder image.
     */
    private Element unblocked(Element frame) {
        String address = media.addressKeptAside(frame);
        return address.isEmpty() ? null
                : frame.attr("src", address).removeAttr(BrowserHints.HIDDEN).removeAttr("hidden").removeAttr("style");
    }

    /**
     * A new frame of the media player that the template {@code script} holds (a script of a type no browser runs,
     * "text/template", its markup plain or in base64), or null.
     */
    private Element templateFrame(Element script) {
        String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/") || type.equals("text/javascript")) {
            return null;
        }
        String markup = script.data().strip();
        if (!markup.contains("<") && BASE64.matcher(markup).matches()) {
            try {
                markup = new String(Base64.getMimeDecoder().decode(markup), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!markup.contains("<iframe")) {
            return null;
        }
        for (Element held : Jsoup.parseBodyFragment(markup, script.baseUri()).select("iframe")) {
            String address = EmbeddedMedia.webAddress(held, "src");
            if (media.kindOf(address) != null) {
                return frameOf(address, held.attr("title").strip());
            }
        }
        return null;
    }

    /**
     * The placeholder of the player that {@code part} belongs to: its largest ancestor below {@code root} that holds
     * no other player, no caption and at most {@link NagPhrases#MAX_NAG_WORDS} words (a consent manager's box is a
     * nag), and is no paragraph (a player in a line of text stays in it).
     */
    private static Element placeholderOf(Element part, Element root) {
        Element placeholder = part;
        for (Element up = part.parent(); up != null && up != root && !up.nameIs("p")
                && up.select(EmbeddedMedia.PLAYERS).size() <= 1 && !holdsCaption(up)
                && TextStats.words(up.text()) <= NagPhrases.MAX_NAG_WORDS; up = up.parent()) {
            placeholder = up;
        }
        return placeholder;
    }

    private static boolean holdsCaption(Element element) {
        return element.selectFirst(CAPTIONS) != null;
    }

    /**
     * What a stand-in holds that is the story's, each once (none inside another): its captions, and with {@code prose}
     * the lines of prose a player's element may carry beside its controls (a description of the video, a sentence at
     * least a prose paragraph long).
     */
    private static List<Element> storyPartsOf(Element standIn, boolean prose) {
        List<Element> parts = Find.all(standIn).stream()
                .filter(part -> part != standIn && (part.is(CAPTIONS) || prose && isProseLine(part))).toList();
        return parts.stream()
                .filter(part -> parts.stream().noneMatch(other -> other != part && Nesting.isWithin(part, other)))
                .toList();
    }

    private static boolean isProseLine(Element element) {
        String text = element.text();
        return element.children().stream().noneMatch(child -> child.tag().isBlock())
                && TextStats.latinLength(text) >= TextStats.PROSE_PARAGRAPH_CHARS && TextStats.endsASentence(text);
    }

    /**
     * Removes the consent manager's notices from the box {@code frame} came out of: the parts that name a nag phrase
     * and offer a control to act on ("Accept marketing cookies to watch this video. <button>Accept</button>",
     * "Cookie settings", a link that only runs a script). A frame that stood alone leaves its neighbours to the overlay
     * rules, and a line beside the player that offers nothing to act on stays, whatever it names (a caption, a note
     * on the newsletter the story is from).
     */
    private void removeNotices(Element frame, Element box, RemovalLog log) {
        if (box == frame) {
            return;
        }
        for (Element part : Find.all(box)) { // document order: a notice before its parts
            if (Nesting.isWithin(part, box) && isNotice(part)) {
                log.remove(part);
            }
        }
    }

    private boolean isNotice(Element part) {
        return Find.first(part, NOTICE_CONTROLS) != null && TextStats.words(part.text()) <= NagPhrases.MAX_NAG_WORDS
                && nagPhrases.names(part.text()) && !holdsCaption(part)
                && part.selectFirst(EmbeddedMedia.PLAYERS) == null && placeholderAddress(part).isEmpty();
    }

    /** Replaces the stand-in {@code element} with a frame of {@code address}, keeping its story's parts. */
    private void replace(Element element, String address) {
        Element frame = frameOf(address, titleOf(element));
        List<Element> kept = storyPartsOf(element, !isConsentBox(element));
        if (kept.isEmpty()) {
            element.replaceWith(frame);
        } else { // the placeholder is the figure: the frame takes its place beside the caption
            element.empty().appendChild(frame).appendChildren(kept);
        }
    }

    private static Element frameOf(String address, String title) {
        Element frame = new Element("iframe").attr("src", address);
        return title.isEmpty() ? frame : frame.attr("title", title);
    }

    /**
     * The player's address {@code element} stands in for, or "" when it is no player's placeholder. The cheap tests
     * come first: this runs on every element of the page.
     */
    private String placeholderAddress(Element element) {
        for (PlayerElement player : playerElements) {
            String address = player.addressOf(element);
            if (!address.isEmpty()) {
                return address;
            }
        }
        if (NO_PLACEHOLDERS.contains(element.normalName())) {
            return "";
        }
        String address = media.mediaAttribute(element);
        if (address.isEmpty() && element.childNodeSize() == 1 && element.firstChild() instanceof TextNode text
                && element.closest(Css.FIGURES) != null) {
            String shown = text.getWholeText().strip(); // an embed that failed shows its address in its figure
            address = shown.startsWith("http") && media.kindOf(EmbeddedMedia.webAddress(shown)) != null ? shown : "";
        }
        if (address.isEmpty() || element.selectFirst(EmbeddedMedia.PLAYERS + ", blockquote") != null) {
            return "";
        }
        int words = TextStats.words(Boxes.textBeside(element, CAPTIONS));
        return words <= MAX_PLACEHOLDER_WORDS || words <= NagPhrases.MAX_NAG_WORDS && isConsentBox(element) ? address
                : "";
    }

    /**
     * Whether a placeholder that keeps a player's address offers a control to act on (a button, a field, a link that
     * only runs a script) and says it is a consent manager's, by its marks ({@code class="embed-consent"}, {@code
     * data-consent-vendor}, a consent manager's name) or its words (cookies, a nag phrase): what it says beside its
     * captions is a notice ("Pro zobrazení videa z YouTube je potřeba povolit marketingové cookies.
     * <button>Povolit</button>"), in whatever language, not the story's. A video's card with its "Watch" button and
     * a venue's map with "Get directions" say neither.
     */
    private boolean isConsentBox(Element placeholder) {
        if (Find.first(placeholder, NOTICE_CONTROLS) == null) {
            return false;
        }
        String text = placeholder.text();
        if (COOKIES.matcher(text).find() || nagPhrases.names(text)) {
            return true;
        }
        for (Element part : Find.all(placeholder)) {
            for (Attribute attribute : part.attributes()) {
                // not an address: a player's own may hold the word ("youtube-nocookie.com")
                if (CONSENT_MARKS.matcher(attribute.getKey()).find() || !attribute.getValue().contains("//")
                        && CONSENT_MARKS.matcher(attribute.getValue()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a placeholder calls its player: its title, label or the alt text a lazy loader keeps for the frame. */
    private static String titleOf(Element placeholder) {
        for (String attribute : List.of("title", "aria-label", "data-title", "data-alt")) {
            String title = placeholder.attr(attribute).strip();
            if (!title.isEmpty()) {
                return title;
            }
        }
        return "";
    }
}
