package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.rules.RuleList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeLabelsTest {

    private static final ChromeLabels LABELS = new ChromeLabels(List.of("read more", "related", "anzeige",
            "lesen sie auch"));

    @ParameterizedTest
    @ValueSource(strings = {"read more", "read more:", "related …", "anzeige »", "related |"})
    void readsALabelWhateverPunctuationTrailsIt(String text) {
        assertTrue(LABELS.isLabel(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"read more about the harbour", "relatedness", ": related", ""})
    void leavesTextThatIsMoreThanALabel(String text) {
        assertFalse(LABELS.isLabel(text), text);
    }

    @Test
    void findsTheLabelBeforeMoreTextPastAWordBoundary() {
        assertEquals("read more", LABELS.labelBeforeMore("read more: the harbour reopens"));
        assertEquals("related", LABELS.labelBeforeMore("related research from the same laboratory"));
    }

    @Test
    void findsNoLabelBeforeMoreInsideAWordOrWithNothingAfterIt() {
        assertNull(LABELS.labelBeforeMore("relatedness of the two species"));
        assertNull(LABELS.labelBeforeMore("read more"));
        assertNull(LABELS.labelBeforeMore("the related story"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lesen sie auch die folgenden beiträge:", "related:", "read more »", "anzeige"})
    void opensWithALabelAtAWordBoundaryOrIsOne(String text) {
        assertTrue(LABELS.opensWithLabel(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relatedness", "readers write", "more related stories", ""})
    void doesNotOpenWithALabelInsideAWordOrLaterInTheText(String text) {
        assertFalse(LABELS.opensWithLabel(text), text);
    }

    @Test
    void readsTheBundledLabelsInSeveralLanguages() {
        ChromeLabels bundled = new ChromeLabels(RuleList.loadLowerCase("chrome-labels.txt"));
        assertTrue(bundled.isLabel("advertisement"));
        assertTrue(bundled.isLabel("anzeige"));
        assertTrue(bundled.isLabel("iklan"));
        assertTrue(bundled.opensWithLabel("read also: the harbour"));
        // a recipe card's buttons and a rating widget's prompts
        assertTrue(bundled.isLabel("hoppa till receptet"));
        assertTrue(bundled.isLabel("tarifi yazdır"));
        assertTrue(bundled.isLabel("click the stars to rate"));
        assertTrue(bundled.isLabel("¿te ha resultado útil esta noticia?"));
        assertTrue(bundled.isLabel("この記事は役に立ちましたか？"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"conteúdo patrocinado", "gesponsord", "sponsorowane", "sponsorlu içerik", "스폰서 링크",
            "läs också:", "przeczytaj też:", "bunu da okuyun:", "関連記事：", "관련 기사", "baca juga:", "اقرأ أيضا:",
            "читайте также:", "यह भी पढ़ें:", "อ่านเพิ่มเติม", "xem thêm:", "延伸閱讀：", "διαβάστε επίσης:", "čtěte také:",
            "čítajte aj:", "læs også:", "les også:", "lue myös:", "citește și:", "pročitajte i:", "preberite tudi:",
            "olvassa el ezt is:", "loe ka:", "taip pat skaitykite:", "lasiet arī:", "llegiu també:"})
    void readsSponsorsLabelsAndReadAlsoLabelsInMoreLanguages(String text) {
        assertTrue(new ChromeLabels(RuleList.loadLowerCase("chrome-labels.txt")).isLabel(text), text);
    }

    @Test
    void marksTheLabelsThatTitleABoxAndTheWordsThatHeadARowOfTags() {
        ChromeLabels bundled = new ChromeLabels(RuleList.loadLowerCase("chrome-labels.txt"));
        assertTrue(bundled.titlesABox("sponsored"));
        assertTrue(bundled.titlesABox("läs också:"));
        assertTrue(bundled.titlesABox("umfrage"), "a poll's title");
        assertFalse(bundled.titlesABox("updated"));
        assertFalse(bundled.titlesABox("enlarge"));
        assertEquals("temas", bundled.tagRowLabelBeforeMore("temas: lectores gadgets"));
        assertTrue(bundled.isLabel("tags")); // a label, and a row's head
        assertFalse(bundled.isLabel("sujets")); // a row's head only
        assertNull(bundled.labelBeforeMore("temas: lectores gadgets"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"- advertisement -", "— anzeige —", "[ advertisement ]", "(anzeige)", "· iklan ·",
        "« publicité »", "（広告）", "【広告】"})
    void readsALabelInsideAFrameOfPunctuation(String framed) {
        ChromeLabels bundled = new ChromeLabels(RuleList.loadLowerCase("chrome-labels.txt"));
        assertTrue(bundled.isLabel(framed));
        assertTrue(bundled.titlesABox("— advertisement —"));
        assertFalse(bundled.isLabel("- the advertisement -"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"—mire.", "— vea.", "• print", "* comments", "- share"})
    void leavesALineThatADashOrABulletOpensButNothingClosesAlone(String line) {
        ChromeLabels bundled = new ChromeLabels(RuleList.loadLowerCase("chrome-labels.txt"));
        assertFalse(bundled.isLabel(line), line);
    }

    @Test
    void readsTurkishDottedCapitalIAsTheLabelsWriteIt() {
        ChromeLabels bundled = new ChromeLabels(RuleList.loadLowerCase("chrome-labels.txt"));
        assertTrue(bundled.isLabel(ChromeLabels.lowered("İlginizi çekebilir")));
        assertEquals("İlginizi çekebilir".length(), ChromeLabels.lowered("İlginizi çekebilir").length());
    }

    @Test
    void theLongestLabelThatOpensATextWinsInAnyOrder() {
        for (List<String> order : List.of(List.of("share", "share this article"), List.of("share this article", "share"))) {
            assertEquals("share this article", new ChromeLabels(order).labelBeforeMore("share this article: mail"),
                    order.toString());
        }
    }
}
