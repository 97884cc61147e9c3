package app.gleaner.extract.find;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a block's class and id names say of it, Readability's way: a positive word ("article", "content", "post")
 * adds {@link #CLASS_WEIGHT} points, a negative one ("comment", "sidebar", "widget") takes them off. A page builder
 * names each of its modules with one of the negative words ("elementor-widget-container" around the text's
 * paragraphs, an accordion's, a list of posts'), and on such a page that word says nothing of any one box: the words
 * naming a box around at least half the page's paragraphs, as near as the boxes their points go to, weigh nothing
 * there. A blog's "widget" names its sidebar's few boxes only. Immutable and thread-safe.
 */
final class ClassWords {

    /** Points added or removed by a positive or negative class/id name. */
    static final int CLASS_WEIGHT = 25;

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media-credit"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                    + "|widget",
            Pattern.CASE_INSENSITIVE);

    /** The negative words of the page's builder, which weigh nothing. */
    private final Set<String> builderWords;

    private ClassWords(Set<String> builderWords) {
        this.builderWords = builderWords;
    }

    /**
     * The class words of a page whose scored {@code paragraphs} are these, each giving points to its {@code levels}
     * nearest boxes.
     */
    static ClassWords of(List<Element> paragraphs, int levels) {
        Map<String, Integer> counts = new HashMap<>();
        Map<Element, List<String>> negatives = new IdentityHashMap<>(); // paragraphs share their boxes
        for (Element paragraph : paragraphs) {
            Set<String> named = new HashSet<>();
            Element box = paragraph.parent();
            for (int level = 0; level < levels && box != null; level++, box = box.parent()) {
                named.addAll(negatives.computeIfAbsent(box, ClassWords::negativeWords));
            }
            named.forEach(word -> counts.merge(word, 1, Integer::sum));
        }
        Set<String> words = new HashSet<>();
        counts.forEach((word, count) -> {
            if (count * 2 >= paragraphs.size()) {
                words.add(word);
            }
        });
        return new ClassWords(words);
    }

    private static List<String> negativeWords(Element box) {
        String names = box.className();
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(1);
        Matcher matcher = NEGATIVE.matcher(names);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Whether {@code element}'s class names hold a negative word, a page builder's included. */
    static boolean namesNegative(Element element) {
        return NEGATIVE.matcher(element.className()).find();
    }

    /** The weight of {@code element}'s class and id words, but for the page builder's. */
    int weight(Element element) {
        int weight = 0;
        for (String name : List.of(element.className(), element.id())) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).results()
                    .anyMatch(word -> !builderWords.contains(word.group().toLowerCase(Locale.ROOT)))) {
                weight -= CLASS_WEIGHT;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += CLASS_WEIGHT;
            }
        }
        return weight;
    }
}
