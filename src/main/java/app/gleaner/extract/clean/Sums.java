package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Sums of money, the mark of a box that asks the reader to pay: a currency's sign or code beside a number ("$12",
 * "9,99 €", "R$ 5"), or its name after one ("1 euro", "980円"); the amounts of an amount picker; the priced lines of
 * an offer of plans. A story names prices too, inside its sentences or in a table; what tells an offer is that its
 * sums stand alone, to be chosen. Stateless.
 */
final class Sums {

    /** A number beside a currency sign or code, on either side. */
    private static final Pattern SIGNED = Pattern.compile(
            "(?:[$€£¥₹₽₩₪₺₴₫฿]|\\b(?:USD|EUR|GBP|CHF|R\\$|kr|zł|Kč|Ft|lei|TL)\\b)\\s?\\d|\\d\\s?(?:[$€£¥₹₽₩₪₺₴₫฿]"
                    + "|(?:USD|EUR|GBP|CHF|kr|zł|Kč|Ft|lei|TL)\\b)");
    /** Hungarian case endings written onto a currency's name: "forintért", "forintot", "euróval". */
    private static final String HUNGARIAN_ENDINGS = "ért|ot|t|tal|val|ból|ba|ra|nak|nyi";
    /**
     * A number with a currency's name after it ("1 euro", "2 dollars a week", "980円"), as languages write it: after
     * Romanian's "de" ("25 de lei", not Dutch "in 1999 de euro"), with Hungarian's endings ("990 forintért", not
     * "27 európai"); in scripts without spaces the name runs into the next word.
     */
    private static final Pattern NAMED = Pattern.compile(
            "\\d\\s?(?:de\\s(?:lei|dolari)|euros?|dollars?|pounds?|francs?|pesos?|reais|real|złotych|złote|zł|kronor"
                    + "|kroner|krona|krone|koruna|korun|kuna|forint(?:" + HUNGARIAN_ENDINGS + ")?|lei|lira|rupees?|rupiah"
                    + "|baht|ringgit|dinars?|dirhams?|riyals?|yen|yuan|won|рублей|рубля|гривень|гривні|грн|евро|ευρώ"
                    + "|euró(?:" + HUNGARIAN_ENDINGS + ")?|eura|रुपये|रुपए|ريال|درهم|جنيه|دينار|دولارات|دولارًا|دولارا"
                    + "|دولار|يورو)\\b"
                    + "|\\d\\s?(?:円|元|원|บาท)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Choices of a sum of money that make a box with a button or field an amount picker. */
    static final int MIN_AMOUNT_CHOICES = 2;
    /** Words of a choice that is a sum ("$12 a month", "Give 5 €"). */
    private static final int MAX_AMOUNT_WORDS = 5;
    /** A box of plans ({@link #isPricedOffer}) has up to this many words: an offer card, not a section. */
    static final int MAX_OFFER_BOX_WORDS = 200;
    /** Priced lines that make a box with a call and a nag phrase an offer of plans. */
    static final int MIN_OFFER_CHOICES = 2;
    /** Words of a plan's priced line ("4 Wochen für 0,99 €, danach 9,99 € im Monat"). */
    private static final int MAX_PRICE_LINE_WORDS = 12;

    private Sums() {
    }

    /** True when {@code text} names a sum of money: a sign or code beside a number, or a currency's name after one. */
    static boolean namedIn(String text) {
        return SIGNED.matcher(text).find() || NAMED.matcher(text).find();
    }

    /**
     * How many sums of money {@code text} names at least: those it names by a sign or code, or by a currency's name,
     * whichever are more ("25 lei" is both, and counts once).
     */
    static long countIn(String text) {
        return Math.max(SIGNED.matcher(text).results().count(), NAMED.matcher(text).results().count());
    }

    /**
     * A label or option to tick, or a button, whose words are a sum of money by its sign or code ("$12", "40 ₪", "20
     * lei"): with another, a box asks the reader to pay, whatever its prose says. Price tables in articles have nothing
     * to tick or press. A currency's name is no sign here: a quiz's "900 pounds" or "2 real roots" is no price.
     */
    static boolean isAmountChoice(Element element) {
        boolean choice = element.nameIs("option") || element.nameIs("button")
                || element.nameIs("label") && element.selectFirst("input[type=radio], input[type=checkbox]") != null;
        return choice && TextStats.words(element) <= MAX_AMOUNT_WORDS && SIGNED.matcher(element.text()).find();
    }

    /** A short line of {@code words} words that names a sum by its sign or code: maybe a plan's price. */
    static boolean isPricedLine(Element element, int words) {
        return words <= MAX_PRICE_LINE_WORDS && SIGNED.matcher(element.text()).find();
    }

    /**
     * An offer of plans, given two choices priced on their own short lines or more (counted by the caller): a link or
     * a button to take one and a nag phrase ("Weiterlesen mit PLUS … <p>4 Wochen für 0,99 €, danach 9,99 €</p> …
     * [Jetzt testen]"), with at most one paragraph of prose and no table of data. A price table in a story has its
     * rows; a story's paragraph about prices names them inside its sentences.
     */
    static boolean isPricedOffer(Element box, NagPhrases nagPhrases) {
        return Find.first(box, Css.LINKS_AND_BUTTONS) != null && box.selectFirst("table, dl") == null
                && TextStats.proseParagraphs(box) <= 1
                && nagPhrases.names(box.text());
    }
}
