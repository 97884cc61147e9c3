package app.gleaner.extract;

/** What a reader acts on, as one selector, so stages that ask whether a block offers something to act on ask alike. */
final class Controls {

    /** A button (or an element acting as one) or a field to fill in. */
    static final String CONTROLS = "button, [role=button], input, select, textarea";
    /** A link, a button (or an element acting as one) or a field to fill in. */
    static final String LINKS_AND_CONTROLS = "a[href], " + CONTROLS;

    private Controls() {
    }
}
