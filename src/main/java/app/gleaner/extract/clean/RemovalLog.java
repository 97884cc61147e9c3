package app.gleaner.extract.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;

/**
 * Collects the text of blocks removed as overlays or nags, so a reader can see what the cleaner took out.
 * Bounded, so a page of ten thousand hidden elements cannot blow up the stored article. One per extraction;
 * not thread-safe.
 */
public final class RemovalLog {

    /** Most entries kept; later removals still happen but are not listed. */
    static final int MAX_ENTRIES = 100;
    /** Longest entry, in characters; longer text is cut with an ellipsis. */
    static final int MAX_ENTRY_CHARS = 600;

    private final Set<String> entries = new LinkedHashSet<>();
    private final Consumer<Element> beforeRemoval;

    /** An empty log. */
    public RemovalLog() {
        this(element -> { });
    }

    /** An empty log that shows each element it removes to {@code beforeRemoval} while it still stands in its page. */
    public RemovalLog(Consumer<Element> beforeRemoval) {
        this.beforeRemoval = beforeRemoval;
    }

    /** Removes {@code element} from its document and remembers its text. */
    public void remove(Element element) {
        beforeRemoval.accept(element);
        record(element.text());
        element.remove();
    }

    public void record(String text) {
        String entry = text == null ? "" : text.strip();
        if (entry.isEmpty() || entries.size() >= MAX_ENTRIES) {
            return;
        }
        if (entry.length() > MAX_ENTRY_CHARS) {
            entry = entry.substring(0, MAX_ENTRY_CHARS).strip() + "…";
        }
        entries.add(entry);
    }

    /** Adds {@code other}'s entries after this log's, within the same bounds. */
    public void addAll(RemovalLog other) {
        other.entries.forEach(this::record);
    }

    public List<String> entries() {
        return List.copyOf(new ArrayList<>(entries));
    }
}
