package app.gleaner.extract.page;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The letters and digits of a page in one string, read once, and the run of it each element holds: an element's
 * letters are its children's in a row, so one copy serves however deep the page is. A line is found wherever the page
 * writes its letters, split across cells, links or spans ("125 g | Mehl" is "125 g Mehl"). Reads the page as it is
 * when built; not thread-safe.
 */
public final class PageLetters {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final StringBuilder text = new StringBuilder();
    private final Map<Element, int[]> runs = new IdentityHashMap<>();
    /** Where each text node's letters start, and the element that holds it, in page order. */
    private final List<Integer> textStarts = new ArrayList<>();
    private final List<Element> textParents = new ArrayList<>();

    /** Reads the letters of {@code body} and of each element below it. */
    public PageLetters(Element body) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    runs.put(element, new int[] {text.length(), -1});
                } else if (node instanceof TextNode textNode && node.parent() instanceof Element parent) {
                    String letters = lettersOf(textNode.getWholeText());
                    if (!letters.isEmpty()) {
                        textStarts.add(text.length());
                        textParents.add(parent);
                        text.append(letters);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    runs.get(element)[1] = text.length();
                }
            }
        }, body);
    }

    /** The letters and digits of {@code text}, lower-cased, compatibility forms folded ("½" reads as "1⁄2"). */
    public static String lettersOf(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(folded(text)).replaceAll("");
    }

    /** The words of {@code text}, folded as {@link #lettersOf} folds them. */
    public static List<String> wordsOf(String text) {
        return NOT_LETTER_OR_DIGIT.splitAsStream(folded(text)).filter(word -> !word.isEmpty()).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** How many letters and digits {@code element} holds; 0 for one outside the page read. */
    public int length(Element element) {
        int[] run = runs.get(element);
        return run == null ? 0 : run[1] - run[0];
    }

    /**
     * The deepest elements whose letters hold {@code probe} (already {@link #lettersOf letters}), each holding at most
     * {@code maxLength} letters, at the first {@code maxPlaces} places the page writes it.
     */
    public List<Element> deepestHolding(String probe, int maxLength, int maxPlaces) {
        List<Element> found = new ArrayList<>();
        if (probe.isEmpty()) {
            return found; // found anywhere, so nowhere in particular
        }
        int places = 0;
        for (int at = text.indexOf(probe); at >= 0 && places < maxPlaces; at = text.indexOf(probe, at + 1), places++) {
            Element holder = deepestAround(at, at + probe.length());
            if (holder != null && !holder.nameIs("body") && length(holder) <= maxLength && !found.contains(holder)) {
                found.add(holder);
            }
        }
        return found;
    }

    private Element deepestAround(int start, int end) {
        int index = Collections.binarySearch(textStarts, start);
        Element at = textParents.get(Math.max(0, index >= 0 ? index : -index - 2));
        while (at != null && !(runs.containsKey(at) && runs.get(at)[0] <= start && runs.get(at)[1] >= end)) {
            at = at.parent();
        }
        return at;
    }
}
