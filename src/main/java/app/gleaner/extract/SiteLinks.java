package app.gleaner.extract;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Where a link leads, relative to the page it is on: another page of the same site, a place on this very page, or
 * elsewhere. A site is its host without "www.", together with its subdomains ("subscribe.example.com" is part of
 * "example.com"), so that a publisher's shop, account and newsletter pages count as its own. Stateless.
 */
final class SiteLinks {

    /** Second-level labels under a country code that are a suffix, not a site ("co.uk", "com.au"): up to this long. */
    private static final int MAX_SUFFIX_LABEL = 3;
    private static final Set<String> NOT_PAGES = Set.of("#", "javascript:", "mailto:", "tel:");

    private SiteLinks() {
    }

    /**
     * Whether {@code link} leads to another page of the site {@code link.baseUri()} is on; a link to a place on
     * this very page (a heading's own anchor, as static site generators set on every section heading) does not.
     */
    static boolean leadsWithinSite(Element link) {
        String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
        if (href.isEmpty() || NOT_PAGES.stream().anyMatch(href::startsWith)) {
            return false;
        }
        String absolute = link.absUrl("href");
        if (!absolute.isEmpty() && samePage(absolute, link.baseUri())) {
            return false;
        }
        String linkHost = hostOf(absolute);
        return linkHost.isEmpty() ? !href.contains("://") : site(linkHost).equals(site(hostOf(link.baseUri())));
    }

    /** The host {@code link} leads to, without "www.", lower case; empty when it has none. */
    static String hostOf(Element link) {
        return hostOf(link.absUrl("href"));
    }

    /** The site a host belongs to: its last two labels, or three under a country-code suffix ("bbc.co.uk"). */
    static String site(String host) {
        String[] labels = host.split("\\.");
        int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && labels[labels.length - 2].length() <= MAX_SUFFIX_LABEL ? 3 : 2;
        if (labels.length <= keep) {
            return host;
        }
        return String.join(".", Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /** Same host and path, whatever the query, fragment or trailing slash. */
    private static boolean samePage(String url, String page) {
        try {
            URI a = URI.create(url.strip());
            URI b = URI.create(page.strip());
            return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                    && trimmedPath(a).equals(trimmedPath(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String trimmedPath(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String hostOf(String url) {
        try {
            String host = url == null || url.isBlank() ? null : URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
