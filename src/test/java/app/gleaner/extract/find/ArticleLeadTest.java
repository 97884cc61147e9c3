package app.gleaner.extract.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.clean.ChromeRemover;
import app.gleaner.extract.clean.LabelLines;
import app.gleaner.extract.clean.NagPhrases;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleLeadTest {

    private static final String BODY_TEXT = "The new bridge opens to walkers on Saturday, two years after the old one was"
            + " closed for repairs that took longer than anyone had planned.";

    private final ArticleLead lead = new ArticleLead(new ChromeRemover(), new NagPhrases(), new LabelLines());

    private static Element heading(Document page) {
        return page.selectFirst("h1");
    }

    @Test
    void findsTheStandfirstBetweenTheTitleAndTheText() {
        Document page = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1>
                  <p class="deck">After two years of works, the town gets its crossing back, and cyclists will have to
                  wait until spring.</p></header>
                <div id="text"><p>%s</p></div>""".formatted(BODY_TEXT));
        List<Element> found = lead.find(heading(page), BODY_TEXT, null);
        assertEquals(1, found.size());
        assertTrue(found.get(0).text().startsWith("After two years of works"));
    }

    @Test
    void findsASubheadlineSetAsAHeadingRightUnderTheTitleWithoutAClosingStop() {
        Document page = Jsoup.parse("""
                <div class="head"><h1>A bridge for walkers</h1>
                  <h2 class="occhiello">Two years of works, a crossing back and cyclists left waiting until spring</h2>
                  <div class="firma">di Giulia Ferretti</div></div>
                <div id="text"><p>%s</p></div>""".formatted(BODY_TEXT));
        List<Element> found = lead.find(heading(page), BODY_TEXT, null);
        assertEquals(1, found.size());
        assertTrue(found.get(0).text().startsWith("Two years of works"));
        Document section = Jsoup.parse("""
                <h1>A bridge for walkers</h1><p>%s</p>
                <h2>What the works cost the town, and who paid for the new crossing</h2><p>%s</p>"""
                .formatted(BODY_TEXT, BODY_TEXT.replace("bridge", "crossing")));
        assertEquals(List.of(), lead.find(heading(section), BODY_TEXT, null), "a section's heading after the text");
        for (String box : List.of("<div class=also><h3>Also in the news: storm brings flooding to the seafront and "
                + "road closures</h3></div>", "<div class=match-bar><h3>Premier League · Saturday 4 May 2024 · City "
                + "Stadium · Attendance 41,203</h3></div>")) {
            Document other = Jsoup.parse("<div class=head><h1>A bridge for walkers</h1></div>" + box + "<p>"
                    + BODY_TEXT + "</p>");
            assertEquals(List.of(), lead.find(heading(other), BODY_TEXT, null), box);
        }
        Document bar = Jsoup.parse("<div class=head><h1>A bridge for walkers</h1><h3>Premier League · Saturday 4 May "
                + "2024 · City Stadium · Attendance 41,203</h3></div><p>" + BODY_TEXT + "</p>");
        assertEquals(List.of(), lead.find(heading(bar), BODY_TEXT, null), "a bar of fields in the title's box");
    }

    @Test
    void findsAPapersAbstractNamedOnTheTextBesideItsLabel() {
        String abstractText = "城市湿地公园是缓解城市热岛效应的重要绿色基础设施，但其降温效应随观测尺度变化的规律尚不清楚。"
                .repeat(4);
        Document page = Jsoup.parse("""
                <h1>城市湿地公园夏季降温效应的尺度依赖性</h1>
                <h3><span><a href="/author/1">周雨桐</a></span><span><a href="/author/2">陈立新</a></span></h3>
                <div class="row"><span class="rowtit">摘要：</span><span class="abstract-text">%s</span></div>
                <div class="row"><span class="rowtit">关键词：</span><a href="#">湿地公园;</a><a href="#">降温效应;</a></div>
                <div id="text"><p>%s</p></div>""".formatted(abstractText, BODY_TEXT));
        List<Element> found = lead.find(heading(page), BODY_TEXT, null);
        assertEquals(1, found.size());
        assertTrue(found.get(0).text().contains(abstractText), found.get(0).text());
    }

    @Test
    void findsAJapaneseStandfirstOfFiftyCharactersNamedAsOneButNotAnUnnamedLine() {
        String text = "会場には朝から多くの来場者が集まり、基調講演の前には長い列ができました。";
        Document page = Jsoup.parse("""
                <h1>開発者会議2024 1日目</h1>
                <p class="live__lead">湊ヶ丘の会議場で開幕した開発者会議。初日の主要セッションを会場から随時お伝えします。</p>
                <p class="live__meta">文：森下 遥（編集部）</p>
                <p>※この記事にはアフィリエイト広告が含まれています。</p>
                <div id="text"><p>%s</p></div>""".formatted(text));
        List<Element> found = lead.find(heading(page), text, null);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).hasClass("live__lead"));
    }

    @Test
    void findsTheArticlesPointsListedInItsNamedLeadButNotALinkedListOfOtherStories() {
        Document page = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1>
                  <div class="teaser-text" itemprop="description"><ul>
                    <li>The town's crossing reopens after two years of works.</li>
                    <li>Cyclists will have to wait until the spring.</li></ul></div></header>
                <div id="text"><p>%s</p></div>""".formatted(BODY_TEXT));
        List<Element> found = lead.find(heading(page), BODY_TEXT, null);
        assertEquals(1, found.size());
        assertEquals("ul", found.get(0).normalName());
        assertTrue(found.get(0).text().startsWith("The town's crossing reopens"));

        Document teasers = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1>
                  <div class="teaser"><ul>
                    <li><a href="/ferry">The ferry keeps running on Sundays until the end of the summer</a></li>
                    <li><a href="/tolls">Harbour tolls rise for the first time in a decade</a></li></ul></div>
                </header>
                <div id="text"><p>%s</p></div>""".formatted(BODY_TEXT));
        assertEquals(List.of(), lead.find(heading(teasers), BODY_TEXT, null));
    }

    @Test
    void findsAShortStandfirstThatThePageDeclaresAsItsDescriptionButNotAShortPrompt() {
        String text = "市政府周二宣布，新建的步行桥将于本周六开放，比原计划晚了两年。";
        String deck = "旧桥关闭两年后，市民终于可以步行过河了。";
        Document page = Jsoup.parse("""
                <header><h1>步行桥周六开放</h1><p class="deck">%s</p><p>下载本报客户端，第一时间获取更多新闻推送。</p>
                  <p>2024-05-03</p></header>
                <div id="text"><p>%s</p></div>""".formatted(deck, text));
        List<Element> found = lead.find(heading(page), text, deck);
        assertEquals(1, found.size());
        assertEquals(deck, found.get(0).text());
        assertEquals(List.of(), lead.find(heading(page), text, null));
        // a prompt that speaks as the paper is no standfirst, whatever the page declares
        assertEquals(List.of(), lead.find(heading(page), text, "下载本报客户端，第一时间获取更多新闻推送。").stream()
                .filter(e -> e.text().startsWith("下载")).toList());
    }

    @Test
    void stopsWhereTheArticleBegins() {
        Document page = Jsoup.parse("""
                <article><h1>A bridge for walkers</h1><div id="text"><p>%s</p>
                <p>A second paragraph that the search left out of the article, which must not be pulled back in.</p>
                </div></article>""".formatted(BODY_TEXT));
        assertEquals(List.of(), lead.find(heading(page), BODY_TEXT, null));
    }

    @Test
    void stopsAtABoxWhoseLooseTextOpensTheArticleButNotAtALineTheArticleRepeats() {
        Document post = Jsoup.parse("""
                <div class=post><h3>A bridge for walkers</h3><div class=body>%s<br><div>We hope you enjoy it!</div>
                <div>P.S. Our volunteers built the railings over three weekends, and we thank every one of them.</div>
                </div></div>""".formatted(BODY_TEXT));
        assertEquals(List.of(), lead.find(post.selectFirst("h3"), BODY_TEXT + " We hope you enjoy it!", null));
        // the credit line under the headline is repeated at the text's end: the standfirst after it is still the lead
        String credit = "Ana Ruiz and Tom Berg in Westmoor";
        Document story = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1><p class=credit-line>%s</p>
                <p class=standfirst>After two years of works, the town gets its crossing back, and cyclists will have
                to wait until spring.</p></header><div id=text><p>%s</p><p><em>%s</em></p></div>"""
                .formatted(credit, BODY_TEXT, credit));
        List<Element> found = lead.find(heading(story), BODY_TEXT + " " + credit, null);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).hasClass("standfirst"));
    }

    @Test
    void passesOverBylinesBiosCaptionsAndNags() {
        Document page = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1>
                  <p>By Ada Roe - 3 May 2024</p>
                  <div class="author-card"><p>Ada Roe has written about the town's rivers and bridges for a decade now.</p></div>
                  <figure><img src="b.jpg"><figcaption>The bridge seen from the east bank at dawn, before the opening.</figcaption></figure>
                  <p>Subscribe to our newsletter and sign up for alerts to get every story in your inbox first.</p>
                </header>
                <div id="text"><p>%s</p></div>""".formatted(BODY_TEXT));
        assertEquals(List.of(), lead.find(heading(page), BODY_TEXT, null));
    }

    @Test
    void findsAStandfirstHeadingSetInATypeStyleNamedCaptionButNotACaptionBesideTheLeadImage() {
        String teaser = "After two years of works the town gets its crossing back, and cyclists will have to wait until "
                + "spring for their own lane.";
        Document page = Jsoup.parse("""
                <div class="hero"><h1 class="hero__title">A bridge for walkers</h1>
                  <h2 class="hero__teaser caption-s5 lg:text-18">%s</h2></div>
                <div id="text"><p>%s</p></div>""".formatted(teaser, BODY_TEXT));
        assertEquals(List.of(teaser), texts(lead.find(heading(page), BODY_TEXT, null)));
        Document captioned = Jsoup.parse("""
                <div class="hero"><h1 class="hero__title">A bridge for walkers</h1>
                  <div class="hero__image"><img src="b.jpg"></div>
                  <div class="hero__caption"><p>The bridge seen from the east bank at dawn, on the morning it opened.</p>
                  </div></div>
                <div id="text"><p>%s</p></div>""".formatted(BODY_TEXT));
        assertEquals(List.of(), lead.find(heading(captioned), BODY_TEXT, null));
    }

    @Test
    void findsAStandfirstAsDeepInATwinOfTheHeadingsBoxAsTheHeadingItselfButNotDeepInAnotherBox() {
        String stand = "There are several ways to your own car. We explain when leasing pays, when a loan does, and "
                + "when cash is cheapest.";
        String stage = "<div class=stage><div class=stage__container><div class=stage__row><div class=stage__%s>%s"
                + "</div></div></div></div>";
        Document page = Jsoup.parse("<article>" + stage.formatted("head", "<h1>Lease, finance or buy?</h1>")
                + stage.formatted("body", "<p>" + stand + "</p>") + "</article><div id=text><p>%s</p></div>"
                .formatted(BODY_TEXT));
        assertEquals(List.of(stand), texts(lead.find(heading(page), BODY_TEXT, null)));
        Document other = Jsoup.parse("<article>" + stage.formatted("head", "<h1>Lease, finance or buy?</h1>")
                + "<div class=promo-stage><div class=stage__container><div class=stage__row><div class=stage__body><p>"
                + stand + "</p></div></div></div></div></article><div id=text><p>%s</p></div>".formatted(BODY_TEXT));
        assertEquals(List.of(), lead.find(heading(other), BODY_TEXT, null));
    }

    @Test
    void findsAStandfirstThePageNamesAsOneDeepInItsHeaderOrWrittenAsASubheadline() {
        String chapo = "After two years of works the town gets its crossing back, and cyclists will have to wait until "
                + "spring for their own lane.";
        Document page = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1><div class="row"><div class="col"><div class="paragraph
                  paragraph--type--chapo"><div class="chapo_block"><p>%s</p></div></div></div></div></header>
                <div id="text"><p>%s</p></div>""".formatted(chapo, BODY_TEXT));
        assertEquals(List.of(chapo), texts(lead.find(heading(page), BODY_TEXT, null)));
        String subheadline = "Why the crossing took two years longer than planned, and what the delay cost the town";
        page = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1><h2 class="article-subheadline">%s</h2></header>
                <div id="text"><p>%s</p></div>""".formatted(subheadline, BODY_TEXT));
        assertEquals(List.of(subheadline), texts(lead.find(heading(page), BODY_TEXT, null)));
        page = Jsoup.parse("""
                <header><h1>A bridge for walkers</h1><div class="row"><div class="col"><div class="cell"><div
                  itemprop="description"><p>%s</p></div></div></div></div></header>
                <div id="text"><p>%s</p></div>""".formatted(chapo, BODY_TEXT));
        assertEquals(List.of(chapo), texts(lead.find(heading(page), BODY_TEXT, null)));
        // the lead picture's caption, kept with the article, comes first and is no sign that the text has begun
        String caption = "The bridge seen from the east bank at dawn, a day before the opening ceremony.";
        page = Jsoup.parse("""
                <article><h1>A bridge for walkers</h1><figure><img src="b.jpg"><figcaption><span>%s</span></figcaption></figure>
                <div class="entry-excerpt" itemprop="description"><p>%s</p></div><div id="text"><p>%s</p></div>
                </article>""".formatted(caption, chapo, BODY_TEXT));
        assertEquals(List.of(chapo), texts(lead.find(heading(page), caption + " " + BODY_TEXT, null)));
    }

    @Test
    void takesNoBlockDeepInTheHeaderWhoseBoxNamesALeadPictureOrSomethingElse() {
        String credit = "Photo by Ada Roe for the Harbour Post, taken from the east bank at dawn before the opening.";
        for (String box : new String[] {"lede-image", "intro_media", "leading-22", "leaderboard", "shopteaser"}) {
            Document page = Jsoup.parse("""
                    <header><h1>A bridge for walkers</h1><div class="row"><div class="col"><div class="cell">
                      <div class="%s"><p>%s</p></div></div></div></div></header>
                    <div id="text"><p>%s</p></div>""".formatted(box, credit, BODY_TEXT));
            assertEquals(List.of(), lead.find(heading(page), BODY_TEXT, null), box);
        }
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void findsNothingWithoutATitleHeading() {
        assertEquals(List.of(), lead.find(null, BODY_TEXT, null));
    }
}
