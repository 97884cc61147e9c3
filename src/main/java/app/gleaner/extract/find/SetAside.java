package app.gleaner.extract.find;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Boxes taken out of their page while the search scores it without them (the other stories an infinite scroll added,
 * a transcript), each put back where it stood when asked. One per use; not thread-safe.
 */
final class SetAside {

    private final List<Element> boxes;
    private final List<Element> parents = new ArrayList<>();
    private final List<Integer> places = new ArrayList<>();

    /** Takes {@code boxes} (in page order) out of their page; a box already out of it is left alone. */
    SetAside(List<Element> boxes) {
        this.boxes = boxes.stream().filter(box -> box.parent() != null).toList();
        for (Element box : this.boxes) {
            parents.add(box.parent());
            places.add(box.siblingIndex());
        }
        this.boxes.forEach(Element::remove);
    }

    /** Puts every box back where it stood. */
    void restore() {
        for (int i = 0; i < boxes.size(); i++) { // in page order: each place was taken before any box left
            parents.get(i).insertChildren(places.get(i), boxes.get(i));
        }
    }
}
