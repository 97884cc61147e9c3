package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoadingNotesTest {

    private static final LoadingNotes NOTES = new LoadingNotes();

    @ParameterizedTest
    @ValueSource(strings = {"Loading interactive map…", "Loading chart...", "Interaktive Karte wird geladen …",
        "Carregando gráfico interativo...", "Laddar interaktiv grafik …", "Chargement de la carte interactive…",
        "Kaart laden…", "地図を読み込み中…", "图表加载中…", "지도 로딩 중..."})
    void readsWhatAScriptShowsUntilItsChartOrMapHasLoaded(String text) {
        assertTrue(NOTES.isNote(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Loading interactive map", "Loading the boat…", "Still loading…", "Crash when loading…",
        "Loading comments…", "Downloading the map…", "Wenn das Handy nur langsam lädt …", "页面一直加载中…",
        "Loading the interactive map took the crew of volunteers all night…", "Загрузка картофеля…",
        "Loading the maple dresser…"})
    void leavesLinesThatNameNoLoadingChartOrMap(String text) {
        assertFalse(NOTES.isNote(text), text);
    }
}
