package app.gleaner.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule data file from {@code src/main/resources/rules/}: one entry per line, surrounding whitespace trimmed; blank
 * lines and comments ignored. A comment is a line that is just {@code #} or starts with {@code "# "} — a hash and a
 * space — so CSS id selectors such as {@code #cookie-banner} stay usable as entries. Rules name sites, vendors and
 * phrases, so they live as data that can change without touching Java.
 *
 * <p>Loading happens once, when a stage is built; a missing file is a packaging error and fails fast with an
 * {@link IllegalStateException} rather than letting extraction silently run without its rules.
 */
public final class RuleList {

    private static final String RULES_FOLDER = "/rules/";
    private static final String COMMENT_PREFIX = "# ";
    private static final String EMPTY_COMMENT = "#";

    private RuleList() {
    }

    /** The entries of {@code rules/<name>}, in file order, unmodifiable. */
    public static List<String> load(String name) {
        String path = RULES_FOLDER + name;
        try (InputStream in = RuleList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing rule file on the classpath: " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + path, e);
        }
    }

    /** Same as {@link #load(String)} with every entry lower-cased (root locale), for case-insensitive matching. */
    public static List<String> loadLowerCase(String name) {
        return load(name).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The entries that begin with {@code mark} ("!updated", "~de"), without it: the kind of rule a file marks out
     * from the rest.
     */
    public static List<String> marked(List<String> entries, String mark) {
        return entries.stream().filter(e -> e.startsWith(mark)).map(e -> e.substring(mark.length()).strip()).toList();
    }

    /** The entries that do not begin with {@code mark}. */
    public static List<String> unmarked(List<String> entries, String mark) {
        return entries.stream().filter(e -> !e.startsWith(mark)).toList();
    }

    static List<String> parse(String text) {
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith(COMMENT_PREFIX) && !entry.equals(EMPTY_COMMENT)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
