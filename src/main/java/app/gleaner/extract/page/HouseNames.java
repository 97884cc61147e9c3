package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The names of the house a page is from: its site's declared name ({@code og:site_name}, "The Rheinpost"), its
 * address's ("rheinpost" in {@code www.rheinpost.de}, "northernechoreview" in {@code northernechoreview.co.uk}) and
 * its declared writer's ({@code <meta name=author>}). A text names the house when, read without case, spaces or
 * punctuation, it holds one of them ("Rheinpost-Leserreise", "standards@northernechoreview.co.uk", "Maren Holt covers
 * transport"). The names are read on the first question, so a page none is asked of is not walked for its meta
 * tags; an instance serves one reading of one page, on one thread.
 */
public final class HouseNames {

    /** Letters a name has at least: a shorter one ("bbc", "ft") is a syllable of too many words. */
    static final int MIN_NAME_LETTERS = 4;

    private final Element root;
    private List<String> names;

    private HouseNames(Element root) {
        this.root = root;
    }

    /** The house of the page {@code root} is part of. */
    public static HouseNames of(Element root) {
        return new HouseNames(root);
    }

    private static List<String> namesOf(Element root) {
        List<String> names = new ArrayList<>();
        Document document = root.ownerDocument();
        if (document != null) {
            MetaTags tags = MetaTags.of(document);
            String declared = tags.get("og:site_name");
            add(names, declared == null ? "" : declared.replaceFirst("(?i)^the\\s+", ""));
            add(names, tags.get("author"));
        }
        String[] labels = SiteLinks.hostOf(root.baseUri()).split("\\.");
        String longest = "";
        for (int i = 0; i < labels.length - 1; i++) { // the last is the country's or the kind's: "de", "com"
            longest = labels[i].length() > longest.length() ? labels[i] : longest;
        }
        add(names, longest);
        return List.copyOf(names);
    }

    private static void add(List<String> names, String name) {
        String squashed = squash(name == null ? "" : name);
        if (squashed.length() >= MIN_NAME_LETTERS) {
            names.add(squashed);
        }
    }

    /** Whether {@code text} names the house. */
    public boolean namedIn(String text) {
        if (names == null) {
            names = namesOf(root);
        }
        String squashed = squash(text);
        return names.stream().anyMatch(squashed::contains);
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
