package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code srcset}'s candidates, as a browser reads them: an address, then a width ("800w"), a density ("2x") or
 * nothing, which is "1x". The one reading of a srcset for the lazy images, the pictures' sources and the lead picture.
 * Stateless.
 */
public final class Srcset {

    /** Between candidates: a comma and a space, or a comma before the next address (no space after it). */
    private static final Pattern SPLIT = Pattern.compile(",\\s+|,(?=https?:|/)");
    private static final Pattern DESCRIPTOR = Pattern.compile("^(\\d+(?:\\.\\d+)?)([wx])$", Pattern.CASE_INSENSITIVE);
    /** A density counts as this many pixels of width when candidates of both kinds are compared. */
    private static final double PIXELS_PER_DENSITY = 1000;

    /**
     * One candidate: its address, and its width in pixels or, when {@code width} is false, its density (1 for a
     * candidate without a descriptor, 0 for one whose descriptor is neither).
     */
    public record Candidate(String url, double size, boolean width) {

        /** What the candidate is worth against the others: its width, or its density as that many thousand pixels. */
        double worth() {
            return width ? size : size * PIXELS_PER_DENSITY;
        }
    }

    private Srcset() {
    }

    /** The candidates of {@code srcset}, in its order; none for null or blank. */
    public static List<Candidate> candidates(String srcset) {
        List<Candidate> candidates = new ArrayList<>();
        if (srcset == null || srcset.isBlank()) {
            return candidates;
        }
        for (String candidate : SPLIT.split(srcset.strip())) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts[0].isEmpty()) {
                continue;
            }
            Matcher m = DESCRIPTOR.matcher(parts.length > 1 ? parts[1] : "1x");
            boolean matches = m.matches();
            candidates.add(new Candidate(parts[0], matches ? Double.parseDouble(m.group(1)) : 0,
                    matches && "w".equalsIgnoreCase(m.group(2))));
        }
        return candidates;
    }

    /** The address of the widest (or densest) candidate of {@code srcset}, the first among equals; null for none. */
    public static String largest(String srcset) {
        Candidate best = null;
        for (Candidate candidate : candidates(srcset)) {
            if (best == null || candidate.worth() > best.worth()) {
                best = candidate;
            }
        }
        return best == null ? null : best.url();
    }

    /** The widest width {@code srcset} names for a candidate ("1200" of "a.jpg 600w, b.jpg 1200w"); 0 for none. */
    public static int widest(String srcset) {
        int widest = 0;
        for (Candidate candidate : candidates(srcset)) {
            widest = candidate.width() ? Math.max(widest, (int) candidate.size()) : widest;
        }
        return widest;
    }
}
