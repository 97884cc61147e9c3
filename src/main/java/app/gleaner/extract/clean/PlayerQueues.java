package app.gleaner.extract.clean;

import app.gleaner.extract.page.TextStats;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the queue a video player shows of the next videos it will play: a list in the player's own box whose every
 * item is a thumbnail and a title ("<li><img …>Oberle vor dem Topspiel: Die ganze Pressekonferenz</li>"), the site's
 * other videos, not the story's. The player's box is the nearest box around the player, at most
 * {@link #MAX_LEVELS} levels up, that holds the list; outside the list it says at most {@link #MAX_OWN_WORDS} words
 * (the playing video's title, a countdown) and it holds no other player, so a story's own list of pictures beside its
 * video, in the story's box among its paragraphs, stays. Part of
 * {@link ContentCleaner}. Stateless and thread-safe.
 */
final class PlayerQueues {

    /** Levels above a player its own box may stand. */
    static final int MAX_LEVELS = 3;
    /** Words a player's box says outside its queue at most: the playing video's title and a countdown. */
    static final int MAX_OWN_WORDS = 20;
    /** Words of a queued video's title at most. */
    static final int MAX_TITLE_WORDS = 14;
    /** Items a queue shows at least. */
    static final int MIN_ITEMS = 2;

    private PlayerQueues() {
    }

    /** Removes the players' queues below {@code article}, noting each in {@code log}. */
    static void removeFrom(Element article, RemovalLog log) {
        List<Element> queues = new ArrayList<>();
        for (Element player : article.select(EmbeddedMedia.PLAYERS)) {
            Element box = player.parent();
            for (int level = 0; level < MAX_LEVELS && box != null && box != article; level++, box = box.parent()) {
                Element queue = queueIn(box);
                if (queue != null) {
                    if (!queues.contains(queue) && TextStats.words(box) - TextStats.words(queue) <= MAX_OWN_WORDS
                            && box.select(EmbeddedMedia.PLAYERS).size() == 1) {
                        queues.add(queue);
                    }
                    break;
                }
            }
        }
        queues.forEach(log::remove);
    }

    /** The list in {@code box} whose every item is a thumbnail and a short title; null when none. */
    private static Element queueIn(Element box) {
        for (Element list : box.select("ul, ol")) {
            if (list.childrenSize() >= MIN_ITEMS && list.children().stream().allMatch(PlayerQueues::isQueuedVideo)) {
                return list;
            }
        }
        return null;
    }

    private static boolean isQueuedVideo(Element item) {
        int words = TextStats.words(item);
        return item.nameIs("li") && item.selectFirst("img") != null && words > 0 && words <= MAX_TITLE_WORDS
                && item.select("img").size() == 1;
    }
}
