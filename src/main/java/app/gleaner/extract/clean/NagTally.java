package app.gleaner.extract.clean;

/**
 * What {@link NagBoxes}' bottom-up walk learned about one element's subtree: its words and how many of them are nag
 * words, the controls, fields and sums it holds, and the verdicts they give the element.
 * One per element and page; the walk fills it in and nothing changes it afterwards.
 */
final class NagTally {
    int words;
    int nagWords;
    boolean nag;
    /** A button, a form field, or a short link set apart that is itself a call to action ("Je m'abonne"). */
    boolean control;
    /** A button or a form field: a widget, whatever its links say. */
    boolean formControl;
    /** A radio button, or an element that acts as one: a choice, maybe a point of a rating scale. */
    boolean choice;
    /** A field asking for an e-mail address or a password. */
    boolean credentials;
    /** A list, table, figure, picture, field or button: structure a teaser line and its call do not have. */
    boolean structured;
    /** Choices to tick that are sums of money ("<label><input type=radio> $12</label>"): an amount picker. */
    int amountChoices;
    /** Short lines that name a sum of money, innermost only ({@link Sums#isPricedOffer}): a plan's price. */
    int pricedLines;
    /** Characters of the subtree's text other than white space, and elements: what reading its text costs. */
    int chars;
    int elements = 1;
    /** A digit in the subtree's text: only then may it name a sum. */
    boolean digit;
    /** Code in the subtree: program text quotes a banner's words ("This site uses cookies"), never says them. */
    boolean code;
    /** Words inside {@code <form>} elements: a sign-up box's own labels and buttons, not its pitch. */
    int formWords;
    /** Verdicts on the element itself, and whether one holds for an element inside. */
    boolean mostlyNag;
    boolean actionBox;
    /** A nag box with words of its own beside any form: not a heading, not merely the form of its parent. */
    boolean separateNagBox;
    boolean nagBoxInside;
    /** A block inside that is mostly nag and no box: a call on its own line ("Log in / Register for free"). */
    boolean nagLineInside;
    /** As {@link #nagLineInside}, outside any form: a sign-up box's heading or fine print, not its button. */
    boolean nagLineOutsideForm;
    /** A sign-up box inside, with words of its own beside its e-mail or password field. */
    boolean signUpBoxInside;
}
