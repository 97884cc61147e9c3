package app.gleaner.extract.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * The chrome words of {@code rules/chrome-tokens.txt} as they stand in an element's class and id, or in the name a
 * framework gives its component ({@code data-testid}…, a custom element's tag): "nav" in {@code main_Nav-bar}, "share"
 * in {@code share-tools}, "promo" in {@code <promo-slot>}, as whole words of one name ("nav" is not in "canvas"), and
 * as the head of a component's name in camel case ("promo" in {@code ArchivePromo_container__9dLqe}, not "share" in
 * {@code SharePriceChart}). A word marked {@link #PROSE_TOO_MARK} means chrome even around prose (a comment thread),
 * one marked {@link #BESIDE_TEXT_MARK} only beside the running text (a "sidebar" may be the story's own box); what
 * the others mean around prose, or a table of data, is {@link ChromeRemover}'s to decide. Immutable and thread-safe.
 */
final class ChromeWords {

    /** Attributes that name a component as a class would, read with the class and id. */
    private static final List<String> COMPONENT_ATTRIBUTES = List.of("data-component", "data-module", "data-widget",
            "data-testid", "data-test-id");

    /** A class word that names a post's category or tag ({@link #ownClasses}). */
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(?<=^|\\s)(?:category|tag)-\\S+");
    /** Marks a class word in the rule file that means chrome even around prose (comment threads). */
    static final String PROSE_TOO_MARK = "!";
    /** Marks a class word in the rule file that means chrome only beside the running text ("sidebar"). */
    static final String BESIDE_TEXT_MARK = "~";

    /** How an element's names (class, id, component) read. */
    enum Reading {
        /** No chrome word. */
        NONE,
        /** A chrome word, which prose inside may outweigh. */
        CHROME,
        /** A chrome word that means chrome even around prose ({@link #PROSE_TOO_MARK}). */
        CHROME_AROUND_PROSE,
        /** Only a chrome word that means chrome beside the running text ({@link #BESIDE_TEXT_MARK}). */
        CHROME_BESIDE_TEXT
    }

    /** Every word framed by hyphens ("-nav-"), marked ones included. */
    private final List<String> words;
    /** The words marked {@link #PROSE_TOO_MARK}, framed. */
    private final List<String> proseTooWords;
    /** The words marked {@link #BESIDE_TEXT_MARK}, framed. */
    private final List<String> besideTextWords;
    /** Every word bare, hyphen-joined ("related-posts"), marked ones included: the heads of compound names. */
    private final Set<String> heads;
    /** The words marked {@link #PROSE_TOO_MARK}, bare. */
    private final Set<String> proseTooHeads;
    /** The heads of the element's component names in camel case, read for as many words as the longest entry. */
    private final ComponentHeads componentHeads;
    /** The words marked {@link #BESIDE_TEXT_MARK}, bare. */
    private final Set<String> besideTextHeads;

    /** {@code tokens} lower-cased, as {@link app.gleaner.extract.rules.RuleList#loadLowerCase} reads them. */
    ChromeWords(List<String> tokens) {
        this.words = tokens.stream().map(ChromeWords::framed).toList();
        this.proseTooWords = tokens.stream().filter(t -> t.startsWith(PROSE_TOO_MARK)).map(ChromeWords::framed)
                .toList();
        this.heads = tokens.stream().map(ChromeWords::bare).collect(Collectors.toUnmodifiableSet());
        this.componentHeads = new ComponentHeads(heads.stream().mapToInt(head -> head.split("-").length).max()
                .orElse(1));
        this.proseTooHeads = tokens.stream().filter(t -> t.startsWith(PROSE_TOO_MARK)).map(ChromeWords::bare)
                .collect(Collectors.toUnmodifiableSet());
        this.besideTextWords = tokens.stream().filter(t -> t.startsWith(BESIDE_TEXT_MARK)).map(ChromeWords::framed)
                .toList();
        this.besideTextHeads = tokens.stream().filter(t -> t.startsWith(BESIDE_TEXT_MARK)).map(ChromeWords::bare)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** How {@code element}'s names read, each read once. */
    Reading read(Element element) {
        if (element.attributesSize() == 0 && element.normalName().indexOf('-') < 0 || isNeverChrome(element)) {
            return Reading.NONE; // most elements have no name at all
        }
        return read(ownClasses(element) + " " + element.id(), componentNames(element));
    }

    /**
     * {@code element}'s class words without the ones that name a post's topics: WordPress writes each category and
     * tag of a post into its box's class ({@code category-commenti}, {@code tag-advertising}), which say what the
     * story is about, not what the box is.
     */
    private static String ownClasses(Element element) {
        return TAXONOMY.matcher(element.className()).replaceAll(" "); // the class itself where none stands
    }

    /**
     * How {@code element}'s names read without a framework's words, {@code frameworkWords} (lower case): each such
     * class word left out, and one that extends such a word read for its own part ({@code elementor-widget-image}
     * reads "image", {@code elementor-widget-sidebar} "sidebar").
     */
    Reading readBeyond(Element element, Set<String> frameworkWords) {
        StringBuilder own = new StringBuilder();
        for (String word : ownClasses(element).split("\\s+")) {
            if (!word.isEmpty() && !frameworkWords.contains(word.toLowerCase(Locale.ROOT))) {
                own.append(' ').append(ownPart(word, frameworkWords));
            }
        }
        return read(own + " " + element.id(), componentNames(element));
    }

    /** Whether {@code classes}, class words alone, name chrome ("sponsor-row"). */
    boolean namesChrome(String classes) {
        return read(classes, "") != Reading.NONE;
    }

    /** What of {@code word} follows the longest framework word it extends, or the word itself. */
    private static String ownPart(String word, Set<String> frameworkWords) {
        for (int end = word.length() - 1; end > 0; end--) {
            if (isSeparator(word.charAt(end))
                    && frameworkWords.contains(word.substring(0, end).toLowerCase(Locale.ROOT))) {
                return word.substring(end + 1);
            }
        }
        return word;
    }

    private Reading read(String classAndId, String components) {
        String names = framedNames(classAndId, components);
        List<String> compoundHeads = componentHeads.of(classAndId, components);
        if (containsAny(names, proseTooWords) || compoundHeads.stream().anyMatch(proseTooHeads::contains)) {
            return Reading.CHROME_AROUND_PROSE;
        }
        int found = countAny(names, words) + (int) compoundHeads.stream().filter(heads::contains).count();
        if (found == 0) {
            return Reading.NONE;
        }
        int besideText = countAny(names, besideTextWords)
                + (int) compoundHeads.stream().filter(besideTextHeads::contains).count();
        return found == besideText ? Reading.CHROME_BESIDE_TEXT : Reading.CHROME;
    }

    /**
     * The page's body, {@code html}, {@code article} and {@code main}, and a picture's caption (Elementor's
     * {@code widget-image-caption}): never chrome by their names. A caption goes with its figure or not at all.
     */
    private static boolean isNeverChrome(Element element) {
        return element.nameIs("body") || element.nameIs("html") || element.nameIs("article") || element.nameIs("main")
                || element.nameIs("figcaption");
    }

    private static String framed(String token) {
        return "-" + bare(token) + "-";
    }

    private static String bare(String token) {
        String bare = token.startsWith(PROSE_TOO_MARK) || token.startsWith(BESIDE_TEXT_MARK) ? token.substring(1)
                : token;
        return bare.replace('_', '-');
    }

    /**
     * The names of the element's class, id and component, lower-cased, each framed by hyphens with its runs of
     * {@code -} and {@code _} made one hyphen ("main_Nav-bar" reads "-main-nav-bar-"), joined by spaces: a framed
     * chrome word ("-nav-") is in it when it is one or more whole words of one name.
     */
    private static String framedNames(String classAndId, String componentNames) {
        String names = (classAndId + componentNames).toLowerCase(Locale.ROOT);
        StringBuilder framed = new StringBuilder(names.length() + 8);
        boolean inName = false;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') { // white space as a class attribute separates names
                if (inName) {
                    framed.append('-');
                    inName = false;
                }
                continue;
            }
            if (!inName) {
                framed.append(framed.isEmpty() ? "-" : " -");
                inName = true;
            }
            if (!isSeparator(c)) {
                framed.append(c);
            } else if (i == 0 || !isSeparator(names.charAt(i - 1))) {
                framed.append('-'); // a run of separators is one hyphen
            }
        }
        if (inName) {
            framed.append('-');
        }
        return framed.toString();
    }

    /**
     * The names front-end frameworks give a component in attributes of their own ({@code data-testid="paywall-inline"},
     * {@code data-module="gift-article"}) or as a custom element's tag ({@code <newsletter-signup>}: the HTML standard
     * gives every custom element a hyphen), where the class is a hash ("_3Yq8r") or utilities: each after a space, as
     * written, empty when there are none.
     */
    private static String componentNames(Element element) {
        StringBuilder names = new StringBuilder();
        if (element.normalName().indexOf('-') > 0) {
            names.append(' ').append(element.normalName());
        }
        for (String attribute : COMPONENT_ATTRIBUTES) {
            String value = element.attr(attribute);
            if (!value.isEmpty()) {
                names.append(' ').append(value);
            }
        }
        return names.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_';
    }

    private static int countAny(String framedNames, List<String> framedWords) {
        if (framedNames.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String word : framedWords) {
            if (framedNames.contains(word)) {
                found++;
            }
        }
        return found;
    }

    private static boolean containsAny(String framedNames, List<String> framedWords) {
        if (framedNames.isEmpty()) {
            return false;
        }
        for (String word : framedWords) {
            if (framedNames.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
