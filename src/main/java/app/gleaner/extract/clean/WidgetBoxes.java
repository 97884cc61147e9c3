package app.gleaner.extract.clean;

import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.Headings;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Tiny boxes built around a button, which {@link NagBoxes} removes as widgets: a comment prompt ("What do you think?
 * [Have your say]"), a player bar, a poll, a row of toggles, a rating scale of buttons or of radio choices. The
 * article tells in sentences, not beside buttons; "Yes, by card or bank transfer. [Reply]" and "GET /v1/budgets/{year}
 * [Copy]" are text. Only the markup and the words are read. Stateless and thread-safe.
 */
final class WidgetBoxes {

    /** A box of up to this many words with a button or a field may be a widget. */
    static final int MAX_WIDGET_WORDS = 12;
    /**
     * A box of up to this many words with a field to type in is a widget too: a booking search ("Best hotel prices in
     * Cappadocia [Göreme] [check-in] [check-out] [Search] · With OtelBul · VAT included"), a calculator.
     */
    static final int MAX_FIELD_WIDGET_WORDS = 24;
    /** A field to type in: not a hidden one, a box to tick, a button or a list to pick from (a rating's). */
    private static final Evaluator FIELDS = Selector.evaluatorOf("input:not([type=hidden], [type=checkbox], "
            + "[type=radio], [type=submit], [type=button], [type=image], [type=reset], [type=range]), textarea");
    /**
     * A box of up to this many words around a rating scale (buttons numbered 1, 2, 3… or 0, 1, 2…, at least
     * {@link #MIN_SCALE_POINTS}) is a rating widget, however it words its request ("Did this article help you? Give
     * it one to five stars."). A quiz's numbered answers do not count from one; a chart's years do not either.
     */
    static final int MAX_RATING_WORDS = 40;
    /** Points of the smallest rating scale. */
    static final int MIN_SCALE_POINTS = 3;
    /** Where a widget box never lies, and what it never holds: the article's header, code, a figure, a table. */
    private static final Evaluator CHOICES = Selector.evaluatorOf("input[type=radio], [role=radio]");
    private static final Evaluator LABELS = Selector.evaluatorOf("label");
    private static final Evaluator WIDGET_FREE = Selector.evaluatorOf("header, pre, code, kbd, samp, figure, table");
    /** What a widget box never holds: media, or a control that discloses more (a spoiler, an answer). */
    private static final Evaluator WIDGET_SHOWS =
            Selector.evaluatorOf("img, picture, video, audio, iframe, [aria-expanded], [aria-controls]");
    /** Characters that end a statement: a box whose words end so says something of its own beside its buttons. */
    private static final String STATEMENT_ENDS = ".。";
    /** Characters of a path, a command or code beside a copy button ("GET /v1/budgets/{year}"). */
    private static final Pattern CODE_LIKE = Pattern.compile("[/{}=$_<>\\\\]");
    /** A choice's label that is a point of a scale: a number of one or two digits, alone or before one word. */
    private static final Pattern SCALE_POINT = Pattern.compile("(\\d{1,2})(?:\\s+\\S+)?");

    private WidgetBoxes() {
    }

    /**
     * Whether {@code box}, holding a button or a field and {@code words} words, is a widget: up to
     * {@link #MAX_WIDGET_WORDS} words, {@link #MAX_FIELD_WIDGET_WORDS} around a field to type in, or
     * {@link #MAX_RATING_WORDS} around a rating scale, and shaped as a widget
     * ({@link #isWidgetShaped}).
     */
    static boolean isWidget(Element box, int words) {
        if (words == 0 || words > MAX_WIDGET_WORDS && (words > MAX_RATING_WORDS || !holdsARatingScale(box))
                && (words > MAX_FIELD_WIDGET_WORDS || Find.first(box, FIELDS) == null)) {
            return false;
        }
        return isWidgetShaped(box);
    }

    /**
     * Shaped as a widget: what {@code box} says beside its buttons asks a question, or is no statement, no code and no
     * heading (a recipe's name beside its Print button heads the recipe); it shows no media and discloses nothing more
     * (a gallery, a spoiler, an answer, {@link #isQuestionsToggle}), and neither lies in nor holds a header, code, a
     * figure or a table.
     */
    private static boolean isWidgetShaped(Element box) {
        if (box.closest(WIDGET_FREE) != null || Find.first(box, WIDGET_FREE) != null
                || Find.first(box, WIDGET_SHOWS) != null) {
            return false;
        }
        String text = Boxes.textBeside(box, Controls.BUTTON_ELEMENTS).strip();
        if (text.isEmpty()) {
            return true;
        }
        return Questions.asks(text) ? !isQuestionsToggle(box)
                : STATEMENT_ENDS.indexOf(text.charAt(text.length() - 1)) < 0 && !CODE_LIKE.matcher(text).find()
                        && Find.first(box, Headings.ANY) == null;
    }

    /**
     * An FAQ entry's heading with the button that toggles its answer, the answer after it ("<h4>Do I need a club
     * licence?</h4><button aria-label=Expand></button>", then "<p>No, anyone can ride.</p>"): the question is a
     * heading, its buttons say nothing (an icon), and the box's next element says a statement and holds no control. A
     * prompt's question has a button that says what to do ("What do you think? [Have your say]").
     */
    private static boolean isQuestionsToggle(Element box) {
        Element answer = box.nextElementSibling();
        if (Find.first(box, Headings.ANY) == null || answer == null
                || box.select(Controls.BUTTON_ELEMENTS).stream().anyMatch(Element::hasText)
                || answer.selectFirst(Controls.LINKS_AND_CONTROLS) != null) {
            return false;
        }
        String said = answer.text().strip();
        return !said.isEmpty() && STATEMENT_ENDS.indexOf(said.charAt(said.length() - 1)) >= 0;
    }

    /**
     * Whether {@code box}, holding radio buttons or elements that act as them and {@code words} words, is a rating
     * widget: up to {@link #MAX_RATING_WORDS} words around choices that number a scale ("Hast du dieses Rezept schon
     * ausprobiert? ☆ ☆ ☆ ☆ ☆", each star "1 Stern" … "5 Sterne" to assistive technology), shaped as a widget is. A
     * poll's or a quiz's choices are words, not a scale.
     */
    static boolean isRatingWidget(Element box, int words) {
        return words > 0 && words <= MAX_RATING_WORDS && holdsARatingScale(box) && isWidgetShaped(box);
    }

    /**
     * Whether the buttons or choices of {@code box} number a scale: 1, 2, 3… or 0, 1, 2…, with no number left out.
     * A point is a button's label of one or two digits, or a radio choice's name for assistive technology or label
     * that is such a number, alone or before one word ("4", "4 Sterne"); not its value, which numbers a quiz's worded
     * answers as well.
     */
    private static boolean holdsARatingScale(Element box) {
        BitSet points = new BitSet();
        for (Element button : box.select(Controls.BUTTON_ELEMENTS)) {
            String label = button.text().strip();
            if (!label.isEmpty() && label.length() <= 2 && label.chars().allMatch(Character::isDigit)) {
                points.set(Integer.parseInt(label));
            }
        }
        for (Element choice : Find.all(box, CHOICES)) {
            Element label = choice.closest(LABELS);
            for (String text : new String[] {choice.attr("aria-label"), label != null ? label.text() : choice.text()}) {
                Matcher point = SCALE_POINT.matcher(text.strip());
                if (point.matches()) {
                    points.set(Integer.parseInt(point.group(1)));
                    break;
                }
            }
        }
        int first = points.get(0) ? 0 : 1;
        int count = points.cardinality();
        return count >= MIN_SCALE_POINTS && points.nextClearBit(first) == first + count;
    }
}
