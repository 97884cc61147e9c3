package app.gleaner.extract.clean;

import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import app.gleaner.extract.page.Css;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * A page builder's names for its modules, read from the boxes a chrome word names. A framework names every module
 * of a page alike (HubSpot's {@code hs_cos_wrapper_widget}, Elementor's {@code elementor-widget}), one box per
 * paragraph or two, and its word ("widget") says nothing of each: such a name {@link #namesProse names the page's
 * text} when its boxes hold half the page's prose paragraphs or more, with those of its variants (the name with a
 * modifier that is no chrome word: a drop cap's). A module set between the first and the last of the article's text
 * modules that only the framework's words name chrome is {@link #sparesModule spared}, and so is a picture with its
 * caption alone beside one of them.
 * Built once per page by {@link ChromeRemover}.
 */
final class FrameworkNames {

    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(?:jpe?g|png|webp|avif|gif)(?:[?#].*)?$");
    /** Prose paragraphs of a module of the article's text: a promotion's module shows one. */
    static final int MODULE_PARAGRAPHS = 2;

    private final Map<Element, String> sharedNames;
    private final Set<String> names;
    /** The class words of the framework's names, lower case. */
    private final Set<String> words;
    private int first = -1;
    private int end = -1;
    /** The article's text modules. */
    private final Set<Element> textModules = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Reads {@code all} the elements below {@code root}, in document order; {@code chromeProse} holds those a chrome
     * word names chrome, each with the prose paragraphs it shows.
     */
    FrameworkNames(Element root, List<Element> all, Map<Element, Integer> chromeProse, ChromeWords classWords) {
        this.sharedNames = sharedNames(all, chromeProse.keySet());
        this.names = namesOfProse(chromeProse, sharedNames, root, classWords);
        this.words = names.stream().flatMap(name -> Stream.of(name.toLowerCase(Locale.ROOT).split(" ")))
                .collect(Collectors.toUnmodifiableSet());
        if (!names.isEmpty()) {
            findSpan(all, chromeProse);
        }
    }

    /** Whether a framework's name that names the page's text names {@code element} too. */
    boolean namesProse(Element element) {
        return names.contains(sharedNames.get(element));
    }

    /**
     * Whether the element at {@code index} of all is a module set among the article's text modules that only the
     * framework's words name chrome ({@code elementor-widget elementor-widget-image} between two text modules, read
     * "image"): the article's picture, quotation or figures. Beside them, the same words name the page's other
     * modules (a donation box, a list of posts), which the whole name tells apart no better.
     */
    boolean sparesModule(int index, Element element, ChromeWords classWords) {
        return (first >= 0 && index > first && index <= end || isPictureBesideText(element))
                && classWords.readBeyond(element, words) == ChromeWords.Reading.NONE;
    }

    /**
     * Whether {@code element} is a picture and its caption alone, set beside one of the article's text modules: its
     * picture after the last paragraph. A donation box or a list of posts beside the text says more than a caption,
     * and a banner links elsewhere.
     */
    private boolean isPictureBesideText(Element element) {
        Element column = element.parent();
        if (column == null || Find.first(element, Css.IMAGES) == null || Find.all(element, Css.LINKS).stream()
                .anyMatch(link -> !IMAGE_FILE.matcher(link.attr("href")).find())) {
            return false; // a banner leads to a shop's page; a picture's own link opens its file
        }
        return Boxes.saysOnlyItsCaptions(element)
                && column.children().stream().anyMatch(sibling -> sibling != element && textModules.stream()
                        .anyMatch(module -> module == sibling || module.parent() == sibling));
    }

    /**
     * The class names that name the page's own text: the boxes so named hold together half the page's prose
     * paragraphs or more. Prose behind a click does not count, and the whole name counts, not the word: a page
     * builder's sidebar shares the word "widget" with the article's box, not its name.
     */
    private static Set<String> namesOfProse(Map<Element, Integer> chromeProse, Map<Element, String> sharedNames,
            Element root, ChromeWords classWords) {
        Map<String, Integer> prose = new HashMap<>();
        chromeProse.forEach((element, paragraphs) -> {
            String name = sharedNames.get(element);
            if (paragraphs > 0 && !name.isEmpty()) {
                prose.merge(name, paragraphs, Integer::sum);
            }
        });
        if (prose.isEmpty()) {
            return Set.of();
        }
        int total = TextStats.proseParagraphs(root);
        Set<String> names = new HashSet<>();
        prose.forEach((name, paragraphs) -> {
            int all = paragraphs; // with its variants': a module whose name adds modifiers ("elementor-drop-cap-yes")
            for (Map.Entry<String, Integer> other : prose.entrySet()) {
                all += isVariant(other.getKey(), name, classWords) ? other.getValue() : 0;
            }
            if (all * 2 >= total && total > 1) {
                names.add(name);
            }
        });
        for (String name : prose.keySet()) {
            if (names.stream().anyMatch(named -> isVariant(name, named, classWords))) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }

    /**
     * Whether {@code name} is {@code of} with modifiers added, all of its classes and more, none of them a chrome
     * word: "elementor-drop-cap-yes" styles a text module, "sponsor-row" says what the box is.
     */
    private static boolean isVariant(String name, String of, ChromeWords classWords) {
        List<String> base = List.of(of.split(" "));
        Set<String> added = new HashSet<>(List.of(name.split(" ")));
        if (!added.containsAll(base)) {
            return false;
        }
        added.removeAll(base);
        return !added.isEmpty() && !classWords.namesChrome(String.join(" ", added));
    }

    /**
     * Where the modules stand: from the first box named as the boxes of prose are, holding {@link #MODULE_PARAGRAPHS}
     * and no other such box, to the end of the last; the wrappers around them (a column, a section) span the page's
     * other modules too.
     */
    private void findSpan(List<Element> all, Map<Element, Integer> chromeProse) {
        List<int[]> boxes = new ArrayList<>(); // each box's first and last element
        for (int at = 0; at < all.size(); at++) {
            Element element = all.get(at);
            if (chromeProse.getOrDefault(element, 0) >= MODULE_PARAGRAPHS && namesProse(element)) {
                boxes.add(new int[] {at, at + Find.all(element).size() - 1});
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            int[] box = boxes.get(i);
            if (i + 1 == boxes.size() || boxes.get(i + 1)[0] > box[1]) { // holds no other: a module, no wrapper
                first = first < 0 ? box[0] : first;
                end = Math.max(end, box[1]);
                textModules.add(all.get(box[0]));
            }
        }
    }

    /**
     * Each of {@code named}'s class names without its ids: the words with a digit that no other element of the page
     * carries. A page builder writes every module's own id as a class ({@code elementor-element-1dd7bd7}), which
     * would make each name its own; a word of its own without a digit ({@code sponsor-row}) says what the box is.
     */
    private static Map<Element, String> sharedNames(List<Element> all, Set<Element> named) {
        Map<String, Integer> carriers = new HashMap<>();
        for (Element element : all) {
            for (String word : element.classNames()) {
                carriers.merge(word, 1, Integer::sum);
            }
        }
        Map<Element, String> shared = new IdentityHashMap<>();
        for (Element element : named) {
            shared.put(element, element.classNames().stream()
                    .filter(word -> carriers.get(word) > 1 || !TextStats.hasDigit(word))
                    .collect(Collectors.joining(" ")));
        }
        return shared;
    }
}
