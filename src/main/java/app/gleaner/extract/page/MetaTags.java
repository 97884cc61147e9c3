package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The page's {@code <meta property|name|itemprop=… content=…>} tags, read once: metadata asks for some twenty keys,
 * and a walk of the page for each cost more than the rest of metadata together. Names are case-insensitive; an
 * attribute may list several space-separated names ({@code property="og:title twitter:title"}); the first tag in
 * the page with a non-empty content wins, and {@link #all} gives each tag's of a name written once per value
 * ({@code citation_author}); a content escaped twice is read as meant. Immutable.
 */
public final class MetaTags {

    /** The page's meta tags that say something. */
    private static final Evaluator META_CONTENT = Selector.evaluatorOf("meta[content]");

    private static final String[] NAME_ATTRIBUTES = {"property", "name", "itemprop"};

    private final Map<String, List<String>> contents;

    private MetaTags(Map<String, List<String>> contents) {
        this.contents = contents;
    }

    public static MetaTags of(Document document) {
        Map<String, List<String>> contents = new HashMap<>();
        for (Element meta : Find.all(document, META_CONTENT)) {
            String content = CharacterReferences.read(meta.attr("content")).strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : NAME_ATTRIBUTES) {
                for (String name : meta.attr(attribute).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!name.isEmpty()) {
                        contents.computeIfAbsent(name, n -> new ArrayList<>(1)).add(content);
                    }
                }
            }
        }
        return new MetaTags(contents);
    }

    /** The content for {@code key}, or null. */
    public String get(String key) {
        List<String> all = contents.get(key.toLowerCase(Locale.ROOT));
        return all == null ? null : all.get(0);
    }

    /** The contents of every tag named {@code key}, in the page's order, each once; empty if none. */
    public List<String> all(String key) {
        return contents.getOrDefault(key.toLowerCase(Locale.ROOT), List.of()).stream().distinct().toList();
    }
}
