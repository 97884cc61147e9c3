package app.gleaner.extract.clean;

import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.rules.RuleList;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The players an article embeds — a video, a podcast episode, a chart, a map, a post — which a stored article cannot
 * play: the sanitizer keeps no frame, no {@code <video>} and no {@code <audio>}. Each becomes a figure with a link to
 * what it plays ("Video: The tide comes in (youtube.com)"), so the reader sees it was there and can open it, as a
 * video poster stays its picture. A frame counts when it loads from a media host ({@code rules/media-hosts.txt});
 * any other frame is chrome (an ad, a tracker, a like button, a form). A player the page has not loaded yet is first
 * made the frame it stands for ({@link PlayerStandIns}). Immutable and thread-safe.
 */
public final class EmbeddedMedia {

    /** The elements that play media. */
    static final String PLAYERS = "iframe, video, audio";

    /** One line of the rule file: a kind of media, a host and the path its players' addresses start with. */
    private record MediaHost(String kind, String host, String path) {

        static MediaHost parse(String entry) {
            String[] parts = entry.split("\\s+", 2);
            String address = parts[1].toLowerCase(Locale.ROOT);
            int slash = address.indexOf('/');
            return slash < 0 ? new MediaHost(parts[0], address, "")
                    : new MediaHost(parts[0], address.substring(0, slash), address.substring(slash));
        }

        boolean plays(String host, String path) {
            return SiteLinks.isUnder(host, this.host)
                    && (this.path.isEmpty() || path.equals(this.path) || path.startsWith(this.path + "/"));
        }
    }

    private final List<MediaHost> hosts;

    /** Media hosts from the bundled rule file. */
    public EmbeddedMedia() {
        this(RuleList.load("media-hosts.txt"));
    }

    EmbeddedMedia(List<String> entries) {
        this.hosts = entries.stream().map(MediaHost::parse).toList();
    }

    /** Whether {@code frame} is an {@code <iframe>} that plays media from a media host, not chrome. */
    public boolean isPlayer(Element frame) {
        return frame.nameIs("iframe") && kindOf(frameSource(frame)) != null;
    }

    /**
     * Replaces every player below {@code root} with a figure that links to what it plays, and removes those with
     * nothing a link could open (a frame of no media host, a video streamed from a {@code blob:}).
     */
    public void replaceWithLinks(Element root) {
        for (Element player : root.select(PLAYERS)) {
            boolean frame = player.nameIs("iframe");
            String source = frame ? frameSource(player) : mediaSource(player);
            String kind = frame ? kindOf(source) : player.normalName();
            if (kind == null || source.isEmpty()) {
                player.remove();
                continue;
            }
            // a figure of its own, unless the page set the player in one (beside its caption) or in a line of text
            Element parent = player.parent();
            boolean inLine = parent != null
                    && (parent.nameIs("figure") || parent.nameIs("p") || !parent.tag().isBlock());
            Element stand = new Element(inLine ? "span" : "figure");
            String poster = player.nameIs("video") ? webAddress(player, "poster") : "";
            if (!poster.isEmpty()) {
                stand.appendElement("img").attr("src", poster).attr("alt", "");
            }
            stand.appendElement("a").attr("href", source).text(label(kind, player, source));
            player.replaceWith(stand);
        }
    }

    /** "Video: title (host)", or "Video (host)" when the player names nothing; an audio file names its file. */
    private static String label(String kind, Element player, String source) {
        String title = player.attr("title").strip();
        if (title.isEmpty()) {
            title = player.attr("aria-label").strip();
        }
        if (title.isEmpty() && !player.nameIs("iframe")) {
            String path = URI.create(source).getPath();
            title = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        }
        String name = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
        String host = SiteLinks.hostOf(source);
        return title.isEmpty() ? name + " (" + host + ")" : name + ": " + title + " (" + host + ")";
    }

    /** The kind of media an address plays ("video", "audio", "chart"…), or null when no media host serves it. */
    String kindOf(String address) {
        if (address.isEmpty()) {
            return null;
        }
        URI uri = URI.create(address);
        String host = SiteLinks.hostOf(uri);
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        for (MediaHost media : hosts) {
            if (media.plays(host, path)) {
                return media.kind;
            }
        }
        return null;
    }

    /**
     * The absolute http(s) address a frame plays, or the media address a lazy loader or consent manager keeps aside
     * in another attribute until the frame may load, or "" (an empty frame, {@code about:blank}, a script).
     */
    private String frameSource(Element frame) {
        String aside = addressKeptAside(frame);
        return aside.isEmpty() ? webAddress(frame, "src") : aside;
    }

    /**
     * The media address a lazy loader or consent manager keeps aside for {@code frame} while its own {@code src}
     * plays nothing (blank, {@code about:blank}, a placeholder image), or "".
     */
    String addressKeptAside(Element frame) {
        return kindOf(webAddress(frame, "src")) == null ? mediaAttribute(frame) : "";
    }

    /**
     * The first address of a media host among {@code element}'s data attributes (where lazy loaders and consent
     * managers keep it), or among all of a frame's attributes but its {@code src}, or "".
     */
    String mediaAttribute(Element element) {
        if (element.attributesSize() == 0) {
            return ""; // most elements: no attribute to walk
        }
        boolean frame = element.nameIs("iframe");
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey();
            if ((frame ? !name.equals("src") : name.startsWith("data-")) && attribute.getValue().contains("//")) {
                String address = webAddress(element, name);
                if (kindOf(address) != null) {
                    return address;
                }
            }
        }
        return "";
    }

    /** The absolute http(s) address a video or audio element plays, its own or its first source's, or "". */
    private static String mediaSource(Element player) {
        String own = webAddress(player, "src");
        if (!own.isEmpty()) {
            return own;
        }
        for (Element source : player.getElementsByTag("source")) {
            String address = webAddress(source, "src");
            if (!address.isEmpty()) {
                return address;
            }
        }
        return "";
    }

    /**
     * The absolute http(s) address in {@code element}'s {@code attribute}, or "" (an empty value would resolve to the
     * page's own address).
     */
    static String webAddress(Element element, String attribute) {
        return element.attr(attribute).isBlank() ? "" : webAddress(element.absUrl(attribute));
    }

    /** {@code address} when it is a well-formed http(s) URL with a host, otherwise "". */
    static String webAddress(String address) {
        if (!address.startsWith("http://") && !address.startsWith("https://")) {
            return "";
        }
        try {
            return URI.create(address).getHost() == null ? "" : address;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
