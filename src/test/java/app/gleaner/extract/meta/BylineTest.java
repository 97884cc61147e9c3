package app.gleaner.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.gleaner.extract.page.MetaTags;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void readsTheFieldsOfABylineThatTouchEachOtherApart() {
        Document page = Jsoup.parse("<article><div class=byline><span>Katarzyna Wiśniewska</span><time "
                + "datetime=2024-04-10>2024-04-10</time></div><p>Text</p></article>");
        assertEquals("Katarzyna Wiśniewska", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        page = Jsoup.parse("<div class=byline>By <a href=/a>Ada Roe</a><span>, </span><a href=/t>Tom Vale</a></div>");
        assertEquals("Ada Roe, Tom Vale", Byline.of(page, MetaTags.of(page), null, null, List.of()));
    }

    @Test
    void readsTheNamesSetBeforeTheArticlesTimeWithNoClassOrWordToMarkThem() {
        String story = "<p>Der Stadtrat hat am Montag nach langer Debatte beschlossen, den Bericht zu "
                + "veröffentlichen.</p>";
        Document page = Jsoup.parse("<article><h1>Nächtliche Backups</h1><p class=meta>Matthias Kreuzkamp · <time "
                + "datetime=2024-10-06>6. Oktober 2024</time> · 5 Minuten</p>" + story + "</article>");
        assertEquals("Matthias Kreuzkamp", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"), List.of()));
        page = Jsoup.parse("<article><h1>Crawling glazes</h1><div class='mt-4 flex'><img src=/m.jpg class='h-8 w-8'>"
                + "<span class=font-medium>Marisol Achterberg</span><span aria-hidden=true>·</span><time "
                + "datetime=2025-02-11>February 11, 2025</time></div>" + story + "</article>");
        assertEquals("Marisol Achterberg", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"),
                List.of()));
        // a section's link, a reading time, one word: no names
        for (String line : List.of("<a href=/lokales/>Lokale Nachrichten</a> · ", "Lesezeit 5 Minuten · ",
                "Backend ")) {
            page = Jsoup.parse("<article><h1>Nächtliche Backups</h1><p>" + line + "<time datetime=2024-10-06>6. "
                    + "Oktober 2024</time></p>" + story + "</article>");
            assertNull(Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"), List.of()), line);
        }
    }

    @Test
    void readsCoAuthorsTheLineMarksApartAsItWritesThem() {
        Document page = Jsoup.parse("<div class=firma>di <span class=author>Giacomo Ferrandi</span> e <span "
                + "class=author>Sara Lodigiani</span><!--ng-container--><time datetime=2025-01-23>23 gennaio 2025, "
                + "08:10</time></div>");
        assertEquals("Giacomo Ferrandi e Sara Lodigiani", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        // each story of a weekly edition has its own byline box
        page = Jsoup.parse("<div class=edition><div class=author>Nathan Willis</div><p>One story.</p>"
                + "<div class=author>Jonathan Corbet</div><p>Another story.</p></div>");
        assertEquals("Nathan Willis", Byline.of(page, MetaTags.of(page), null, null, List.of()));
    }

    @Test
    void readsTheNameLinkedToAProfilesHandleUnderTheHeadline() {
        Document page = Jsoup.parse("<article><h1>The last hardware store</h1><div class=post-meta><a "
                + "href=https://substack.com/@dellaom>Della Okonkwo-Marsh</a><div>Oct 08, 2024</div></div>"
                + "<p>Text</p></article>");
        assertEquals("Della Okonkwo-Marsh", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"),
                List.of()));
        // a site's own follow link is no author's
        page = Jsoup.parse("<article><h1>The last hardware store</h1><div><a href=https://social.example/@store>"
                + "Mastodon</a></div><p>Text</p></article>");
        assertNull(Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"), List.of()));
    }

    @Test
    void readsNamesInAScriptWithoutCapitals() {
        Document page = Jsoup.parse("<article><h1>藍甕の三つの習慣</h1><div class=blog-meta-item--author>"
                + "<a class=blog-author-name href=/journal?author=6012>森下 千夏</a></div><p>本文</p></article>");
        assertEquals("森下 千夏", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"), List.of()));
        assertFalse(BylineNames.readsAsNames("Anna und die Tiere"));
    }

    @Test
    void takesTheNameABylineMarksInsideItWithoutTheRoleAndDayAroundIt() {
        Document page = Jsoup.parse("<div class=story__byline><span class=byline__name>By Rachel Okonkwo</span>, "
                + "Environment Reporter <span class=byline__date>Tuesday 21 May 2024, 6:00am</span></div>");
        assertEquals("Rachel Okonkwo", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        page = Jsoup.parse("<div class=story__byline>By <span class=byline__name>Ada Roe</span> and "
                + "<span class=byline__name>Tom Vale</span></div>");
        assertEquals("Ada Roe and Tom Vale", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        page = Jsoup.parse("<div class=story__byline>By Ada Roe | Photos: <span class=byline__photo>Tom Vale</span>"
                + "</div>");
        assertEquals("Ada Roe", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        // what the same selector finds inside is no name where it is a label, or the first of two
        page = Jsoup.parse("<div class=story-byline><span class=story-byline__by>By</span> <a href=/a>Ann Byrne</a>"
                + "</div>");
        assertEquals("Ann Byrne", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        page = Jsoup.parse("<div class=story-byline>By <a class=story-byline__link href=/a>Ann Lee</a> and Tom Vale"
                + "</div>");
        assertEquals("Ann Lee and Tom Vale", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        page = Jsoup.parse("<span class=byline><span class=byline-name>By Priya Hallworth</span>, Plot 14 <span "
                + "class=byline-day>Sunday 6 October 2024</span></span>");
        assertEquals("Priya Hallworth", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        page = Jsoup.parse("<div class=story-byline>By Ann Lee, <span class=byline-agency>Reuters</span></div>");
        assertEquals("Ann Lee, Reuters", Byline.of(page, MetaTags.of(page), null, null, List.of()));
        // a weekday before the date goes where two words stay before it; a surname stays
        assertEquals("Rachel Okonkwo", BylineNames.clean("By Rachel Okonkwo Tuesday 21 May 2024", true));
        assertEquals("Jan Novák", BylineNames.clean("Jan Novák Dienstag, 21. Mai 2024", true));
        assertNull(BylineNames.clean("Tuesday 21 May 2024, 6:00am", true));
        assertEquals("Ann Friday", BylineNames.clean("Ann Friday", true));
        // a line that opens with another's credit names no author; a surname that is a short stop word does
        assertNull(BylineNames.clean("Edited by Tom Vale", true));
        assertNull(BylineNames.clean("责任编辑：周闻", true));
        assertEquals("Ann Lee", BylineNames.clean("Reviewed by Debra Sullivan Written by Ann Lee", true));
        assertEquals("Bo Chen", BylineNames.clean("Illustrations by Ann Lee, words by Bo Chen", true));
        assertEquals("Um Ji-won", BylineNames.clean("Um Ji-won", true));
        // a byline's opening word in more scripts, and a name whose letters carry vowel signs
        assertEquals("พิมพ์ชนก วงศ์สวัสดิ์", BylineNames.clean("โดย พิมพ์ชนก วงศ์สวัสดิ์", true));
        assertEquals("Rina Pratiwi", BylineNames.clean("Oleh Rina Pratiwi", true));
        assertEquals("க. செல்வி", BylineNames.clean("க. செல்வி", false));
        assertNull(BylineNames.clean("Διαχειριστής", false));
        assertEquals("Anna Freitag", BylineNames.clean("Von Anna Freitag, 21.05.2024", true));
        // an abbreviated weekday, with the period or comma it is written with
        assertEquals("Jan Novák", BylineNames.clean("Von Jan Novák Fr, 18. Oktober 2019", true));
        assertEquals("Rachel Okonkwo", BylineNames.clean("By Rachel Okonkwo Tue. 21 May 2024", true));
        assertEquals("Rachel Okonkwo", BylineNames.clean("Par Rachel Okonkwo jeu. 7 mars 2024", true));
        assertEquals("Tran Minh Do", BylineNames.clean("Von Tran Minh Do 12.03.2024", true));
        // a joiner before the date is written in lower case; a capitalized one is a surname
        assertEquals("Jeanne Morel", BylineNames.clean("Par Jeanne Morel le 07 mai 2020", true));
        assertEquals("Minh Do", BylineNames.clean("Von Minh Do, 12.03.2024", true));
        assertEquals("Oliver August", BylineNames.clean("By Oliver August, 21 May 2024", true));
    }

    @Test
    void readsTheNamesOfAuthorPagesLinkedUnderTheHeadlineWhereNothingElseNamesThem() {
        String card = "<article><h3><a href=/news/other>Another story</a></h3><a href=/autor/ole-sturm/>Ole Sturm</a>"
                + "</article>";
        Document page = Jsoup.parse("<header><a href=/autoren/>Autoren</a></header><article><h1>Bridge plan</h1>"
                + "<div class=meta>Von <a class=username href=/autor/nadja-fennert/>Nadja Fennert</a>, Brunnsee, und "
                + "<a href=https://news.example/autor/ines-wrede>Ines Wrede</a></div><p>Text</p></article>" + card);
        assertEquals("Nadja Fennert, Ines Wrede", byline(page));
        page = Jsoup.parse("<header><a href=/autoren/>Autoren</a></header><article><h1>Bridge plan</h1><p>Text "
                + "<a href=/autor/nadja-fennert/>mehr</a></p></article>" + card);
        assertEquals(null, byline(page));
    }

    @Test
    void takesNoAuthorLinkThatSaysSomethingElseCreditsAPhotoOrStandsInAParagraph() {
        String[] pages = {
            "<p><a href=/author/jane-doe/>More by this author</a></p>",
            "<p><a href=/author/jane-doe/feed/>Jane Doe</a></p>",
            "<figure><img src=/a.jpg><figcaption>Foto: <a href=/author/ann-lee/>Ann Lee</a></figcaption></figure>",
            "<p>As our columnist <a href=/columnists/maria-gomez>Maria Gomez</a> argued last spring, the council's plan"
                    + " to close the ferry would cut the island off from its doctors, its school and its only shop.</p>"};
        for (String body : pages) {
            Document page = Jsoup.parse("<article><h1>Bridge plan</h1>" + body + "<p>Text</p></article>");
            assertEquals(null, byline(page), body);
        }
    }

    @Test
    void readsABylineThePageWritesAsAPlainLineNearItsHeadline() {
        String[][] lines = {
            {"<p><i>von Daniela Obers</i></p>", "Daniela Obers"},
            {"<p>Von Anna Berg, Korrespondentin in Paris</p>", "Anna Berg"},
            {"<p><span>Autor:</span> Jan Novák, 12. 3. 2024</p>", "Jan Novák"},
            {"<p><b>By</b> Ann Lee</p>", "Ann Lee"},
            {"<p><strong>Por Rafael Menezes Dutra, do Rio</strong></p>", "Rafael Menezes Dutra"},
            {"<div class=entry-meta>Posted on 12 May 2024 by Graham Pettifer in Racing</div>", "Graham Pettifer"},
            {"<p>Door Pieter de Vries in Utrecht</p>", "Pieter de Vries"},
            {"<div class=field>Texto: Ignacio Barrera · Fotos: Ana Gil</div>", "Ignacio Barrera"},
            {"<p><span>Tekst: Agnieszka Sobczak i Michał Wróblewski</span> <time>12.05.2024</time></p>",
                "Agnieszka Sobczak i Michał Wróblewski"},
            {"<div class=meta>Von Jonas Behrendt | 5. März 2024</div>", "Jonas Behrendt"},
            {"<small>Verfasst von: <strong>mitundvoneinander</strong> | 31. Dezember 2008</small>",
                "mitundvoneinander"},
            {"<div class=info>Posted on May 3, 2024 by Ann Lee</div>", "Ann Lee"},
            {"<div><span class=itemPoster>Geschrieben von <a href=/userinfo.php?uid=6>Cooper</a></span> "
                    + "<span class=itemPostDate>am 25.08.2015 22:30</span></div>", "Cooper"},
            {"<div class=info>06.11.2023 13:30 von Olga</div>", "Olga"},
            {"<p><span class=kicker>Lokales</span> | <span>Von Ann Lee</span></p>", "Ann Lee"},
            {"<div class=userbox><div class=icon><img src=/u.jpg width=60 height=60></div><div>"
                    + "<span>von <a href=/user/Marianne1.html>Marianne1</a><br>am 20.09.2020</span></div></div>",
                "Marianne1"},
            {"<p>Par <a href=/node/jeanne-morel>Jeanne Morel</a> le 07 mai 2020</p>", "Jeanne Morel"},
            {"<p>By <b>Ade Okafor</b> and <b>Lin Wu</b><br>Lagos</p>", "Ade Okafor and Lin Wu"},
            {"<p>Skrivet av Elin Strand</p>", "Elin Strand"},
            {"<p>Kirjoittanut Sanna Heikki</p>", "Sanna Heikki"},
            {"<p>Írta Kovács Anna</p>", "Kovács Anna"},
            {"<p>Napisała Anna Nowak, 3 maja 2025</p>", "Anna Nowak"},
            {"<p>Γράφει: Νίκος Παππάς</p>", "Νίκος Παππάς"},
            {"<p>A cura di Marco Rossi</p>", "Marco Rossi"},
            {"<p>Testo di Chiara Bene</p>", "Chiara Bene"},
            {"<p><em>Teksti: Aino Virta, kuvat: Lauri Salo</em></p>", "Aino Virta"},
            {"<div class=t-descr>Текст: Анна Белова</div>", "Анна Белова"},
            {"<div class=paragraph><em>글: 김서연</em></div>", "김서연"},
            {"<div class=meta><span class=author>文・写真：三浦朋子</span></div>", "三浦朋子"},
            {"<p><font size=1>글·사진: 김민호 / 2003.02.09</font></p>", "김민호"},
            {"<p><font size=1>Tekst i zdjęcia: Tomasz Wierzbicki | 14 sierpnia 2002</font></p>", "Tomasz Wierzbicki"},
            {"<p><font size=1>Haber: Mehmet Aydın - 23.10.2007</font></p>", "Mehmet Aydın"},
            {"<p>Κείμενο και φωτογραφίες: <a href=/syntaktes/eleni>Ελένη Μαυρίδου</a></p>", "Ελένη Μαυρίδου"},
            {"<p>Co-authored by Dana Whit</p>", "Dana Whit"},
            {"<div>Posted on <span>May 3, 2024</span> by <span>Ann Lee</span></div>", "Ann Lee"},
            {"<div>Publié le <span>14 octobre 2023</span> par <span>Colette Ferrand</span></div>", "Colette Ferrand"},
            {"<div>Scritto da Giuseppe Ferri – 12/09/2023 – letto 1.284 volte</div>", "Giuseppe Ferri"}};
        for (String[] line : lines) {
            Document page = Jsoup.parse("<nav><a href=/>Home</a></nav><main><article><h1>Bridge plan</h1>" + line[0]
                    + "<p>The council met on Tuesday to talk about the bridge.</p></article></main>");
            assertEquals(line[1], byline(page), line[0]);
        }
    }

    @Test
    void aDateBeforeTheBylinesWordCountsOnlyAsThePublications() {
        String story = "<p>The council met on Tuesday to talk about the bridge.</p>";
        String[][] lines = {
            {"<p>Modifié le <span>3 mai 2024</span> par <span>Jean Dupont</span></p><p>Par Marie Curie</p>",
                "Marie Curie"},
            {"<p>Zuletzt geändert am <span>3. Mai 2024</span> von <span>Peter Schulz</span></p><p>Von Anna Berg</p>",
                "Anna Berg"},
            {"<p>Medically reviewed on <time>May 3, 2024</time> by <span>Dr. Maria Lopez</span></p>", null},
            {"<p>Released on <span>12 April 2024</span> by <span>Domino Records</span></p>", null}};
        for (String[] line : lines) {
            Document page = Jsoup.parse("<main><article><h1>Bridge plan</h1>" + line[0] + story + "</article></main>");
            assertEquals(line[1], byline(page), line[0]);
        }
    }

    @Test
    void takesNoLineThatOpensAsABylineDoesButNamesNoAuthorOfTheArticle() {
        String text = "<p>" + "The council met on Tuesday to talk about the bridge and its cost. ".repeat(14) + "</p>";
        String[] lines = {
            "<p><span class=play>Text vorlesen</span></p>",
            "<h2>By The Numbers</h2>",
            "<p>Von Berlin nach Hamburg</p>",
            "<p><img src=/boat.jpg><span class=video-credit>By U.S. Coast Guard</span></p>",
            "<p class=caption>By Ann Lee</p>",
            "<blockquote><p>Nothing is built for ever.</p><p>by Mark Twain</p></blockquote>",
            "<aside><p>By Ola Berg</p></aside>",
            "<footer><p>Von Ola Berg</p></footer>",
            text + "<p>Von Ola Berg</p>",
            "<p><strong>By contrast</strong>, drivers will pay more.</p>",
            "<p><strong>By Monday Morning</strong> the river had fallen two metres.</p>",
            "<p><strong>By The Numbers</strong></p>",
            "<p><strong>Par ailleurs</strong>, la ville paiera.</p>",
            "<p><strong>By car</strong><br>Leave the motorway at exit 12.</p>",
            "<p>By Train<br>Route 66 reopens in May.</p>",
            "<div class=buchinfo><p>Der Zauberberg</p><p>Von Thomas Mann</p></div>",
            "<div class=pullquote><p>“Start small.”</p><p>— by Mark Twain</p></div>",
            "<div class=column><p>Weekly column</p><p>By Tom Vale</p><a href=/columns>Read more</a></div>",
            "<div class=hero><img src=/wall.jpg><span>By Ann Lee</span></div>",
            "<p>Album: Midnights by Taylor Swift</p>",
            "<p><strong>Von Berlin nach Hamburg</strong> in unter 90 Minuten: Das verspricht die Bahn.</p>",
            "<p>Von Anna Schmidt moderiert, diskutierten vier Gäste über Radwege.</p>",
            "<p>When: 12 May, 7pm. Hosted by Ann Lee.</p>"};
        for (String line : lines) {
            Document page = Jsoup.parse("<nav><a href=/>Home</a></nav><main><article><h1>Bridge plan</h1>" + line
                    + "<p>The council met on Tuesday to talk about the bridge.</p></article></main>");
            assertNull(byline(page), line);
        }
        Document page = Jsoup.parse("<header><nav><a href=/>Home</a></nav><p>Von Ola Berg</p></header><main><article>"
                + "<h1>Bridge plan</h1><p>The council met on Tuesday.</p></article></main>");
        assertNull(byline(page), "a masthead's line before the headline, in the page's shell only");
        page = Jsoup.parse("<div id=page><nav><a href=/>Home</a></nav><main><article><h1>Bridge plan</h1><p>The "
                + "council met on Tuesday.</p></article></main><div class=bottom><p>Von Ola Berg</p></div></div>");
        assertNull(byline(page), "a line after the article that shares only the page's shell with the headline");
        page = Jsoup.parse("<main><article><h1>Bridge plan</h1><div class=thread>"
                + "<p>By Ann Lee</p><p>Agreed, the ferry is too slow.</p>".repeat(BylineLine.MAX_LINES_READ + 1)
                + "</div></article></main>");
        assertNull(byline(page), "a list of posts, each with its byline");
    }

    @Test
    void anAuthorDeclaredAsTheHouseGivesWayToThePersonThePageShows() {
        String shown = "<main><article><h1>Bridge plan</h1><p>Von Lisa Petrich</p><p>Text</p></article></main>";
        Document page = Jsoup.parse("<meta name=author content='Hafenbote'>" + shown);
        assertEquals("Lisa Petrich", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"),
                List.of("Hafenbote")));
        page = Jsoup.parse("<meta name=author content='Hafenbote Verlag GmbH'><meta name=publisher content=Hafenbote>"
                + shown);
        assertEquals("Lisa Petrich", byline(page));
        page = Jsoup.parse("<meta name=author content='hafenbote.example'>" + shown, "https://www.hafenbote.example/a");
        assertEquals("Lisa Petrich", byline(page));
        JsonNode article = new JsonLd(Jsoup.parse("<script type=application/ld+json>{\"@type\": \"NewsArticle\", "
                + "\"author\": {\"@type\": \"NewsMediaOrganization\", \"name\": \"HB\"}}</script>")).article();
        page = Jsoup.parse("<main><article><h1>Bridge plan</h1><div class=byline>By Michael Hingston</div>"
                + "<p>Text</p></article></main>");
        assertEquals("Michael Hingston", Byline.of(page, MetaTags.of(page), article, page.selectFirst("h1"),
                List.of()));
        page = Jsoup.parse("<meta name=author content=CNN><main><article><h1>Bridge plan</h1>"
                + "<div class=byline>By Ann Lee, CNN</div><p>Text</p></article></main>");
        assertEquals("Ann Lee", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"), List.of("CNN")));
        page = Jsoup.parse("<meta name=author content='De Maasbode'><main><article><h1>Bridge plan</h1>"
                + "<p>Door Pieter de Vries</p><p>Text</p></article></main>");
        assertEquals("Pieter de Vries", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"),
                List.of("De Maasbode")), "a particle the house's name shares with the person's");
        // a town's name that spells its host, and a meta box whose date line stands before the author's
        page = Jsoup.parse("<meta name=author content='Město Horní Lhotice'><main><h1>Jarní svoz odpadu</h1>"
                + "<div class=meta><p>Datum vložení: 18. 3. 2024</p><p>Autor: Jana Koubková, odbor životního "
                + "prostředí</p></div><div><p>Text</p></div></main>", "https://www.hornilhotice.example/obcan/svoz");
        assertEquals("Jana Koubková", byline(page));
        // a byline shown as the house's own handle names no one else
        page = Jsoup.parse("<meta name=author content='Harbour Mercury'><main><article><h1>Bridge plan</h1>"
                + "<p>By harbourmercury_pe</p><p>Text</p></article></main>", "https://harbourmercury.example/a");
        assertEquals("Harbour Mercury", byline(page));
    }

    @Test
    void anAuthorDeclaredAsTheHouseStandsWhereThePageShowsNoOtherOne() {
        Document page = Jsoup.parse("<meta name=author content='Hafenbote'><main><article><h1>Bridge plan</h1>"
                + "<p>Text</p></article></main>");
        assertEquals("Hafenbote", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"),
                List.of("Hafenbote")));
        page = Jsoup.parse("<meta name=author content='Christoph Hein'><main><article><h1>Bridge plan</h1>"
                + "<div class=author>Christoph Hein Chefredakteur</div><p>Text</p></article></main>");
        assertEquals("Christoph Hein", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"),
                List.of("Christoph Hein")), "a personal site's own name, shown with more words");
        page = Jsoup.parse("<meta name=author content='Ann Lee'><meta name=publisher content='Harbour Post'>"
                + "<main><article><h1>Bridge plan</h1><p>Von Ola Berg</p><p>Text</p></article></main>");
        assertEquals("Ann Lee", byline(page), "a person declared stands");
        page = Jsoup.parse("<meta name=author content='Harbour Post'><main><article><h1>Bridge plan</h1><p>Text</p>"
                + "</article><article><h3><a href=/other>Another story from the port</a></h3><span class=byline>"
                + "By Tom Vale</span></article><aside><div class=author-name>Ida Holm</div></aside></main>");
        assertEquals("Harbour Post", Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"),
                List.of("Harbour Post")), "a card's byline and a sidebar's author are no byline of the article");
        JsonNode article = new JsonLd(Jsoup.parse("<script type=application/ld+json>{\"@type\": \"NewsArticle\", "
                + "\"author\": [{\"@type\": \"Person\", \"name\": \"Anna Berg\"}, {\"@type\": \"Organization\", "
                + "\"name\": \"dpa\"}]}</script>")).article();
        page = Jsoup.parse("<main><article><h1>Bridge plan</h1><p>Von Tom Vogel</p><p>Text</p></article></main>");
        assertEquals("Anna Berg, dpa", Byline.of(page, MetaTags.of(page), article, page.selectFirst("h1"),
                List.of()), "a person beside an agency is no house");
    }

    @Test
    void anAuthorDeclaredByALoginTakesTheNameItsProfileLinkShows() {
        String head = "<meta name=author content=gabor_munier><main><article><h1>Bridge plan</h1>";
        Document page = Jsoup.parse(head + "<p>Author: <a href=/autoren-und-redaktion/gabor-munier?ref=top>"
                + "Gàbor Muniér</a></p><p>Text</p></article></main>");
        assertEquals("Gàbor Muniér", byline(page));
        page = Jsoup.parse(head + "<p><a href=https://social.example/gabor-munier>Follow me</a> "
                + "<a href=/gabor_munier/>More Posts</a></p><p>Text</p></article></main>");
        assertEquals("gabor_munier", byline(page), "links that spell the login but show no name");
        page = Jsoup.parse("<meta name=author content=mwhitaker><main><article><h1>Bridge plan</h1><p>By <a "
                + "href=/author/mwhitaker/>Mark Whitaker</a></p><p>Text</p></article></main>");
        assertEquals("Mark Whitaker", byline(page), "an author's page, named by its login");
    }

    @Test
    void openGraphsAuthorTagsNameOneAuthorEachAndAnAuthorTagTheSiteMayHaveWrittenTwice() {
        assertEquals("Ann Lee, Tom Vale", byline(Jsoup.parse("<meta property=article:author content='Ann Lee'>"
                + "<meta property=article:author content='Tom Vale'><h1>Bridge plan</h1>")));
        assertEquals("Tom Vale", byline(Jsoup.parse("<meta property=article:author "
                + "content='https://www.facebook.com/annlee'><meta property=article:author content='Tom Vale'>"
                + "<h1>Bridge plan</h1>")), "a profile's address names no one");
        assertEquals("Ann Lee", byline(Jsoup.parse("<meta name=author content='Ann Lee'>"
                + "<meta name=author content='Harbour Gazette'><h1>Bridge plan</h1>")));
        assertEquals("Tom Vale", byline(Jsoup.parse("<meta name=publisher content='Harbour Gazette'>"
                + "<meta property=article:author content='Harbour Gazette'><meta property=article:author content=Staff>"
                + "<meta property=article:author content='Tom Vale'><h1>Bridge plan</h1>")), "no site, no desk");
        assertEquals("Ann Lee and Tom Vale", byline(Jsoup.parse("<meta property=article:author content='Ann Lee "
                + "and Tom Vale'><meta property=article:author content='Tom Vale'><h1>Bridge plan</h1>")), "once");
        assertEquals("dpa", byline(Jsoup.parse("<meta property=article:author content=dpa><h1>Bridge plan</h1>")),
                "an agency alone stands, as it did");
    }

    @Test
    void aJapaneseCreditForTextAndPhotosOpensTheNamesAfterAnIdeographicSpace() {
        Document page = Jsoup.parse("<h1>商店街の銭湯が建て替えへ</h1><div class=info><span class=date>2024年11月6日 6:00"
                + "</span><span class=writer>文・写真\u3000佐伯 菜摘</span></div><p>本文の最初の段落です。</p>");
        assertEquals("佐伯 菜摘", byline(page));
    }

    @Test
    void aKoreanReportersTitleAfterTheNameEndsItAndSignsALineOfItsOwn() {
        Document declared = Jsoup.parse("<meta property=article:author content='박서윤 기자'><h1>누리반도체 실적</h1>");
        assertEquals("박서윤", byline(declared));
        Document shown = Jsoup.parse("<header><h1>누리반도체 실적</h1><ul class=infomation><li><i class=icon-user></i> "
                + "박서윤 기자</li><li><i class=icon-clock></i> 입력 2025.07.30 10:21</li><li>댓글 4</li></ul></header>"
                + "<p>본문 첫 문단이다.</p>");
        assertEquals("박서윤", byline(shown));
        Document mailed = Jsoup.parse("<h1>누리반도체 실적</h1><p>본문 첫 문단이다.</p><p>정하늘 특파원 hanul@example.kr</p>");
        assertEquals("정하늘", byline(mailed));
        Document reporters = Jsoup.parse("<h1>누리반도체 실적</h1><p class=lead>회견장의 기자들</p><p>본문 첫 문단이다.</p>");
        assertNull(byline(reporters), "reporters in a caption sign nothing");
        Document clause = Jsoup.parse("<h1>누리반도체 실적</h1><p class=sub>끝까지 질문한 기자</p><p>본문 첫 문단이다.</p>");
        assertNull(byline(clause), "'the reporter who asked to the end' names no one");
        Document kicker = Jsoup.parse("<header><p class=kicker>도쿄 특파원</p><h1>엔화 약세 계속</h1></header><p>본문 첫 "
                + "문단이다.</p>");
        assertNull(byline(kicker), "a correspondent's post above the headline is its kicker");
        Document kind = Jsoup.parse("<h1>누리반도체 실적</h1><p class=sub>시민 기자</p><p>본문 첫 문단이다.</p>");
        assertNull(byline(kind), "a citizen reporter is a kind of reporter, not a name");
    }

    @Test
    void aKoreanWiresDatelineIsNoPartOfTheNameAndItsOpeningSignsTheStory() {
        Document marked = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><div class=byline-row><span class=writer>"
                + "(서울=한빛뉴스) 박서윤 기자</span> <span class=date>입력 2024.07.02 09:10</span></div><p>본문.</p>");
        assertEquals("박서윤", byline(marked));
        Document line = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><p>(서울=한빛뉴스) 박서윤 기자</p><p>본문 첫 문단이다.</p>");
        assertEquals("박서윤", byline(line));
        Document opening = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><p>입력 2024.07.02</p><p><b>[세종=한빛뉴스]</b> "
                + "정하늘 김도윤 기자 = 정부가 내년 예산안을 발표했다.</p><p>둘째 문단이다.</p>");
        assertEquals("정하늘, 김도윤", byline(opening));
        Document kind = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><p>(서울=한빛뉴스) 사진 기자 = 시민들이 공원을 걷고 있다.</p>");
        assertNull(byline(kind), "a photographer, no one named");
        Document quoted = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><p>본문 첫 문단이다.</p><p>한 시민은 \"박서윤 기자 = "
                + "좋다\"고 말했다.</p>");
        assertNull(byline(quoted), "an equals sign in the text with no wire's dateline before it");
        Document captioned = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><figure><img src=/park.jpg><figcaption>(서울=한빛뉴스) "
                + "윤동진 기자 = 시민들이 밤의 공원을 걷고 있다.</figcaption></figure><p>(서울=한빛뉴스) 박서윤 기자 = 서울시가 다음 "
                + "달부터 도심 공원 열두 곳의 야간 개방 시간을 밤 11시까지 늘리기로 했다.</p>");
        assertEquals("박서윤", byline(captioned), "the photographer signs the caption, the reporter the story");
        Document described = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><div class=img_wrap><img src=/park.jpg></div><p "
                + "class=img_desc>(서울=한빛뉴스) 김도윤 기자 = 시민들이 밤의 공원을 걷고 있다.</p><p>(서울=한빛뉴스) 박서윤 기자 = "
                + "서울시가 다음 달부터 도심 공원 열두 곳의 야간 개방 시간을 밤 11시까지 늘리기로 했다.</p>");
        assertEquals("박서윤", byline(described), "a caption after its picture's box");
        Document titled = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><p>(서울=한빛뉴스) 박서윤 기자·김도윤 기자 = 서울시가 "
                + "다음 달부터 도심 공원의 야간 개방 시간을 늘리기로 했다.</p>");
        assertEquals("박서윤, 김도윤", byline(titled), "each name with its title");
        Document later = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><p>서울시가 다음 달부터 도심 공원 열두 곳의 야간 개방 시간을 밤 "
                + "11시까지 늘리기로 했다고 밝혔다.</p><p>(서울=다른뉴스) 이지훈 기자 = 앞서 다른 통신사는 이렇게 전했다.</p>");
        assertNull(byline(later), "a later paragraph quoting another story's opening");
        Document credit = Jsoup.parse("<h1>도심 공원 야간 개방 확대</h1><div class=byline>[글=박서윤 기자] [사진=김도윤 기자]</div>"
                + "<p>본문이다.</p>");
        assertNotEquals("김도윤", byline(credit), "a credit's bracket is no wire's dateline");
    }

    @Test
    void aChineseCredentialBeforeTheNameIsNoPartOfIt() {
        Document page = Jsoup.parse("<article><h1>家庭小药箱怎么整理</h1><span class=post__author>执业药师 <em>李婉清</em>"
                + "</span><p>正文。</p></article>");
        assertEquals("李婉清", byline(page));
    }

    @Test
    void aBylineEndsBeforeTheAuthorsAddressOrHandle() {
        Document page = Jsoup.parse("<article><h1>Bridge plan</h1><div class=byline>Por <strong>María Reina</strong> "
                + "maria.reina@example.com</div></article>");
        assertEquals("María Reina", byline(page));
        for (String handle : List.of("(id:kanade_k)", "( @kanade )", "(kanade_k)")) {
            page = Jsoup.parse("<article><h1>Bridge plan</h1><div class=byline>かなで " + handle + "</div></article>");
            assertEquals("かなで", byline(page), handle);
        }
        page = Jsoup.parse("<article><h1>Bridge plan</h1><div class=byline>Ann Lee (AFP)</div></article>");
        assertEquals("Ann Lee (AFP)", byline(page), "an agency in brackets is no handle");
    }

    @Test
    void aDeclaredAuthorInQuotationMarksIsTheNameInThem() {
        for (String quoted : List.of("'한결'", "«Ana Ruiz»", "“Ann Lee”")) {
            Document page = Jsoup.parse("<meta property=article:author content='" + quoted.replace("'", "&#39;")
                    + "'><article><h1>Bridge plan</h1></article>");
            assertEquals(quoted.substring(1, quoted.length() - 1), byline(page), quoted);
        }
    }

    @Test
    void aBylineBoxThatOnlyDatesTheStoryNamesNoOne() {
        for (String box : new String[] {"Veröffentlicht am 19.10.19", "Published 3 May 2024", "Publié le 3 mai",
            "Feb 3, 2024 · 4 min read"}) {
            Document page = Jsoup.parse("<article><h1>Bridge plan</h1><div class=byline>" + box + "</div></article>");
            assertNull(byline(page), box);
        }
        Document page = Jsoup.parse("<meta name=author content='Um Ji-won'><article><h1>Bridge plan</h1></article>");
        assertEquals("Um Ji-won", byline(page), "a name that opens with a word that ends others");
    }

    @Test
    void joinsDeclaredNamesAsTheirScriptWritesThem() {
        Document page = Jsoup.parse("<h1>马拉松直播</h1><p>正文</p>");
        assertEquals("林晓雯、周启航", Byline.of(page, MetaTags.of(page), authors("林晓雯", "周启航"), null, List.of()));
        assertEquals("Ana Ruiz, Tom Berg", Byline.of(page, MetaTags.of(page), authors("Ana Ruiz", "Tom Berg"), null,
                List.of()));
        assertEquals("김민지, 박서준", Byline.of(page, MetaTags.of(page), authors("김민지", "박서준"), null, List.of()));
        assertEquals("ルーシー・ハーパー、森下 遥", Byline.of(page, MetaTags.of(page), authors("ルーシー・ハーパー", "森下 遥"),
                null, List.of()));
    }

    @Test
    void readsWhoHostsAnEpisodeOrPresentsAProgrammeWithoutTheirRole() {
        assertEquals("Priya Desmond-Hale and Owen Tarrant", byline(Jsoup.parse("<article><h1>Why the ferry keeps "
                + "breaking down</h1><div class=byline><span>Hosted by </span><a href=/staff/priya>Priya "
                + "Desmond-Hale</a> and <a href=/staff/owen>Owen Tarrant</a></div></article>")));
        assertEquals("נועה ברקוביץ", byline(Jsoup.parse("<article><h1>המרפסת</h1><div class=author>מגישה: "
                + "נועה ברקוביץ</div></article>")));
        assertEquals("Ebba Sundelin", byline(Jsoup.parse("<article><h1>Att ro i november</h1><div class=byline>"
                + "Programledare <a href=/a>Ebba Sundelin</a></div></article>")));
        assertEquals("Anna Lenz", byline(Jsoup.parse("<article><h1>Stadtrat streitet</h1><div class=byline>Anna Lenz"
                + " | 12.03.2024 | Moderation: Jan Berg</div></article>")), "another field of the line");
        assertEquals("Marta Quill", byline(Jsoup.parse("<article><h1>Road budget</h1><div class=byline>Marta Quill "
                + "· March 6, 2024 · Host City Series</div></article>")), "a series' name");
    }

    private static JsonNode authors(String first, String second) {
        return new JsonLd(Jsoup.parse("<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"author\": "
                + "[{\"@type\": \"Person\", \"name\": \"" + first + "\"}, {\"@type\": \"Person\", \"name\": \""
                + second + "\"}]}</script>")).article();
    }

    private static String byline(Document page) {
        return Byline.of(page, MetaTags.of(page), null, page.selectFirst("h1"), List.of());
    }
}
