package app.gleaner.extract.clean;

import app.gleaner.extract.page.Css;
import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.TextStats;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A page's table of contents: a list of {@link #MIN_ENTRIES} items or more, nested lists included, whose every link
 * leads to a place on the same page ({@code #ingredients}), most of them to a place the page holds, and whose items
 * say nothing outside their links but their numbers; taken with the boxes around it that hold nothing else but its
 * label ("Jump to:", "Inhaltsverzeichnis", a {@code <summary>}). In a saved copy its links lead nowhere, and the
 * headings they led to are the article's outline; a list whose places the page does not hold is the only place its
 * words stand, and stays. A list of footnotes says its notes beside the links back to the text, so it stays too.
 * Stateless and thread-safe.
 */
final class ContentsLists {

    /** Places a link within the page may lead to. */
    private static final Evaluator PLACES = Selector.evaluatorOf("[id], a[name]");

    /** Lists, each a contents list maybe. */
    private static final Evaluator LISTS = Selector.evaluatorOf("ul, ol");

    /** Entries a table of contents lists at least: two links to places are a sentence's cross-references. */
    static final int MIN_ENTRIES = 3;
    /** Words a table of contents' label says at most: "Table of contents", "Auf dieser Seite", "Jump to". */
    static final int MAX_LABEL_WORDS = 4;
    /** What a label's box does not hold beside the list. */
    private static final Evaluator NOT_LABELS = Selector.evaluatorOf("ul, ol, table, img, picture, video, iframe");
    /** What an item may say outside its link: its number ("1.", "2.3", "IV)") and punctuation. */
    private static final Pattern NUMBERING = Pattern.compile("[\\s\\p{P}\\p{N}ivxlIVXL]*");

    private ContentsLists() {
    }

    /** The tables of contents below {@code root} with their labels' boxes, outermost only, in document order. */
    static List<Element> in(Element root) {
        List<Element> contents = new ArrayList<>();
        Set<String> places = null;
        for (Element list : Find.all(root, LISTS)) {
            List<Element> links = Find.all(list, Css.ANCHORS);
            if (contents.stream().anyMatch(list.parents()::contains) || !isContents(list, links)) {
                continue;
            }
            places = places != null ? places : places(root);
            if (!leadsToPlacesHeld(links, places)) {
                continue;
            }
            Element box = list;
            for (Element e = list.parent(); e != null && e != root && holdsOnlyALabelBeside(e, list); e = e.parent()) {
                box = e;
            }
            contents.add(box);
        }
        return contents;
    }

    /** The places of {@code root} a link may lead to: its elements' ids and its anchors' names. */
    private static Set<String> places(Element root) {
        Set<String> places = new HashSet<>();
        for (Element place : Find.all(root, PLACES)) {
            places.add(place.id());
            places.add(place.attr("name"));
        }
        places.remove("");
        return places;
    }

    /** Whether most of a list's {@code links} lead to {@code places}, their fragments read as written or decoded. */
    private static boolean leadsToPlacesHeld(List<Element> links, Set<String> places) {
        long held = links.stream().map(link -> link.attr("href").strip().substring(1))
                .filter(fragment -> places.contains(fragment) || places.contains(decoded(fragment))).count();
        return held * 2 > links.size();
    }

    private static String decoded(String fragment) {
        try {
            return URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment; // a stray "%": read as written
        }
    }

    private static boolean isContents(Element list, List<Element> links) {
        if (Find.all(list, Css.LIST_ITEMS).size() < MIN_ENTRIES || links.size() < MIN_ENTRIES) {
            return false;
        }
        for (Element link : links) {
            String href = link.attr("href").strip();
            if (href.length() < 2 || href.charAt(0) != '#') {
                return false;
            }
        }
        return NUMBERING.matcher(Boxes.textBeside(list, "a")).matches();
    }

    /** Whether {@code box} holds {@code list} and, beside it, a label at most: no picture, table or other list. */
    private static boolean holdsOnlyALabelBeside(Element box, Element list) {
        String beside = box.text().replaceFirst(Pattern.quote(list.text()), "");
        return TextStats.words(beside) <= MAX_LABEL_WORDS && Find.all(box, NOT_LABELS).stream()
                .allMatch(e -> e == list || e.parents().contains(list));
    }
}
