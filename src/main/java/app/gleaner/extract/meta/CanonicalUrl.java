package app.gleaner.extract.meta;

import app.gleaner.extract.page.Find;
import app.gleaner.extract.page.MetaTags;
import app.gleaner.extract.rules.RuleList;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Canonical URL stage: the page's declared canonical address ({@code link[rel=canonical]}, then {@code og:url}),
 * else the captured address — made absolute, stripped of tracking parameters ({@code rules/tracking-params.txt})
 * and of the fragment. A declared URL is used only if it is a valid http(s) URL and does not point at the site's
 * home page while the capture was a deeper page (a common CMS bug). Immutable and thread-safe; never throws.
 */
public final class CanonicalUrl {

    /** Where the page names its canonical address. */
    private static final Evaluator CANONICAL_LINKS = Selector.evaluatorOf("link[rel=canonical][href]");

    private static final String PREFIX_MARK = "*";

    private final List<String> exactParameters = new ArrayList<>();
    private final List<String> parameterPrefixes = new ArrayList<>();

    /** Tracking parameters from the bundled rule file. */
    public CanonicalUrl() {
        this(RuleList.loadLowerCase("tracking-params.txt"));
    }

    CanonicalUrl(List<String> trackingParameters) {
        for (String parameter : trackingParameters) {
            if (parameter.endsWith(PREFIX_MARK)) {
                parameterPrefixes.add(parameter.substring(0, parameter.length() - 1));
            } else {
                exactParameters.add(parameter);
            }
        }
    }

    /** The canonical URL for a page captured at {@code captureUrl}; the cleaned capture URL when none is usable. */
    public String resolve(Document document, String captureUrl) {
        return resolve(document, MetaTags.of(document), captureUrl);
    }

    /** As {@link #resolve(Document, String)}, with the page's meta tags already read. */
    public String resolve(Document document, MetaTags tags, String captureUrl) {
        URI capture = web(captureUrl, null);
        for (String declared : declared(document, tags)) {
            URI candidate = web(declared, capture);
            if (candidate != null && !isHomePageFor(candidate, capture)) {
                return clean(candidate);
            }
        }
        return capture == null ? (captureUrl == null ? "" : captureUrl.strip()) : clean(capture);
    }

    private static List<String> declared(Document document, MetaTags tags) {
        List<String> urls = new ArrayList<>();
        for (Element link : Find.all(document, CANONICAL_LINKS)) {
            urls.add(link.attr("href"));
        }
        String ogUrl = tags.get("og:url");
        if (ogUrl != null) {
            urls.add(ogUrl);
        }
        return urls;
    }

    private static URI web(String url, URI base) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip().replace(" ", "%20"));
            if (base != null) {
                uri = base.resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean valid = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
            return valid ? uri : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean isHomePageFor(URI candidate, URI capture) {
        if (capture == null) {
            return false;
        }
        return isRoot(candidate) && !isRoot(capture);
    }

    private static boolean isRoot(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() || path.equals("/");
    }

    String clean(URI uri) {
        String query = uri.getRawQuery();
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty() || isTracking(pair)) {
                    continue;
                }
                kept.append(kept.length() == 0 ? "" : "&").append(pair);
            }
        }
        StringBuilder url = new StringBuilder();
        url.append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://")
                .append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() != -1) {
            url.append(':').append(uri.getPort());
        }
        url.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (kept.length() > 0) {
            url.append('?').append(kept);
        }
        return url.toString();
    }

    private boolean isTracking(String pair) {
        int equals = pair.indexOf('=');
        String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
        return exactParameters.contains(name) || parameterPrefixes.stream().anyMatch(name::startsWith);
    }
}
