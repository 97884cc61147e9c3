package app.gleaner.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lowerCasesAndSplitsOnAnythingButLettersAndDigits() {
        assertThat(Tokenizer.terms("The Harbour-Master's 3 boats, (2024)!"))
                .containsExactly("the", "harbour", "master", "s", "3", "boats", "2024");
    }

    @Test
    void stripsDiacriticsSoAccentedAndPlainWordsMeet() {
        assertThat(Tokenizer.terms("Café Straße naïve Ångström")).containsExactly("cafe", "straße", "naive", "angstrom");
        assertThat(Tokenizer.terms("cafe\u0301")).containsExactly("cafe");
    }

    @Test
    void stripsOptionalVowelPointsButKeepsVowelSignsThatSpellTheWord() {
        assertThat(Tokenizer.terms("كَتَبَ שָׁלוֹם")).containsExactly("كتب", "שלום");
        assertThat(Tokenizer.terms("माल मिल मल").stream().distinct()).hasSize(3);
        assertThat(Tokenizer.terms("กิน กน").stream().distinct()).hasSize(2);
    }

    @Test
    void keepsTheSoundMarksOfKanaWrittenEitherWay() {
        assertThat(Tokenizer.terms("がか").stream().distinct()).hasSize(2);
        assertThat(Tokenizer.terms("か\u3099")).isEqualTo(Tokenizer.terms("が"));
    }

    @Test
    void splitsHanAndKanaIntoSingleCharacterTerms() {
        assertThat(Tokenizer.terms("東京タワー tower")).containsExactly("東", "京", "タ", "ワ", "ー", "tower");
    }

    @Test
    void splitsThaiIntoItsWords() {
        String text = "ภาษาไทยเป็นภาษาที่สวยงาม";
        assertThat(Tokenizer.terms(text)).contains("ไทย", "สวย", "งาม").containsAll(Tokenizer.terms("สวยงาม"));
        Tokenizer.Token thai = Tokenizer.tokens(text).get(1);
        assertThat(text.substring(thai.start(), thai.end())).isEqualTo("ไทย");
        assertThat(Tokenizer.terms("iPhoneรุ่นใหม่")).contains("iphone", "ใหม่");
    }

    @Test
    void keepsCyrillicAndGreekWords() {
        assertThat(Tokenizer.terms("Маяк и Φάρος")).containsExactly("маяк", "и", "φαρος");
    }

    @Test
    void dropsTermsLongerThanTheIndexColumn() {
        assertThat(Tokenizer.terms("a" + "x".repeat(65) + " ok")).containsExactly("ok");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Écoute, le phare.";
        Tokenizer.Token phare = Tokenizer.tokens(text).get(2);
        assertThat(text.substring(phare.start(), phare.end())).isEqualTo("phare");
        assertThat(Tokenizer.tokens(text).get(0).term()).isEqualTo("ecoute");
    }

    @Test
    void emptyForNullAndPunctuation() {
        assertThat(Tokenizer.terms(null)).isEmpty();
        assertThat(Tokenizer.terms(" -- !? ")).isEmpty();
    }
}
