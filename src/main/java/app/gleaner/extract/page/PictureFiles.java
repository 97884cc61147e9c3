package app.gleaner.extract.page;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an address to a picture's file looks like: the formats pages show, by their extension, before a query or a
 * fragment. A lazy loader's attribute holding one, a box that stands for one, a link from a picture to its own larger
 * file are all told by it. Stateless.
 */
public final class PictureFiles {

    /** The extensions of the picture formats pages show, as alternatives of a pattern. */
    static final String EXTENSIONS = "jpe?g|png|webp|avif|gif";
    /** A picture file's address, as a whole value. */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\S+\\.(?:" + EXTENSIONS + ")(?:[?#]\\S*)?", Pattern.CASE_INSENSITIVE);

    private PictureFiles() {
    }

    /** Whether {@code address} leads to a picture's file. */
    public static boolean isPictureFile(String address) {
        return ADDRESS.matcher(address.strip()).matches();
    }

    /**
     * The name of the file {@code address} leads to: its path's last part, before any query or fragment
     * ("carrera.png" of "/img/carrera.png?v=2"); empty where the path ends with a slash or names no file.
     */
    public static String fileName(String address) {
        String path = address.strip().split("[?#]", 2)[0];
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Whether a link around {@code element} leads to another page than a picture's file: a banner leads to its
     * advertiser, a teaser to its story, where a picture may link to its own larger file.
     */
    public static boolean linksElsewhere(Element element) {
        Element link = element.closest(Css.LINKS);
        return link != null && !isPictureFile(link.attr("href"));
    }
}
