package app.gleaner.clip;

import app.gleaner.problem.ProblemException;
import java.util.Locale;

/**
 * The filters of {@code GET /api/clips}, parsed from raw query strings so a bad value is a 400 that names it
 * (JAX-RS would turn a failed conversion into a 404).
 */
public record ClipQuery(String text, String tag, Boolean archived, Boolean favorite, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT_LENGTH = 500;

    /** Parses and checks raw query values; a bad one is a 400 problem naming it. */
    public static ClipQuery parse(String q, String tag, String archived, String favorite, String page, String size) {
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw ProblemException.badRequest("'q' is longer than " + MAX_TEXT_LENGTH + " characters.");
        }
        ClipRequest.requireNoControlCharacters("q", text);
        int pageNumber = integer("page", page, 0);
        int pageSize = integer("size", size, DEFAULT_SIZE);
        if (pageNumber < 0) {
            throw ProblemException.badRequest("'page' counts from 0.");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ProblemException.badRequest("'size' must be between 1 and " + MAX_SIZE + ".");
        }
        return new ClipQuery(text, Tags.normalizeOrNull(blankToNull(tag)), bool("archived", archived),
                bool("favorite", favorite), pageNumber, pageSize);
    }

    private static int integer(String name, String value, int fallback) {
        if (blankToNull(value) == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("'" + name + "' must be a whole number.");
        }
    }

    private static Boolean bool(String name, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest("'" + name + "' must be true or false.");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
