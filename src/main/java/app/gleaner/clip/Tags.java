package app.gleaner.clip;

import app.gleaner.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tag rules: trimmed, lower-case, inner white space folded, no control characters, bounded in length and count. A
 * comma separates tags, as it does in the reader's tag field and in bookmark files, so "a, b" is two tags wherever
 * it comes from and a tag reads back the same through every form and export.
 */
final class Tags {

    static final int MAX_TAGS = 50;
    static final int MAX_TAG_LENGTH = 100;

    private Tags() {
    }

    /** The tags as they will be stored: split at commas, normalized, duplicates dropped. */
    static List<String> normalize(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null) {
                throw ProblemException.badRequest("'tags' must not contain null.");
            }
            for (String part : tag.split(",")) {
                String normalized = normalizeOrNull(part);
                if (normalized != null) {
                    seen.add(normalized);
                }
            }
        }
        if (seen.size() > MAX_TAGS) {
            throw ProblemException.badRequest("A clip has at most " + MAX_TAGS + " tags.");
        }
        return new ArrayList<>(seen);
    }

    static String normalizeOrNull(String tag) {
        if (tag == null) {
            return null;
        }
        String normalized = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return null;
        }
        if (normalized.codePoints().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("A tag must not contain control characters.");
        }
        if (normalized.length() > MAX_TAG_LENGTH) {
            throw ProblemException.badRequest("A tag has at most " + MAX_TAG_LENGTH + " characters.");
        }
        return normalized;
    }
}
