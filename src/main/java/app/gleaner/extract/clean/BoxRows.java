package app.gleaner.extract.clean;

import app.gleaner.extract.page.Find;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Rows of like boxes: a roundup's entries, a shop's grid, a live blog's posts. A promo or a call card comes alone; a
 * box with a like box beside it is an entry of the story's list, whatever it says. Shared by {@link PromoBoxes},
 * {@link CallCards} and {@link Questions}, and by the finder's split articles and other stories ({@code find}).
 * Stateless.
 */
public final class BoxRows {

    /** Siblings that are no content, passed over when looking for a box's like neighbours. */
    private static final Set<String> NOT_NEIGHBOURS = Set.of("script", "style", "template", "noscript");

    private BoxRows() {
    }

    /**
     * Whether a sibling within {@link Boxes#REACH} of {@code box}, past scripts, has its tag and first class and
     * holds a {@code part} too: the boxes are entries of a row or a list, even with the story's prose between them.
     */
    static boolean isOneOfARow(Element box, String part) {
        return isOneOfARow(box, sibling -> sibling.selectFirst(part) != null);
    }

    /** As {@link #isOneOfARow(Element, String)}, with the part an evaluator (a button of any kind). */
    static boolean isOneOfARow(Element box, Evaluator part) {
        return isOneOfARow(box, sibling -> Find.first(sibling, part) != null);
    }

    private static boolean isOneOfARow(Element box, Predicate<Element> holdsPart) {
        String kind = firstClass(box);
        for (int step = -1; step <= 1; step += 2) {
            int seen = 0;
            for (Element sibling = step < 0 ? box.previousElementSibling() : box.nextElementSibling();
                    sibling != null && seen < Boxes.REACH;
                    sibling = step < 0 ? sibling.previousElementSibling() : sibling.nextElementSibling()) {
                if (NOT_NEIGHBOURS.contains(sibling.normalName())) {
                    continue;
                }
                seen++;
                if (sibling.normalName().equals(box.normalName()) && firstClass(sibling).equals(kind)
                        && holdsPart.test(sibling)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A box's kind, as like boxes share it: its first class name, or "" without one. */
    public static String firstClass(Element element) {
        String classes = element.className().strip();
        int space = classes.indexOf(' ');
        return space < 0 ? classes : classes.substring(0, space);
    }
}
