package app.gleaner.extract;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Readability's alternative-candidates step for {@link ArticleFinder}: some pages wrap every section (or tab) of an
 * article in its own box, so the best-scoring block is only one part. When enough other high-scoring parts sit
 * under one ancestor of the top block, that ancestor holds the article. Stateless and thread-safe.
 */
final class SplitArticle {

    /**
     * Among the {@link #ALTERNATIVE_CANDIDATES} best blocks, those scoring at least {@link #ALTERNATIVE_SCORE_SHARE}
     * of the top one are other parts; when {@link #MIN_SHARED_CANDIDATES} parts (the top block counting as one) sit
     * under one ancestor of the top block, that ancestor holds the article.
     */
    public static final int ALTERNATIVE_CANDIDATES = 5;
    public static final double ALTERNATIVE_SCORE_SHARE = 0.75;
    public static final int MIN_SHARED_CANDIDATES = 3;

    private SplitArticle() {
    }

    /** The ancestor of {@code top} that holds the article's other parts, or {@code top} itself. */
    static Element sharedAncestor(Element top, Map<Element, Double> scores) {
        double topScore = scores.get(top);
        // blocks around or inside the top one are the same text counted again, not other parts of it
        List<Element> alternatives = scores.entrySet().stream()
                .filter(e -> e.getKey() != top && !e.getKey().nameIs("body") && !top.parents().contains(e.getKey())
                        && !e.getKey().parents().contains(top)
                        && e.getValue() >= topScore * ALTERNATIVE_SCORE_SHARE)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(ALTERNATIVE_CANDIDATES - 1L)
                .map(Map.Entry::getKey)
                .toList();
        // the top block is one of the parts
        int partsNeeded = MIN_SHARED_CANDIDATES - 1;
        if (alternatives.size() < partsNeeded) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !ancestor.nameIs("body");
                ancestor = ancestor.parent()) {
            int holding = 0;
            for (Element alternative : alternatives) {
                if (alternative != ancestor && alternative.parents().contains(ancestor)) {
                    holding++;
                }
            }
            if (holding >= partsNeeded) {
                return ancestor;
            }
        }
        return top;
    }
}
