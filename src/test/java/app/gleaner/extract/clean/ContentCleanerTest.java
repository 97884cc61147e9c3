package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.page.DeclaredLines;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentCleanerTest {

    private static final ContentCleaner CLEANER = new ContentCleaner();
    private static final String PROSE = "<p>The ferry timetable changes on Monday, when the winter boats start, and "
            + "the last crossing leaves an hour earlier than in summer.</p>";

    private static String cleaned(String html) {
        return cleaned(html, null);
    }

    /** The text of {@code html} cleaned as the article of a page whose byline is {@code byline} (may be null). */
    private static String cleaned(String html, String byline) {
        Element article = Jsoup.parse("<div id=a>" + html + "</div>", "https://www.ferries.example/news/winter")
                .getElementById("a");
        CLEANER.clean(article, new RemovalLog(), byline);
        return article.text();
    }

    @Test
    void keepsAFiguresBoxWhoseLinksLeadToItsOwnPictureFiles() {
        String text = cleaned(PROSE + "<div class=fig><a href=/content/F1.large.jpg><img src=/content/F1.medium.gif>"
                + "</a><ul><li><a href='/content/F1.large.jpg?download=true'>Download figure</a></li>"
                + "<li><a href=/content/F1.large.jpg>Open in new tab</a></li></ul><div class=fig-caption>Figure 1. "
                + "Nematodes around the root tips over 36 hours.</div></div>" + PROSE);
        assertTrue(text.contains("Figure 1. Nematodes around the root tips over 36 hours."), text);
    }

    @Test
    void keepsAFigureOfItsOwnInABoxOfLinksButNotATeasersLinkedPicture() {
        String text = cleaned(PROSE + "<section><h2>Material</h2><ul><li><a href=/slides.pdf>Slides (PDF)</a></li>"
                + "<li><a href=https://code.example/counter>The module counter's repository</a></li></ul>"
                + "<figure><img src=/slide-14.png><figcaption>Slide 14: calls per module.</figcaption></figure>"
                + "</section>" + PROSE);
        assertTrue(text.contains("Slide 14: calls per module."), text);
        String teasers = cleaned(PROSE + "<section><h2>More talks</h2><ul><li><a href=/talks/queues>Queues that never "
                + "lose a message</a></li><li><a href=/talks/caches>Caches we regret</a></li></ul><figure>"
                + "<a href=/talks/logs><img src=/logs.jpg></a><figcaption>Logs</figcaption></figure></section>"
                + PROSE);
        assertFalse(teasers.contains("Caches we regret"), teasers);
        String items = cleaned(PROSE + "<div><h4>More on transport</h4><ul>" + ("<li><figure><img src=/pier.jpg>"
                + "<figcaption>North pier</figcaption></figure><a href=/news/pier>Pier to close for repairs on "
                + "Monday</a></li>").repeat(3) + "</ul></div>" + PROSE);
        assertFalse(items.contains("Pier to close"), "a list of stories, each with its picture: " + items);
    }

    @Test
    void keepsAListOfDeclaredLinesWhoseNamesAreLinksAndDropsTheLinkListBesideIt() {
        String line = "<li " + DeclaredLines.ATTRIBUTE + "=ingredient>%s <a href=/glossary/%s>%s</a></li>";
        String text = cleaned(PROSE + "<div><ul>" + line.formatted("300 g", "oats", "rolled oats")
                + line.formatted("1 pinch", "cinnamon", "cinnamon") + "</ul><ul><li><a href=/porridge-5>Five porridge "
                + "toppings</a></li><li><a href=/granola>Granola without sugar</a></li></ul></div>" + PROSE);
        assertTrue(text.contains("300 g rolled oats 1 pinch cinnamon"), text);
        assertFalse(text.contains("Five porridge toppings"), text);
        String unmarked = cleaned(PROSE + "<ul>" + line.replace(DeclaredLines.ATTRIBUTE, "data-x")
                .formatted("", "oats", "Rolled oats") + line.replace(DeclaredLines.ATTRIBUTE, "data-x")
                .formatted("", "cinnamon", "Cinnamon") + "</ul>" + PROSE);
        assertFalse(unmarked.contains("Rolled oats"), unmarked);
        String paragraphs = "<p %s=ingredient><a href=/glossary/cinnamon>1 pinch of cinnamon</a></p>";
        String kept = cleaned(PROSE + paragraphs.formatted(DeclaredLines.ATTRIBUTE) + PROSE);
        assertTrue(kept.contains("1 pinch of cinnamon"), kept);
        String dropped = cleaned(PROSE + paragraphs.formatted("data-x") + PROSE);
        assertFalse(dropped.contains("1 pinch of cinnamon"), dropped);
        String cards = "<ul><li %1$s=ingredient><a href=/glossary/flour><p>125 g flour</p></a></li><li %1$s=ingredient>"
                + "<a href=/glossary/sugar><p>60 g sugar</p></a></li></ul>";
        String linked = cleaned(PROSE + cards.formatted(DeclaredLines.ATTRIBUTE) + PROSE);
        assertTrue(linked.contains("125 g flour 60 g sugar"), linked); // a card's shape: a link around a paragraph
        assertFalse(cleaned(PROSE + cards.formatted("data-x") + PROSE).contains("125 g flour"));
    }

    @Test
    void dropsAShortParagraphThatIsOneLinkToAnotherStory() {
        String text = cleaned(PROSE + "<p><a href=/walks>Ten walks along the estuary this winter</a></p>" + PROSE);
        assertFalse(text.contains("Ten walks along the estuary"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void keepsAnEmbeddedPostsCaptionButNotAQuotationOfTheSitesOwnLinks() {
        String post = "<div class=embed><blockquote class=instagram-media><div><a href=https://www.instagram.com/p/Cx1/>"
                + "View this post on Instagram</a><p><a href=https://www.instagram.com/p/Cx1/>Low tide at dawn and the "
                + "old wreck is out of the water again, worth the early start</a></p><p>A post shared by Harbour Watch "
                + "(@harbourwatch)</p></div></blockquote></div>";
        String related = "<blockquote><p>More on the ferries:</p><ul><li><a href=/news/new-boats>Two new boats for "
                + "the estuary route</a></li><li><a href=/news/fares>Fares rise in the spring</a></li></ul></blockquote>";
        String reblog = "<blockquote><p>Reblogged: the old pier at dawn, from a reader.</p><p><a href=/tagged/pier>"
                + "#pier</a> <a href=/tagged/dawn>#dawn</a> <a href=/page/2>Older posts</a> <a "
                + "href=https://twitter.com/harbourwatch>Follow on Twitter</a></p></blockquote>";
        String text = cleaned(PROSE + post + PROSE + related + PROSE + reblog + PROSE);
        assertTrue(text.contains("old wreck is out of the water again"), text);
        assertTrue(text.contains("A post shared by Harbour Watch"), text);
        assertFalse(text.contains("Two new boats for the estuary route"), text);
        assertFalse(text.contains("Older posts"), text);
    }

    @Test
    void dropsAnEmbeddedPostsSkeletonButNotABlankLineOfAPoemOrTheSpaceBetweenTwoWords() {
        Element article = Jsoup.parse("<div id=a>" + PROSE + "<blockquote class=instagram-media><div><div>&nbsp;</div>"
                + "<div><div>&nbsp;</div></div><a href=https://www.instagram.com/p/Cx1/>View this post on Instagram</a>"
                + "</div><p>A post shared by Harbour Watch (@harbourwatch)</p></blockquote><div class=poem><p>The tide "
                + "goes out</p><p>&nbsp;</p><p>The tide comes in</p></div><p>Low<span>&nbsp;</span>tide</p></div>",
                "https://www.ferries.example/news/winter").getElementById("a");
        CLEANER.clean(article, new RemovalLog());
        assertEquals(0, article.select("blockquote div div").size(), article.html());
        assertEquals(3, article.select(".poem p").size(), article.html());
        assertEquals(1, article.select("p span").size(), article.html()); // "Low tide", not "Lowtide"
    }

    @Test
    void keepsTheSpacesAndBlankLinesAHighlighterWrapsInACodeBlock() {
        Element article = Jsoup.parse("<div id=a>" + PROSE + "<pre><span class=kn>import</span><span class=w> </span>"
                + "<span class=nn>os</span>\n<span class=line><span class=cl>\n</span></span><span class=nb>print"
                + "</span>(os.name)</pre></div>", "https://dev.example/posts/os").getElementById("a");
        CLEANER.clean(article, new RemovalLog());
        assertEquals("import os\n\nprint(os.name)", article.selectFirst("pre").wholeText(), article.html());
    }

    @Test
    void keepsALineThatCitesADocumentOrAMailAddressButNotATeaserWhereverItLeads() {
        String text = cleaned(PROSE + "<p><a href=/files/winter-2025.pdf>The winter timetable</a></p>" + PROSE
                + "<p><a href=/timetables/winter>Read the operator's notice (PDF)</a></p>" + PROSE
                + "<p><a href=mailto:desk@ferries.example>Write to the transport desk</a></p>" + PROSE
                + "<p><a href=https://sister.example/2026/five-ferries-we-loved>Five ferries we loved this year</a></p>"
                + PROSE);
        assertTrue(text.contains("The winter timetable"), text);
        assertTrue(text.contains("Read the operator's notice"), text);
        assertTrue(text.contains("Write to the transport desk"), text);
        assertFalse(text.contains("Five ferries"), "a sister site's headline: " + text);
        String more = cleaned(PROSE + "<p><a id=report></a><a href=/files/survey.pdf>The engineers' survey</a></p>"
                + PROSE + "<p><a href=/survey>The divers' findings [PDF, 2 MB]</a></p>" + PROSE
                + "<p><a href=\"mailto:?subject=Winter%20boats\">Email this story to a friend</a></p>" + PROSE
                + "<p><a href=mailto:list@ferries.example?subject=subscribe>The morning crossing, by mail</a></p>"
                + PROSE + "<p><a href=/maps/harbour>The harbour by postcode (ZIP code) map</a></p>" + PROSE);
        assertTrue(more.contains("The engineers' survey"), more);
        assertTrue(more.contains("The divers' findings"), more);
        assertFalse(more.contains("Email this story"), more);
        assertFalse(more.contains("The morning crossing"), more);
        assertFalse(more.contains("postcode"), more);
    }

    @Test
    void keepsAListOfSourcesUnderItsHeadingButNotHeadlinesDealsOrPartnersThatNameYearsAndFiles() {
        String sources = "<ul><li><a href=https://doi.org/10.0000/ferry.2024.7>Marsh, T. (2024) Winter crossings and "
                + "fuel use.</a></li><li><a href=/files/fare-review-2025.pdf>Fare review, 2025 (PDF)</a></li></ul>";
        String text = cleaned(PROSE + "<h2>Sources</h2>" + sources + PROSE + "<div><p><b>Quellen:</b></p>"
                + "<ol><li><a href=https://www.statistik.example/tabellen/faehren-2023.xlsx>Fährverkehr 2023 (XLSX)"
                + "</a></li></ol></div>" + PROSE);
        assertTrue(text.contains("Marsh, T. (2024) Winter crossings and fuel use."), text);
        assertTrue(text.contains("Fare review, 2025 (PDF)"), text);
        assertTrue(text.contains("Fährverkehr 2023"), text);
        String chrome = cleaned(PROSE + sources + PROSE + "<h3>Related</h3><ul><li><a href="
                + "https://www.sister-paper.example/news/article-9912345>Budget 2024: what changes for islanders</a>"
                + "</li><li><a href=https://www.sister-paper.example/news/article-9912388>Fares in 2025 explained</a>"
                + "</li></ul>" + PROSE + "<h2>Sources</h2><ul><li><a href=https://www.partner-line.example/>Partner "
                + "Line ferries (2024)</a></li></ul>" + PROSE);
        assertFalse(chrome.contains("Winter crossings and fuel use"), "no heading names them sources: " + chrome);
        assertFalse(chrome.contains("Budget 2024"), chrome);
        assertFalse(chrome.contains("Partner Line ferries"), "a front page cites nothing: " + chrome);
    }

    @Test
    void keepsTheStorysDocumentsUnderTheirHeadingButNotPagesOfTheSite() {
        String text = cleaned(PROSE + "<div><h3>Dokumente</h3><ul><li><a href=/files/beschluss-faehre.pdf>Beschluss "
                + "des Kreistags (PDF, 1,2 MB)</a></li><li><a href=/files/gutachten-anleger.pdf>Gutachten zum Anleger "
                + "(PDF, 640 KB)</a></li></ul></div>" + PROSE);
        assertTrue(text.contains("Beschluss des Kreistags (PDF, 1,2 MB)"), text);
        assertTrue(text.contains("Gutachten zum Anleger"), text);
        String ruling = cleaned(PROSE + "<div><h3>Dokumenty</h3><div class=field><a href=/files/wyrok-prom.pdf>"
                + "Przeczytaj sentencję wyroku (PDF, 240 KB)</a></div></div>" + PROSE);
        assertTrue(ruling.contains("Przeczytaj sentencję wyroku"), "a box inside the list of sources: " + ruling);
        String pages = cleaned(PROSE + "<div><h3>Documents</h3><ul><li><a href=/ferries/timetable>Winter timetable"
                + "</a></li><li><a href=/ferries/fares>Fares for islanders</a></li></ul></div>" + PROSE);
        assertFalse(pages.contains("Winter timetable"), "pages of the site cite nothing: " + pages);
    }

    @Test
    void keepsALineThatSendsTheReaderToActOnAnotherSiteButNotAPostAPleaOrAnAdvertisement() {
        String text = cleaned(PROSE + "<p><a href=https://www.ferry-ombudsman.example/complaints/start>Complain to the "
                + "Ferry Ombudsman</a></p>" + PROSE
                + "<p><a href=https://tickets.harbour-festival.example/2026>Book tickets for the harbour festival"
                + "</a></p>" + PROSE);
        assertTrue(text.contains("Complain to the Ferry Ombudsman"), text);
        assertTrue(text.contains("Book tickets for the harbour festival"), text);
        for (String line : new String[] {
            "<a href=https://giphy.com/gifs/ferry-waves-3o7TKBX>via GIPHY</a>",
            "<a href=https://www.instagram.com/p/B_faw/>The last boat of summer #ferry #harbour #sunset</a>",
            "<a href=https://www.paypal.com/donate?hosted_button_id=X>Support this blog with PayPal</a>",
            "<a href=https://www.flats.example/listings>Looking for a flat by the harbour? See the offers</a>",
            "<a href=https://t.me/ferrynews>Ferry news on Telegram</a>"}) {
            String cleaned = cleaned(PROSE + "<p>" + line + "</p>" + PROSE);
            assertFalse(cleaned.contains(Jsoup.parse(line).text()), cleaned);
        }
    }

    @Test
    void keepsALinkDressedAsAButtonThatStartsWhatTheTextDescribes() {
        for (String button : new String[] {"class=\"button button--start\"", "class=\"btn btn-primary\"",
                "class=fr_btn", "role=button"}) {
            String text = cleaned(PROSE + "<p class=cta-row><a " + button + " href=/parking/apply>Start your "
                    + "application</a></p>" + PROSE);
            assertTrue(text.contains("Start your application"), button + ": " + text);
        }
        String teaser = cleaned(PROSE + "<p><a class=buttonless href=/walks>Ten walks along the estuary</a></p>" + PROSE);
        assertFalse(teaser.contains("Ten walks"), teaser);
        // a button that sells is no action of the page
        for (String call : new String[] {"Try 4 weeks for $1", "Join our newsroom", "Subscribe now"}) {
            String text = cleaned(PROSE + "<p><a class=\"btn btn-primary\" href=/offer>" + call + "</a></p>" + PROSE);
            assertFalse(text.contains(call), text);
        }
    }

    @Test
    void keepsTheFieldsOfAnInfoboxWhoseValuesLinkToTheWikisPagesButNotALinkUnderAHeading() {
        String infobox = "<aside class=portable-infobox><div class=field><h3>People</h3><div><a href=/wiki/River>River "
                + "people</a></div></div><div class=field><h3>Origin</h3><div><a href=/wiki/Wiede>Lower Wiede</a>"
                + "</div></div><div class=field><h3>Role</h3><div>Ferrywoman, later the clan's leader</div></div>"
                + "</aside>";
        String text = cleaned(infobox + PROSE + "<div><h3>Read more</h3><div><a href=/wiki/Clans>The clans of the "
                + "river</a></div></div>" + PROSE);
        assertTrue(text.contains("River people"), text);
        assertTrue(text.contains("Lower Wiede"), text);
        assertFalse(text.contains("The clans of the river"), text);
    }

    @Test
    void keepsARowOfButtonsThatSendTheReaderElsewhereToAct() {
        String row = "<div class=downloads><h4>Get the release</h4><div class=wrap><a class=\"btn btn-0\" "
                + "href=https://tidewatch.example.org/download/win>Download Tidewatch for Windows (84 MB)</a></div>"
                + "<div class=wrap><a class=\"btn btn-1\" href=https://tidewatch.example.org/download/mac>Download "
                + "Tidewatch for macOS (91 MB)</a></div><div class=wrap><a class=btn href=https://shop.example.net/tw>Buy "
                + "it at Harbour Electronics for 19 euros</a></div></div>";
        String text = cleaned(PROSE + row + PROSE);
        assertTrue(text.contains("Download Tidewatch for Windows (84 MB)"), text);
        assertTrue(text.contains("Download Tidewatch for macOS (91 MB)"), text);
        assertTrue(text.contains("Buy it at Harbour Electronics"), text);
        assertTrue(text.contains("Get the release"), text);
        // a shop's two-word button, a way back into the site and a pitch are no such actions
        for (String button : new String[] {"<a class=btn href=https://shop.example.net/tw>Jetzt kaufen</a>",
                "<a class=btn href=/>Back to the homepage</a>",
                "<a class=btn href=https://www.farming-ledger.example/>Visit our farming title</a>",
                "<a class=btn href=https://epaper.ferries.example/today.pdf>Read today's print edition</a>",
                "<a class=btn href=https://shop.example.net/plans>Subscribe to our newsletter</a>",
                "<a class=btn rel='sponsored nofollow' href=https://shop.example.net/tw?ref=ferries>Buy the shaker "
                        + "I use every day</a>"}) {
            text = cleaned(PROSE + "<div class=row><div class=wrap>" + button + "</div></div>" + PROSE);
            assertFalse(text.contains(Jsoup.parse(button).text()), text);
        }
    }

    @Test
    void takesASurveyWithItsQuestionNotOnlyItsListOfAnswerLinks() {
        String text = cleaned(PROSE + "<div><p>Can you help us improve? Answer three quick questions.</p><ul>"
                + "<li><a href=/survey?r=1>Every day</a></li><li><a href=/survey?r=2>Once a week</a></li></ul></div>"
                + PROSE);
        assertFalse(text.contains("Can you help us improve"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void takesTheWritersCardByItsAvatarAndTheBioThatOpensWithTheName() {
        String linked = cleaned(PROSE.repeat(3) + "<div class=Wrapper-sc-g7><img src=/people/ines-96.jpg alt='' "
                + "width=96 height=96><p><a href=/contributor/ines-okafor>Ines Okafor</a> is a contributing editor "
                + "based in Lagos. She has covered ferries for a decade.</p></div>" + PROSE);
        assertTrue(linked.contains("ferry timetable"), linked);
        assertFalse(linked.contains("contributing editor"), "a card linked to the author's page, wherever it stands");
        String card = "<section class=kKjJiI><img src=/people/cf-80.jpg alt='Camille Roux' width=80 height=80><div>"
                + "<p class=name>Camille Roux</p><p>Camille Roux est journaliste et coach diplômée. Elle court des "
                + "trails depuis quinze ans.</p></div></section>";
        String named = cleaned(PROSE.repeat(3) + card, "Camille Roux");
        assertFalse(named.contains("Elle court des trails"), "the byline's card, closing the text: " + named);
        String subject = cleaned(PROSE.repeat(3) + card, "Ines Okafor");
        assertTrue(subject.contains("Elle court des trails"), "another's card, the story's subject: " + subject);
        assertTrue(cleaned(PROSE.repeat(3) + card).contains("Elle court des trails"), "a name alone, no byline");
        String lettered = cleaned(PROSE.repeat(3) + "<div><img src=/people/al.jpg width=120 height=160><p><a href="
                + "/author/ann-lee>Ann Lee, MCIHT</a> is a transport planner and writes the paper's ferry column.</p>"
                + "</div>", "Ann Lee and Tom Vale");
        assertFalse(lettered.contains("transport planner"), "a 3:4 avatar, the name with its letters: " + lettered);
        String other = cleaned(PROSE.repeat(3) + "<div><img src=/people/sf.jpg width=96 height=96><p><a href="
                + "/author/sam-ford>Sam Ford</a> chairs the cycle path trust and spoke to us for this story.</p></div>",
                "Sam Fordham");
        assertTrue(other.contains("chairs the cycle path trust"), "Sam Ford is not Sam Fordham: " + other);
        String plain = "<div class=kirjoittajasta><img src=/people/ak-96.jpg alt='' width=96 height=96><p>Anni Kivi on"
                + " asianajaja, joka on erikoistunut asumiseen liittyviin riitoihin.</p></div>";
        String bylined = cleaned(PROSE.repeat(3) + plain, "Anni Kivi");
        assertFalse(bylined.contains("asianajaja"), "a bio opening with the byline's own words: " + bylined);
        assertTrue(cleaned(PROSE.repeat(3) + plain, "Anni Kivinen").contains("asianajaja"), "Anni Kivi is not ...nen");
        assertTrue(cleaned(PROSE.repeat(3) + plain, "Anni").contains("asianajaja"), "Anni Kivi is another person");
    }

    @Test
    void keepsTheCardOfThePersonAStoryIsAboutAndABioWithoutItsAvatar() {
        String subject = cleaned(PROSE + "<aside class=box><img src=/people/za-120.jpg alt='Zeynep Aksoy' width=120 "
                + "height=120><p>Zeynep Aksoy</p><p>Zeynep Aksoy was born in Trabzon and studied marine biology in "
                + "Istanbul.</p></aside>" + PROSE.repeat(2));
        assertTrue(subject.contains("studied marine biology"), "the story's subject, its text going on: " + subject);
        String bare = cleaned(PROSE.repeat(3) + "<div><p><a href=/author/ines-okafor>Ines Okafor</a> is a "
                + "contributing editor based in Lagos.</p></div>");
        assertTrue(bare.contains("contributing editor"), "no avatar, no card: " + bare);
        String portrait = cleaned(PROSE.repeat(3) + "<figure><img src=/people/ines-96.jpg width=96 height=96>"
                + "<figcaption><a href=/author/ines-okafor>Ines Okafor</a> at the harbour office in May.</figcaption>"
                + "</figure>");
        assertTrue(portrait.contains("at the harbour office"), portrait);
        String columnist = "<div class=col><img src=/people/%s.jpg width=96 height=96><p><a href=/author/%s>%s</a> "
                + "writes about the harbour and its boats every Sunday.</p></div>";
        String columnists = cleaned(PROSE.repeat(3) + columnist.formatted("ann", "ann-lee", "Ann Lee")
                + columnist.formatted("tom", "tom-vale", "Tom Vale"));
        assertTrue(columnists.contains("Tom Vale writes"), "cards in a row are a list of people: " + columnists);
        String cover = cleaned(PROSE.repeat(3) + "<div><img src=/books/tides.jpg width=100 height=150><p><a "
                + "href=/author/mara-holt>Mara Holt</a> wrote the tide tables this book explains to sailors.</p></div>");
        assertTrue(cover.contains("wrote the tide tables"), "a book's cover is no face: " + cover);
    }

    @Test
    void takesABoxOfPaidLinksButNotAPaidLinkInASentenceOrAList() {
        String text = cleaned(PROSE + "<div class=pick><div>My top pick</div><div>Casa do Vinhedo</div><div>From €112 "
                + "per night</div><a class=btn href=https://booking.example/h/41 rel='sponsored nofollow'>Check prices"
                + "</a></div>" + PROSE + "<div><span>From $320/night</span><a href=https://go.example/a/7 "
                + "rel=sponsored>Check rates</a><span>Expedia</span></div>" + PROSE
                + "<p>We booked the cabin on <a href=https://booking.example/h/9 rel=sponsored>the operator's site</a>, "
                + "two weeks ahead.</p><ul><li><a href=https://shop.example/p/1 rel=sponsored>A dry bag</a>"
                + "</li><li><a href=https://shop.example/p/2 rel=sponsored>A head torch</a>, for the cabin at night</li>"
                + "</ul>"
                + "<div><p>Hotel Ribeira sits on the quay, where the rabelo boats once unloaded their barrels of wine "
                + "from the upper valley; its twelve rooms look over the river to the port lodges of Gaia, and breakfast "
                + "is served on the terrace from seven.</p><a href=https://booking.example/h/3 rel=sponsored>Book "
                + "Hotel Ribeira</a></div>");
        assertFalse(text.contains("Check prices") || text.contains("Casa do Vinhedo"), text);
        assertFalse(text.contains("From $320/night") || text.contains("Check rates"), text);
        assertTrue(text.contains("We booked the cabin on the operator's site"), text);
        assertTrue(text.contains("A dry bag") && text.contains("A head torch"), "a list of the gear a post uses");
        assertTrue(text.contains("Hotel Ribeira sits on the quay"), "a box that says more than an offer");
        String shop = cleaned(PROSE + "<div class=buy-buttons><a class=btn href=https://books.example/l/7 rel='nofollow "
                + "sponsored'>Buy at Letramar Books</a> <a class=btn href=https://shop.example/dp/84 rel=sponsored>Buy at "
                + "the big shop</a><p>If you buy through our links, the blog may earn a small commission at no extra cost "
                + "to you. Thanks for your support!</p></div>" + PROSE);
        assertFalse(shop.contains("Letramar") || shop.contains("small commission"), "the box's own disclosure");
        String told = cleaned(PROSE + "<div class=buy-buttons><a class=btn href=https://books.example/l/7 rel='nofollow "
                + "sponsored'>Buy at Letramar Books</a><p>I read the Spanish edition, whose translator kept the "
                + "clockmaker's sayings.</p><p>If you buy through our links, the blog may earn a small commission.</p>"
                + "</div>" + PROSE);
        assertTrue(told.contains("I read the Spanish edition"), "a sentence of the writer's beside the disclosure");
        String verdict = cleaned(PROSE + "<div class=buy><p>My verdict: four out of five, the best novel I read this "
                + "year; if you buy through our links, the blog earns a small commission.</p><a class=btn "
                + "href=https://books.example/l/7 rel=sponsored>Buy at Letramar Books</a></div>" + PROSE);
        assertTrue(verdict.contains("My verdict: four out of five"), "a verdict that goes on to the commission");
        String pitch = cleaned(PROSE + "<div class=hotel-offer><p>Casa do Vinhedo – from €112 per night</p><a "
                + "rel=sponsored href=https://booking.example/h/41>Check availability</a></div>" + PROSE);
        assertFalse(pitch.contains("Casa do Vinhedo"), "an offer's one line, no sentence");
        // the writer's sentences beside a paid link, however set: a card, a verdict, spans, a line break
        for (String box : new String[] {
            "<div class=product-card><h3>Harbour XM5</h3><p>The best all-round noise-cancelling headphones.</p>"
                + "<a rel='sponsored nofollow' href=https://shop.example/x>Check price</a></div>",
            "<div class=verdict-box><p><strong>Verdict:</strong> A compact, quick and well-made air fryer.</p><p>"
                + "<a rel=sponsored href=https://shop.example/f>£89 at the shop</a></p></div>",
            "<p><span>I bought mine from </span><a rel=sponsored href=https://shop.example/b><span>Ellis Brigham"
                + "</span></a><span> last spring, and it has held up well</span></p>",
            "<p><a rel=sponsored href=https://booking.example/p>Pestana Vintage</a><br>We stayed three nights in a "
                + "river-view room.</p>"}) {
            String words = Jsoup.parse(box).text();
            assertEquals(words, cleaned(PROSE + box + PROSE).replace(Jsoup.parse(PROSE).text(), "").strip(), box);
        }
    }

    @Test
    void takesABettingAdByTheWarningItMustPrintButNotAStoryThatQuotesIt() {
        String ad = cleaned(PROSE + "<div class=betting-box><div>Quoten zum Spiel <span>präsentiert von Quotenkönig</span>"
                + "</div><div><span>Kaltenfeld 2,90</span><span>Remis 3,50</span></div><a href=https://www.quotenkoenig"
                + ".example/wetten>Jetzt wetten</a><p>Glücksspiel kann süchtig machen. Teilnahme ab 18 Jahren.</p></div>"
                + PROSE);
        assertFalse(ad.contains("Quoten zum Spiel") || ad.contains("Jetzt wetten") || ad.contains("süchtig"), ad);
        String game = cleaned(PROSE + "<div class=specs><p>Platforms: PC, PS5</p><p>Price: 29,99 €</p><p>Score: 6/10</p>"
                + "<p>PEGI 18+. Please play responsibly.</p><a href=https://store.example/app/41>Play now on the store</a>"
                + "</div>" + PROSE);
        assertTrue(game.contains("Score: 6/10"), "a game review's box, its 'Play now' no bet: " + game);
        String quoted = cleaned(PROSE + "<p>Since July every betting advert must carry the line \"Gambling can be "
                + "addictive. 18+ only\", and the regulator says the operators have mostly complied.</p>" + PROSE);
        assertTrue(quoted.contains("Gambling can be addictive"), "a story's own sentence quoting the warning");
        String factBox = cleaned(PROSE + "<div class=factbox><h3>The new rules</h3><ul><li>Adverts must say: gamble "
                + "responsibly, 18+</li><li>No adverts before 9pm</li></ul></div>" + PROSE);
        assertTrue(factBox.contains("No adverts before 9pm"), "a story's box of facts, no bookmaker's link");
        String ban = cleaned(PROSE + "<div class=factbox><h3>The ban</h3><ul><li>Age: 21</li><li>Bets placed: 212</li>"
                + "</ul><p>He says he has had a gambling problem since school. Please gamble responsibly, 18+.</p><a "
                + "href=https://www.fa.example/rulings/2025-ban>Read the FA's ruling</a></div>" + PROSE);
        assertTrue(ban.contains("Bets placed: 212"), "a story's box of a player's ban, linking to the ruling: " + ban);
        String help = cleaned(PROSE + "<div class=help><p>Where to get help</p><p>Call 1-800-GAMBLER, open to adults 21+, "
                + "gambling can be addictive.</p><a href=https://ncpg.example/>National Council on Problem Gambling</a>"
                + "</div>" + PROSE);
        assertTrue(help.contains("Where to get help"), "a story's helpline box: " + help);
        String deals = cleaned(PROSE + "<div class=deal><p>Lisbon from £49</p><p>Fly 18 May. T&Cs apply.</p><a "
                + "href=https://air.example/lis>See the fare</a></div>" + PROSE);
        assertTrue(deals.contains("Lisbon from £49"), "a date is no age: " + deals);
    }

    @Test
    void listsThePromoBoxesItTakesButNotTheLinksToOtherStories() {
        Element article = Jsoup.parse("<div id=a>" + PROSE + "<div><p>Can you help us improve? Answer three quick "
                + "questions.</p><ul><li><a href=/survey?r=1>Every day</a></li><li><a href=/survey?r=2>Once a week</a>"
                + "</li></ul></div>" + PROSE + "<p><a href=/walks>Ten walks along the estuary this winter</a></p>" + PROSE
                + "</div>", "https://www.ferries.example/news/winter").getElementById("a");
        RemovalLog log = new RemovalLog();
        CLEANER.clean(article, log);
        assertEquals(1, log.entries().size(), log.entries().toString());
        assertTrue(log.entries().get(0).startsWith("Can you help us improve?"), log.entries().toString());
        assertFalse(article.text().contains("Ten walks"), "the link paragraph still goes, unlisted, as chrome");
    }

    @Test
    void keepsALinkedAddressOrAParagraphWithTextBesideItsLink() {
        String text = cleaned(PROSE + "<p><a href=https://ferries.example/timetable>www.ferries.example/timetable</a>"
                + "</p><p><a href=mailto:desk@ferries.example>desk@ferries.example</a></p>"
                + "<p>Details are on <a href=/t>the timetable page</a> of the operator.</p>" + PROSE);
        assertTrue(text.contains("www.ferries.example/timetable"), text);
        assertTrue(text.contains("desk@ferries.example"), text);
        assertTrue(text.contains("the timetable page"), text);
    }

    @Test
    void dropsTeaserCardsWhoseLinkWrapsAHeading() {
        String text = cleaned(PROSE + "<a href=/next><h3>Night ferries return in spring</h3><p>Operators plan two "
                + "late sailings a week from April.</p></a>" + PROSE);
        assertFalse(text.contains("Night ferries return"), text);
        assertFalse(text.contains("two late sailings"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void dropsTeaserCardsWhoseLinkWrapsAParagraph() {
        String text = cleaned(PROSE + "<a href=/tv><p>Watch the harbour master's weekly video, every Friday.</p></a>"
                + PROSE);
        assertFalse(text.contains("weekly video"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void dropsAGroupOfTeaserCardsWhoseHeadingsLinkToTheSameSite() {
        String text = cleaned(PROSE + "<div class=list><div><h2><a href=/news/night-boats>Night ferries return in spring"
                + "</a> <span>(boats)</span></h2><p>Operators plan two late sailings a week from April.</p></div>"
                + "<div><h2><a href=https://ferries.example/news/pier>The old pier reopens</a></h2>"
                + "<div><p>After a year of repairs, anglers are welcome again.</p></div></div></div>");
        assertFalse(text.contains("Night ferries return"), text);
        assertFalse(text.contains("anglers are welcome"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void dropsAHoverCardOfHeadlinesGluedToANameInASentence() {
        String text = cleaned(PROSE + "<p>The motion was tabled by councillor <span><a href=/people/ada-roe>Ada Roe"
                + "</a><span><img src=/ada.jpg><a href=/people/ada-roe>Ada Roe</a><a href=/n/1>Ferry fares to rise "
                + "in spring</a> <a href=/n/2>Harbour wall repairs start early</a> <a href=/people/ada-roe>MORE</a>"
                + "</span></span> on Tuesday evening.</p>" + PROSE);
        assertTrue(text.contains("tabled by councillor Ada Roe on Tuesday evening."), text);
        assertFalse(text.contains("Ferry fares"), text);
    }

    @Test
    void keepsARunAfterALinkThatRepeatsItButIsProse() {
        String text = cleaned(PROSE + "<p>See <a href=/g/tide>neap tide</a><span>neap tide: the smallest range "
                + "between <a href=/g/high>high</a> and <a href=/g/low>low</a> <a href=/g/water>water</a>, twice a "
                + "month</span> in the glossary.</p>" + PROSE);
        assertTrue(text.contains("the smallest range between high and low water"), text);
    }

    @Test
    void dropsATeaserWithItsExcerptAndAuthorAfterItsCardLink() {
        String text = cleaned(PROSE + "<div class=next><a href=/n/7><h5>Night ferry returns for the summer</h5></a>"
                + "<p>The late boat is back from June, with two extra crossings at weekends.</p><label>Ada Roe "
                + "2024-05-02 10:14</label></div>" + PROSE);
        assertFalse(text.contains("Night ferry returns"), text);
        assertFalse(text.contains("late boat is back"), text);
        assertFalse(text.contains("Ada Roe"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void keepsALoneCardAndEntriesWhoseHeadingsLinkToOtherSites() {
        String text = cleaned(PROSE + "<div><h3><a href=/news/pier>The old pier reopens</a></h3><p>Anglers are welcome "
                + "again.</p></div><div><h3><a href=https://shop.example/boots>Harbour boots</a></h3><p>Warm and "
                + "waterproof for the early crossing.</p></div><div><h3><a href=https://shop.example/flask>Steel flask"
                + "</a></h3><p>Keeps tea hot from pier to pier.</p></div>");
        assertTrue(text.contains("Anglers are welcome again"), text);
        assertTrue(text.contains("Warm and waterproof"), text);
        assertTrue(text.contains("Keeps tea hot"), text);
    }

    @Test
    void keepsTheArticleTextAfterACardLinkInTheSameBox() {
        String text = cleaned("<div><a href=/n/7><h5>Night ferry returns for the summer</h5></a>" + PROSE.repeat(4)
                + "</div>");
        assertTrue(text.contains("ferry timetable"), text);
    }

    @Test
    void anImageOnlyCardLinkTakesNothingAroundIt() {
        String text = cleaned(PROSE + "<div><a href=/photos/pier><p><img src=/pier.jpg></p></a><p>The pier at dawn, "
                + "before the first boat.</p></div>" + PROSE);
        assertTrue(text.contains("The pier at dawn"), text);
    }

    @Test
    void keepsSectionsWhoseHeadingsLinkToTheirOwnPlaceOnThePage() {
        String text = cleaned("<section><h2><a href=https://www.ferries.example/news/winter#why>Why the ferries stop"
                + "</a></h2><p>Ice on the estuary closes the crossing for a week.</p></section><section><h2><a "
                + "href=https://www.ferries.example/news/winter#when>When they return</a></h2><p>Boats run again "
                + "once the harbour master lifts the warning.</p></section>");
        assertTrue(text.contains("Ice on the estuary"), text);
        assertTrue(text.contains("harbour master lifts"), text);
    }

    @Test
    void keepsButtonsAndLinksToTheStorysDocumentsInItsFactBoxButNotTheHousesFilesBetweenParagraphs() {
        String facts = "<div class=box><h3>At a glance</h3><ul><li>Fares rise by 4 percent from March, the first rise "
                + "in three years</li><li>Night boats stop in January and come back with the summer timetable in "
                + "May</li><li>Season tickets bought before the rise keep their price until they run out</li></ul>";
        String text = cleaned(PROSE + facts + "<div class=cta><div class=wrap><a class=button href=/media/budget.pdf>"
                + "Read the full budget report (PDF, 2.1MB)</a></div><div class=wrap><a class=button href=/data/fares.csv>"
                + "Download the fares (CSV)</a></div></div></div>" + PROSE);
        assertTrue(text.contains("Read the full budget report (PDF, 2.1MB)"), text);
        assertTrue(text.contains("Download the fares (CSV)"), text);
        text = cleaned(PROSE + facts + "<div class=more><a href=/files/timetable.pdf>The winter timetable (PDF, 240 "
                + "kB)</a></div></div>" + PROSE);
        assertTrue(text.contains("The winter timetable (PDF, 240 kB)"), text);
        for (String box : new String[] {"<div class=cta><div class=wrap><a class=button href=/media/kit-2026.pdf>"
                + "Download the 2026 media kit (PDF)</a></div></div>", "<div class=row><div><a "
                + "href=https://epaper.ferries.example/today.pdf>Today's edition as printed (PDF)</a></div></div>",
                "<div class=row><div><a href=https://science.example/2026-05-torpor-neurons>Unravelling the circuits "
                + "of torpor</a></div></div>"}) {
            text = cleaned(PROSE + box + PROSE);
            assertFalse(text.contains(Jsoup.parse(box).text()), text);
        }
    }
}
