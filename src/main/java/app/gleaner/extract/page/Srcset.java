package app.gleaner.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code srcset}'s candidates, as a browser reads them: an address (a run without white space, commas and all, as
 * an image CDN writes "c_fill,w_800"), then a width ("800w"), a density ("2x") or nothing, up to the comma that ends
 * the candidate. The one reading of a srcset for the lazy images, the pictures' sources and the lead picture.
 * Stateless.
 */
public final class Srcset {

    private static final Pattern DESCRIPTOR = Pattern.compile("^(\\d+(?:\\.\\d+)?)([wx])$", Pattern.CASE_INSENSITIVE);
    /** A density counts as this many pixels of width when candidates of both kinds are compared. */
    private static final double PIXELS_PER_DENSITY = 1000;

    /**
     * One candidate: its address, and its width in pixels or, when {@code width} is false, its density (1 for a
     * candidate without a descriptor or with one that is neither).
     */
    public record Candidate(String url, double size, boolean width, boolean described) {

        /**
         * What the candidate is worth against the others: its width, or its density as that many thousand pixels; one
         * without a descriptor the least, a single pixel.
         */
        double worth() {
            return width ? size : described ? size * PIXELS_PER_DENSITY : 1;
        }
    }

    private Srcset() {
    }

    /** The candidates of {@code srcset}, in its order; none for null or blank. */
    public static List<Candidate> candidates(String srcset) {
        List<Candidate> candidates = new ArrayList<>();
        if (srcset == null) {
            return candidates;
        }
        int at = 0;
        int length = srcset.length();
        while (at < length) {
            while (at < length && (Character.isWhitespace(srcset.charAt(at)) || srcset.charAt(at) == ',')) {
                at++;
            }
            int start = at;
            while (at < length && !Character.isWhitespace(srcset.charAt(at))) {
                at++;
            }
            String url = srcset.substring(start, at);
            String descriptor = "";
            if (url.endsWith(",")) { // "a.jpg,b.jpg 2x": a comma right after the address ends the candidate
                url = url.replaceAll(",+$", "");
            } else {
                int end = srcset.indexOf(',', at);
                end = end < 0 ? length : end;
                descriptor = srcset.substring(at, end).strip();
                at = end;
            }
            if (!url.isEmpty()) {
                candidates.add(candidate(url, descriptor));
            }
        }
        return candidates;
    }

    private static Candidate candidate(String url, String descriptor) {
        Matcher m = DESCRIPTOR.matcher(descriptor.split("\\s+")[0]);
        if (!m.matches()) {
            return new Candidate(url, 1, false, false);
        }
        return new Candidate(url, Double.parseDouble(m.group(1)), "w".equalsIgnoreCase(m.group(2)), true);
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
