package app.gleaner.extract;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Links into a publisher's own funnel ({@code rules/funnel-paths.txt}): the pages where a reader signs in, registers,
 * manages an account, subscribes, pays, gets the app, joins the newsletter or donates. The address says what the
 * link's words may say in any language ("Accedi per salvare" at {@code account.example.it/accedi}, "在App中收听" at
 * {@code /download}): one whole segment of its path, or the first label of its host when the host has three or more,
 * is an entry of the file; entries marked "@" count as a host's label only ({@code butikk.example.no}). Whether the
 * link lies on the page's own site is the caller's question. Stateless and thread-safe.
 */
final class FunnelLinks {

    private static final String HOST_ONLY = "@";
    private static final Set<String> SEGMENTS;
    private static final Set<String> LABELS;
    /** A page's file ending on a segment: "/login.php", "/subscribe.html". */
    private static final Pattern PAGE_ENDING = Pattern.compile("\\.(?:html?|php|aspx?|jsp)$");

    static {
        List<String> entries = RuleList.loadLowerCase("funnel-paths.txt");
        SEGMENTS = Set.copyOf(RuleList.unmarked(entries, HOST_ONLY));
        LABELS = Set.copyOf(entries.stream().map(e -> e.startsWith(HOST_ONLY) ? e.substring(1) : e).toList());
    }

    private FunnelLinks() {
    }

    /** Whether {@code link} leads to a page of a funnel, by a segment of its path or the first label of its host. */
    static boolean leadsToFunnel(Element link) {
        URI uri;
        try {
            uri = URI.create(link.absUrl("href").strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = SiteLinks.hostOf(uri);
        int dot = host.indexOf('.');
        if (dot > 0 && host.indexOf('.', dot + 1) > 0 && LABELS.contains(host.substring(0, dot))) {
            return true;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && SEGMENTS.contains(PAGE_ENDING.matcher(decoded(segment)).replaceFirst(""))) {
                return true;
            }
        }
        return false;
    }

    /** {@code segment} with its escapes decoded when all are well formed, lower-cased. */
    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return segment.toLowerCase(Locale.ROOT);
        }
    }
}
