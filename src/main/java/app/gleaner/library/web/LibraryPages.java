package app.gleaner.library.web;

import app.gleaner.clip.ClipPage;
import app.gleaner.clip.ClipQuery;
import app.gleaner.clip.ClipService;
import app.gleaner.clip.ClipSummary;
import app.gleaner.clip.ClipView;
import app.gleaner.extract.Extraction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the library's page views from {@link ClipService}: filters, paging links, formatted dates, safe links.
 * Stateless and thread-safe.
 */
@ApplicationScoped
class LibraryPages {

    static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** The list's tabs: parameter value, label, archived filter, favourite filter. */
    private static final String[][] SHOWS = {
        {"unread", "Unread", "false", null}, {"favorites", "Favourites", null, "true"},
        {"archived", "Archived", "true", null}, {"all", "All", null, null}};

    private final ClipService clips;

    LibraryPages(ClipService clips) {
        this.clips = clips;
    }

    Views.ListPage list(String q, String tag, String show, String page, String csrf) {
        String[] tab = tab(show);
        ClipQuery query = ClipQuery.parse(q, tag, tab[2], tab[3], page, String.valueOf(PAGE_SIZE));
        ClipPage found = clips.list(query);
        List<Views.FilterLink> tabs = new ArrayList<>();
        for (String[] option : SHOWS) {
            tabs.add(new Views.FilterLink(option[1], href(query.text(), query.tag(), option[0], 0),
                    option == tab));
        }
        long pages = (found.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        String previous = query.page() > 0 ? href(query.text(), query.tag(), tab[0], query.page() - 1) : null;
        String next = query.page() + 1 < pages ? href(query.text(), query.tag(), tab[0], query.page() + 1) : null;
        String position = pages > 1 ? "Page " + (query.page() + 1) + " of " + pages : "";
        boolean libraryEmpty = found.total() == 0 && query.text() == null && query.tag() == null
                && clips.list(new ClipQuery(null, null, null, null, 0, 1)).total() == 0;
        String heading = query.text() != null ? "Search: " + query.text()
                : query.tag() != null ? "Tagged " + query.tag() : tab[1];
        return new Views.ListPage(query.text(), query.tag(), tab[0], heading, tabs,
                found.items().stream().map(this::card).toList(), found.total(), position, previous, next,
                libraryEmpty, href(query.text(), query.tag(), tab[0], query.page()), csrf);
    }

    Views.ReaderPage reader(long id, String csrf) {
        ClipView clip = clips.get(id);
        return new Views.ReaderPage(id, clip.title(), clip.byline(), site(clip.siteName(), clip.url()),
                httpUrl(clip.url()), date(clip.publishedAt()), date(clip.createdAt()), clip.readingMinutes(),
                clip.wordCount(), clip.language(), notice(clip.extraction()), clip.contentHtml(),
                clips.removedBlocks(id), tags(clip.tags()), String.join(", ", clip.tags()), clip.archived(),
                clip.favorite(), readerHref(id), csrf);
    }

    /**
     * What the reader is told when the saved text may not be the whole article: cut short at a paywall, shorter than
     * the article the page declares, or the longest of attempts that all found little. Null when the cleaner is sure,
     * and for clips saved before it measured.
     */
    static String notice(Extraction extraction) {
        if (extraction == null) {
            return null;
        }
        if (extraction.likelyTruncated() && extraction.gated()) {
            // a free registration wall gates as a paywall does: the notice names neither alone
            return "This may be only the start of the article: the site shows the rest to readers who sign in or "
                    + "subscribe. Sign in there and clip it again to save it whole.";
        }
        if (Extraction.LONGEST_ATTEMPT.equals(extraction.method()) || Extraction.FALLBACK.equals(extraction.method())) {
            return "Gleaner found little article text on this page; compare with the original.";
        }
        return extraction.likelyTruncated()
                ? "Part of the article may be missing: the saved text is much shorter than the article the page "
                        + "declares."
                : null;
    }

    Views.DeletePage deletion(long id, String csrf) {
        return new Views.DeletePage(id, clips.get(id).title(), csrf);
    }

    static String readerHref(long id) {
        return PageGuard.LIBRARY + "/clips/" + id;
    }

    private Views.Card card(ClipSummary c) {
        return new Views.Card(c.id(), c.title(), readerHref(c.id()), site(c.siteName(), c.url()), c.byline(),
                c.excerpt(), c.snippet(), httpUrl(c.leadImageUrl()), date(c.createdAt()),
                c.createdAt() == null ? "" : c.createdAt().toString(), c.readingMinutes(), tags(c.tags()),
                c.archived(), c.favorite());
    }

    private static String[] tab(String show) {
        for (String[] option : SHOWS) {
            if (option[0].equals(show)) {
                return option;
            }
        }
        if (show == null || show.isBlank()) {
            return SHOWS[0];
        }
        throw new PageException(400, "Show one of: unread, favorites, archived, all.");
    }

    private static List<Views.TagLink> tags(List<String> tags) {
        return tags.stream().map(t -> new Views.TagLink(t, href(null, t, "all", 0))).toList();
    }

    static String href(String q, String tag, String show, int page) {
        StringBuilder href = new StringBuilder(PageGuard.LIBRARY + "?show=" + show);
        if (q != null) {
            href.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (tag != null) {
            href.append("&tag=").append(URLEncoder.encode(tag, StandardCharsets.UTF_8));
        }
        if (page > 0) {
            href.append("&page=").append(page);
        }
        return href.toString();
    }

    private static String site(String siteName, String url) {
        if (siteName != null && !siteName.isBlank()) {
            return siteName;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }

    /** Only http(s) addresses become links or image sources: never {@code javascript:} or {@code data:}. */
    static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }

    private static String date(OffsetDateTime time) {
        return time == null ? null : DATE.format(time);
    }
}
