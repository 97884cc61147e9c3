package app.gleaner.library.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A parsed search: the distinct terms, all of which a clip must contain. The last term may match as a prefix
 * ({@code lightho} finds {@code lighthouse}) when the reader may still be typing it — the text does not end in a
 * space — and it has at least {@link #MIN_PREFIX_LENGTH} characters; {@link Searcher} uses the prefix only when the
 * term is not a word of the library by itself. Immutable.
 */
public record SearchQuery(List<String> terms, boolean lastIsPrefix) {

    public static final int MIN_PREFIX_LENGTH = 3;
    /** More terms than this add nothing to ranking and only cost time. */
    public static final int MAX_TERMS = 12;

    public static SearchQuery parse(String text) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Tokenizer.terms(text)));
        if (terms.size() > MAX_TERMS) {
            terms = new ArrayList<>(terms.subList(0, MAX_TERMS));
        }
        boolean prefix = !terms.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
                && terms.get(terms.size() - 1).length() >= MIN_PREFIX_LENGTH;
        return new SearchQuery(List.copyOf(terms), prefix);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether {@code term} (already normalized) is what this query looks for. */
    public boolean matches(String term) {
        for (int i = 0; i < terms.size(); i++) {
            String wanted = terms.get(i);
            boolean prefix = lastIsPrefix && i == terms.size() - 1;
            if (prefix ? term.startsWith(wanted) : term.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
