package app.gleaner.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Language fallback for pages that declare none: names the language only when the writing system leaves no doubt
 * (kana is Japanese, Hangul is Korean, Han alone is Chinese, Greek, Hebrew, Thai...). Latin or Cyrillic text
 * gives null rather than a guess. Stateless and thread-safe.
 */
final class ScriptLanguage {

    /** Share of letters a script needs to name the language. */
    static final double MIN_SCRIPT_SHARE = 0.5;
    /** Letters read before deciding; enough to be sure, cheap on long articles. */
    static final int SAMPLE_LETTERS = 2000;

    /**
     * Scripts one language writes, asked in the order of {@link UnicodeScript}: a text split evenly between two gets
     * the same answer on every run, which {@code Map.of}'s order, drawn anew by each JVM, would not give.
     */
    private static final Map<UnicodeScript, String> UNAMBIGUOUS = new EnumMap<>(Map.of(
            UnicodeScript.HANGUL, "ko",
            UnicodeScript.GREEK, "el",
            UnicodeScript.HEBREW, "he",
            UnicodeScript.THAI, "th",
            UnicodeScript.ARMENIAN, "hy",
            UnicodeScript.GEORGIAN, "ka"));

    private ScriptLanguage() {
    }

    static String guess(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length() && letters < SAMPLE_LETTERS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        int kana = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
        int han = counts.getOrDefault(UnicodeScript.HAN, 0);
        if ((double) (kana + han) / letters >= MIN_SCRIPT_SHARE) {
            return kana > 0 ? "ja" : "zh";
        }
        for (Map.Entry<UnicodeScript, String> entry : UNAMBIGUOUS.entrySet()) {
            if ((double) counts.getOrDefault(entry.getKey(), 0) / letters >= MIN_SCRIPT_SHARE) {
                return entry.getValue();
            }
        }
        return null;
    }
}
