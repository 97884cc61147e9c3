package app.gleaner.extract.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * What a reader acts on — links, buttons, fields to fill in, choices — as selectors and predicates, so stages that ask
 * whether a block offers something to act on ask alike.
 */
final class Controls {

    /** A field's name or id that says e-mail: "EMAIL", "fields[email]", "userEmail", "mail", "courriel", "epost". */
    private static final Pattern E_MAIL_WORD = Pattern.compile(
            "(?i)(?<!voic)e[-_]?mail|courriel|correo|(?<![a-z])e-?post(?![a-z])|(?<![a-z])mail(?![a-z])");
    /** A placeholder that is an address and nothing else: "name@example.com", not "@ann@social.example". */
    private static final Pattern E_MAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s:/]+\\.\\p{L}{2,}");
    /** Inputs that are not a call to act: choices in a list or a poll, hidden values, page search. */
    private static final Set<String> CHOICE_INPUTS = Set.of("hidden", "checkbox", "radio", "search", "range");

    /** A button, or an element acting as one. */
    static final String BUTTON_ELEMENTS = "button, [role=button]";
    /** A button (or an element acting as one) or a field to fill in. */
    static final String CONTROLS = BUTTON_ELEMENTS + ", input, select, textarea";
    /** A link, a button (or an element acting as one) or a field to fill in. */
    static final String LINKS_AND_CONTROLS = "a[href], " + CONTROLS;

    /**
     * A button: the element, one acting as one, or a web component's own button, named so by its library
     * ({@code <sl-button>}, {@code <md-filled-button>}, {@code <ion-button>}).
     */
    static final Evaluator BUTTONS = new CombiningEvaluator.Or(List.of(Selector.evaluatorOf(BUTTON_ELEMENTS),
            new Evaluator() {
                @Override
                public boolean matches(Element root, Element element) {
                    return element.normalName().endsWith("-button");
                }

                @Override
                public String toString() {
                    return "*-button";
                }
            }));

    private Controls() {
    }

    /**
     * A button or a field to fill in. Check boxes, radio buttons and search fields are left out: ingredient lists,
     * polls and page search carry them beside ordinary text.
     */
    static boolean isFormControl(Element element) {
        return element.nameIs("button") || element.nameIs("select") || element.nameIs("textarea")
                || element.nameIs("input") && !CHOICE_INPUTS.contains(element.attr("type").toLowerCase(Locale.ROOT))
                || element.attr("role").equalsIgnoreCase("button");
    }

    /** A radio button, or an element that says it acts as one. */
    static boolean isChoice(Element element) {
        return element.nameIs("input") && element.attr("type").equalsIgnoreCase("radio")
                || element.attr("role").equalsIgnoreCase("radio");
    }

    /**
     * A field for an e-mail address or a password: by its type or autocomplete hint, or, as a sign-up form's plain
     * text field, by a name or id that says e-mail ({@link #E_MAIL_WORD}) or a placeholder that is an address
     * ({@code name@example.com}).
     */
    static boolean isCredentialField(Element element) {
        if (!element.nameIs("input")) {
            return false;
        }
        String type = element.attr("type").toLowerCase(Locale.ROOT);
        String autocomplete = element.attr("autocomplete").toLowerCase(Locale.ROOT);
        return type.equals("email") || type.equals("password")
                || autocomplete.equals("email") || autocomplete.endsWith("password")
                || (type.isEmpty() || type.equals("text")) && (E_MAIL_WORD.matcher(element.attr("name")).find()
                        || E_MAIL_WORD.matcher(element.id()).find()
                        || E_MAIL_ADDRESS.matcher(element.attr("placeholder").strip()).matches());
    }
}

