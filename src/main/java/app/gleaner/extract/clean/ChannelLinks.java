package app.gleaner.extract.clean;

import app.gleaner.extract.page.SiteLinks;
import app.gleaner.extract.rules.RuleList;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Links to the places where publishers keep a channel for their readers ({@code rules/channel-hosts.txt}): messaging
 * and news apps, app stores, a search engine's "preferred sources" page. An entry is a host (its subdomains count
 * too), or a host and the path its pages of that kind open with ("google.com/preferences/source"), where the rest of
 * the host is everything else. Stateless and thread-safe.
 */
final class ChannelLinks {

    /** Channels in messaging and news apps, where a publisher's channel is its own page too: links to them invite. */
    private static final List<Address> CHANNELS;
    /** App stores and pages like them ("+" in the rule file): their links are calls only when set apart. */
    private static final List<Address> STORES;

    static {
        List<String> entries = RuleList.loadLowerCase("channel-hosts.txt");
        CHANNELS = RuleList.unmarked(entries, "+").stream().map(Address::of).toList();
        STORES = RuleList.marked(entries, "+").stream().map(Address::of).toList();
    }

    private ChannelLinks() {
    }

    /** Whether {@code link} leads to a channel or a store. */
    static boolean leadsToChannelOrStore(Element link) {
        Target target = Target.of(link);
        return Stream.concat(CHANNELS.stream(), STORES.stream()).anyMatch(address -> address.holds(target));
    }

    /**
     * A link, even inside a sentence, to a channel itself in a messaging or news app ("follow our
     * <a href=https://t.me/dailynews>Telegram channel</a>"), not to one of its posts: a short block built around one
     * invites the reader to follow the publisher, while a story that cites an official channel links to the post
     * ({@code t.me/cityhall/1234}).
     */
    static boolean invitesToChannel(Element link) {
        String href = link.attr("href").toLowerCase(Locale.ROOT);
        if (CHANNELS.stream().noneMatch(address -> href.contains(address.host()) && href.contains(address.path()))) {
            return false; // most links: no need to parse the address
        }
        Target target = Target.of(link);
        if (CHANNELS.stream().noneMatch(address -> address.holds(target))) {
            return false;
        }
        return Arrays.stream(target.path().split("/")).noneMatch(segment -> !segment.isEmpty()
                && segment.chars().allMatch(Character::isDigit));
    }

    /** Where a link leads: its host as {@link SiteLinks#hostOf} reads it and its path, lower-cased; read once. */
    private record Target(String host, String path) {

        static Target of(Element link) {
            String url = link.absUrl("href");
            try {
                URI uri = URI.create(url.strip());
                String path = uri.getRawPath();
                return new Target(SiteLinks.hostOf(uri), path == null ? "" : path.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return new Target("", "");
            }
        }
    }

    /** A rule file's entry: a host, and the path its pages open with, empty for any. */
    private record Address(String host, String path) {

        /** The entry {@code host} or {@code host/path}; one without a host, or written as an address, is an error. */
        static Address of(String entry) {
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            if (host.isEmpty() || host.startsWith("www.") || host.contains(":")) {
                throw new IllegalArgumentException("channel-hosts.txt: a host without \"www.\" or a scheme: " + entry);
            }
            return new Address(host, slash < 0 ? "" : entry.substring(slash));
        }

        /** Whether a link to {@code target} leads here: a path is held whole. */
        boolean holds(Target target) {
            return SiteLinks.isUnder(target.host(), host) && (path.isEmpty() || target.path().equals(path)
                    || target.path().startsWith(path + "/"));
        }
    }
}
