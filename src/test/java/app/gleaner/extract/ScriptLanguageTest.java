package app.gleaner.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ScriptLanguageTest {

    @Test
    void namesTheLanguageThatAloneWritesMostOfTheLetters() {
        assertEquals("ko", ScriptLanguage.guess("항구의 겨울 배편이 월요일부터 바뀝니다"));
        assertEquals("ja", ScriptLanguage.guess("港の冬ダイヤは月曜日から変わります"));
        assertEquals("zh", ScriptLanguage.guess("港口冬季班次从周一起调整"));
        assertEquals("el", ScriptLanguage.guess("Το λιμάνι αλλάζει δρομολόγια τη Δευτέρα"));
    }

    @Test
    void namesNoLanguageForScriptsManyWrite() {
        assertNull(ScriptLanguage.guess("The winter ferries start on Monday"));
        assertNull(ScriptLanguage.guess("Зимний паром отправляется в понедельник"));
        assertNull(ScriptLanguage.guess("1234 — 5678"));
    }

    @Test
    void givesATextSplitEvenlyBetweenTwoScriptsTheSameAnswerOnEveryRun() {
        assertEquals("el", ScriptLanguage.guess("αβ אב"), "Greek comes before Hebrew in Unicode's order of scripts");
    }
}
