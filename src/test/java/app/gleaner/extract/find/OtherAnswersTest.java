package app.gleaner.extract.find;

import static org.assertj.core.api.Assertions.assertThat;

import app.gleaner.extract.clean.RemovalLog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OtherAnswersTest {

    private static final String QUESTION = "<div itemprop=mainEntity itemscope itemtype=https://schema.org/Question>"
            + "<h1 itemprop=name>Why is the ferry timetable cached?</h1><div itemprop=text><p>The app shows last "
            + "week's sailings until I restart it.</p></div></div>";

    @Test
    void aQuestionWithAnAcceptedAnswerKeepsThatAnswerAndLogsTheOthers() {
        Element body = Jsoup.parse("<body>" + QUESTION + "<div id=answers><div itemprop=acceptedAnswer itemscope "
                + "itemtype=https://schema.org/Answer><p>Clear the cache on resume.</p></div><div "
                + "itemprop=suggestedAnswer itemscope itemtype=https://schema.org/Answer><p>Reinstall the app.</p>"
                + "</div></div></body>").body();
        RemovalLog log = new RemovalLog();
        OtherAnswers.removeFrom(body, log);
        assertThat(body.text()).contains("last week's sailings", "Clear the cache").doesNotContain("Reinstall");
        assertThat(log.entries()).anyMatch(entry -> entry.contains("Reinstall the app"));
    }

    @Test
    void withoutAnAcceptedAnswerEveryAnswerStays() {
        Element body = Jsoup.parse("<body>" + QUESTION + "<div itemprop=suggestedAnswer itemscope itemtype="
                + "https://schema.org/Answer><p>Clear the cache on resume.</p></div><div itemprop=suggestedAnswer "
                + "itemscope itemtype=https://schema.org/Answer><p>Reinstall the app.</p></div></body>").body();
        OtherAnswers.removeFrom(body, new RemovalLog());
        assertThat(body.text()).contains("Clear the cache", "Reinstall");
    }
}
