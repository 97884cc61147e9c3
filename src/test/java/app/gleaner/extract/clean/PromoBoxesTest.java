package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PromoBoxesTest {

    private static final PromoBoxes PROMO_BOXES = new PromoBoxes(new NagPhrases());

    private static final String PROSE = "<p>The ferry timetable changes on Monday, when the winter boats start, and "
            + "the last crossing leaves an hour earlier than in summer, the operator said.</p>";

    private static String cleaned(String html) {
        Element article = Jsoup.parse("<div id=a>" + html + "</div>", "https://www.ferries.example/news/winter")
                .getElementById("a");
        PROMO_BOXES.removeFrom(article, new RemovalLog());
        return article.text();
    }

    @Test
    void removesABoxThatSellsAndEndsInALinkIntoTheSiteInAnyLanguage() {
        String text = cleaned(PROSE + "<div class=q1><div>MASTERCLASS</div><div>Impara a scrivere per il web con la "
                + "nostra redazione: sei lezioni online, 90 €.</div><div><span>Iscrizioni aperte fino al 30 settembre</span>"
                + " \u2014 <a href=/academy/web>scopri il programma</a></div></div>" + PROSE);
        assertFalse(text.contains("Impara a scrivere"), text);
        assertTrue(text.contains("ferry timetable"));
        text = cleaned(PROSE + "<div class=premium-nl><p>지금 가입하면 첫 달 무료, 프리미엄 뉴스레터를 만나보세요</p><a "
                + "href=/com/newsletter.html class=btn>무료로 시작하기</a></div>" + PROSE);
        assertFalse(text.contains("프리미엄 뉴스레터"), text);
    }

    @Test
    void logsTheBoxesInTheOrderThePageShowsThem() {
        String page = PROSE + "<div class=q1><div>MASTERCLASS</div><div>Impara a scrivere per il web con la nostra "
                + "redazione: sei lezioni online, 90 €.</div><div><a href=/academy/web>scopri il programma</a></div>"
                + "</div>" + PROSE + "<div class=premium-nl><p>지금 가입하면 첫 달 무료, 프리미엄 뉴스레터를 만나보세요</p>"
                + "<a href=/com/newsletter.html class=btn>무료로 시작하기</a></div>" + PROSE;
        RemovalOrder.assertLoggedInPageOrder(PROMO_BOXES::removeFrom, page, 2, "MASTERCLASS");
    }

    @Test
    void aLinkStandingAloneBetweenBlocksIsABoxOfItsOwn() {
        String follow = cleaned("<div>" + PROSE + PROSE + "</div><a class=gnews href=https://news.google.com/"
                + "publications/ferries>Takip edin: Google Haberler'de bizi takip edin</a><div class=tags><a "
                + "href=/tag/ferry>Ferry</a></div>");
        assertFalse(follow.contains("Google Haberler"), follow);
        String report = cleaned("<div>" + PROSE + PROSE + "</div><a href=https://www.harbour.example/timetable-"
                + "review.pdf>The operator's timetable review</a><div>" + PROSE + "</div>");
        assertTrue(report.contains("timetable review"), report);
        String faq = cleaned(PROSE + "<a href=/faq/lost-card>What if I lose my card?</a><p>Call the office and we "
                + "block it within the hour; a new one costs nothing.</p>" + PROSE);
        assertTrue(faq.contains("What if I lose my card?"), "a link over the paragraph it heads: " + faq);
    }

    @Test
    void aWritersPleaToATipJarGoesButAStorysLinkToAFundraiserStays() {
        String plea = cleaned(PROSE + "<div class=soutien><p>Ce carnet est sans publicité. S'il vous a fait gagner une "
                + "heure, vous pouvez le soutenir.</p><a class=btn href=https://liberapay.com/carnet/donate>Faire un don"
                + "</a></div>" + PROSE);
        assertFalse(plea.contains("sans publicité"), plea);
        String fund = cleaned(PROSE + "<div><p>Neighbours have raised half the cost of the new ramp for the ferry's "
                + "wheelchair users.</p><a href=https://www.gofundme.com/f/ferry-ramp>Give to the ramp fund</a></div>"
                + PROSE);
        assertTrue(fund.contains("raised half the cost"), fund);
    }

    @Test
    void hearsAQuestionPutToTheReaderButNotAQuestionInAHeading() {
        String explainer = cleaned(PROSE + "<div class=infobox><h4>Konto teilen: Was ist erlaubt?</h4><p>Laut den "
                + "Nutzungsbedingungen darf ein Konto nur im eigenen Haushalt genutzt werden.</p><a href=/digital/"
                + "konto-teilen>Mehr zu den Regeln beim Kontoteilen</a></div>" + PROSE);
        assertTrue(explainer.contains("Was ist erlaubt"), explainer);
        String puzzle = cleaned(PROSE + "<div class=promo><p>Solved today's crossword already? There is a harder one "
                + "every Saturday.</p><a href=/puzzles/saturday>Play the Saturday puzzle</a></div>" + PROSE);
        assertFalse(puzzle.contains("crossword"), puzzle);
    }

    @Test
    void keepsAnFaqEntryWhoseAnswerLinksToTheSitesSignIn() {
        String text = cleaned(PROSE + "<details><summary>Do I need a new ticket?</summary><p>No, season tickets stay "
                + "valid for the winter boats.</p></details><details><summary>How do I renew my season ticket?"
                + "</summary><p>Tickets are renewed online, and you get a reminder a month before yours runs out. "
                + "<a href=/account>Log in to your account to renew</a></p></details>" + PROSE);
        assertTrue(text.contains("Log in to your account to renew"), text);
        assertTrue(text.contains("reminder a month before"), text);
    }

    @Test
    void readsAParagraphSetApartByItsClassAsABoxAndHearsPricesInMoreScripts() {
        String channel = cleaned(PROSE + PROSE + "<p class=hinweis-7><em>Nichts mehr verpassen:</em> Die Redaktion "
                + "schickt Ihnen die wichtigsten Meldungen aus dem Landkreis jetzt auch \u00fcber <a "
                + "href=https://whatsapp.com/channel/0029VaFerries>unseren WhatsApp-Kanal</a>, kostenlos, ohne Werbung "
                + "und jederzeit abbestellbar. Einfach den Link antippen und auf Folgen tippen.</p>" + PROSE);
        assertFalse(channel.contains("Nichts mehr verpassen"), channel);
        assertTrue(channel.contains("ferry timetable"));
        String story = cleaned(PROSE + PROSE + "<p>Die Beh\u00f6rde schickt Warnungen aus dem Landkreis jetzt auch "
                + "\u00fcber <a href=https://whatsapp.com/channel/0029VaAmt>ihren WhatsApp-Kanal</a>, kostenlos und "
                + "ohne Anmeldung, sagte die Sprecherin am Montag vor Journalisten im Rathaus der Stadt, wie schon seit "
                + "dem Hochwasser im vergangenen Fr\u00fchjahr.</p>" + PROSE);
        assertTrue(story.contains("Die Beh\u00f6rde schickt"), story);
        String course = cleaned(PROSE + "<div class=suchna><p>\u0911\u0928\u0932\u093e\u0907\u0928 \u0915\u094b"
                + "\u0930\u094d\u0938 \u0905\u092c \u0938\u093f\u0930\u094d\u092b 499 \u0930\u0941\u092a\u092f"
                + "\u0947 \u092e\u0947\u0902\u0964</p><a href=/course>\u0905\u092d\u0940 \u0926\u093e\u0916\u093f"
                + "\u0932\u093e \u0932\u0947\u0902</a></div>" + PROSE);
        assertFalse(course.contains("499"), course);
    }

    @Test
    void removesASurveyWhoseAnswersAreLinksAndABoxAfterTheLastParagraph() {
        String text = cleaned(PROSE + PROSE + "<div><p>Ens ajudes a millorar? Respon tres preguntes.</p><ul>"
                + "<li><a href=/enquesta?r=1>Cada dia</a></li><li><a href=/enquesta?r=2>Cada setmana</a></li></ul>"
                + "<span>L'enquesta \u00e9s an\u00f2nima.</span></div>");
        assertFalse(text.contains("Ens ajudes"), text);
    }

    @Test
    void removesAQuestionLineThatSendsTheReaderToThePublishersMessagingChannel() {
        String text = cleaned(PROSE + "<p><strong>\u00bfQuieres las noticias en tu celular?</strong> "
                + "<a href=https://whatsapp.com/channel/123>S\u00famate a nuestro canal</a></p>" + PROSE);
        assertFalse(text.contains("Quieres las noticias"), text);
        text = cleaned(PROSE + "<div class=community><p>Join our Discord to chat with the editors and other readers."
                + "</p><a class=btn href=https://discord.gg/ferries>Join the server</a></div>" + PROSE);
        assertFalse(text.contains("Join our Discord"), text);
        text = cleaned(PROSE + "<p>The rowing club's <a href=https://discord.gg/rowers>Discord server</a> has 400 "
                + "members.</p>" + PROSE);
        assertTrue(text.contains("Discord server has 400 members"), "a story's sentence citing a server");
    }

    @Test
    void keepsANoteSetApartThatPointsToAnotherBodysChannel() {
        String text = cleaned(PROSE + PROSE + "<p class=nota-7>A Defesa Civil publica os alertas de chuva forte "
                + "primeiro no seu canal oficial, que pode ser acessado <a href=https://whatsapp.com/channel/0029Va"
                + "DefesaCivil>neste endereço</a>; segundo o órgão, os avisos chegam antes do SMS em oito de cada dez "
                + "casos e são gratuitos.</p>" + PROSE);
        assertTrue(text.contains("Defesa Civil publica"), text);
    }

    @Test
    void keepsNotesSectionsAndRoundupItemsThatPointToMore() {
        String text = cleaned(PROSE + "<div class=note><p>Note</p><p>Watching needs inotify on Linux.</p><p><a "
                + "href=/docs/watching>Learn more about file watching</a></p></div>" + PROSE + "<section><h2>Upgrading "
                + "from version 2</h2><p>Version 3 reads TOML.</p><p><a href=/docs/migration>Migration guide</a></p>"
                + "</section>" + PROSE + "<div><h3>2. Rhubarb crumble</h3><img src=/r.jpg><p>The first rhubarb of the "
                + "year.</p><p><a href=/recipes/crumble>Get the recipe</a></p></div>" + PROSE + "<div><p>Four consortia "
                + "will bid. <a href=/2026/02/tender>The tender documents are online</a>.</p></div>" + PROSE
                + "<div class=steps><ol><li>Open the app.</li><li>Show the QR code. <a href=/help/qr>Help with QR codes"
                + "</a></li></ol></div>" + PROSE + "<div><p>Trams run every ten minutes; buses every twenty.</p><p>"
                + "<a href=/timetables>All timetables</a></p></div>" + PROSE);
        assertTrue(text.contains("inotify"), text);
        assertTrue(text.contains("Version 3 reads TOML"), text);
        assertTrue(text.contains("first rhubarb"), text);
        assertTrue(text.contains("Four consortia will bid"), text);
        assertTrue(text.contains("Show the QR code"), text);
        assertTrue(text.contains("buses every twenty"), text);
    }

    @Test
    void removesAnInvitationToAChannelEvenWhenItsLinkSitsInTheSentence() {
        String text = cleaned(PROSE + "<p>The most important news, short and quiet, in our <a "
                + "href=https://t.me/daily_ferry_news>Telegram channel</a>, subscribe.</p>" + PROSE + "<p>The city hall "
                + "announced the closure <a href=https://t.me/cityhall/1234>on its Telegram channel</a> on Monday.</p>"
                + PROSE + "<p>The film is streaming and can be rented <a href=https://play.google.com/store/movies/"
                + "details?id=x1>on Google Play</a>.</p>" + PROSE);
        assertFalse(text.contains("short and quiet"), text);
        assertTrue(text.contains("announced the closure"), text);
        assertTrue(text.contains("can be rented"), text);
    }

    @Test
    void removesALongerInvitationInThePublishersVoiceButNotAStoryQuotingOne() {
        String text = cleaned(PROSE + "<p>📲 <strong>Receba as notícias do Porto Alto no seu celular.</strong> Entre no "
                + "nosso canal do WhatsApp e fique por dentro de tudo o que acontece na cidade e no litoral, todos os "
                + "dias. <a href=https://whatsapp.com/channel/0029VaPortoAlto>Clique aqui para seguir</a>.</p>" + PROSE
                + "<p>«Entre no nosso canal e fique por dentro de tudo o que acontece na bacia do rio, dia após dia», "
                + "disse o presidente da associação, que lançou <a href=https://whatsapp.com/channel/0029VaRio>o canal"
                + "</a> em março.</p>" + PROSE);
        assertFalse(text.contains("Receba as notícias"), text);
        assertTrue(text.contains("disse o presidente da associação"), text);
        String story = cleaned(PROSE + "<p>Our reporter asked the ministry about the new decree, which it first "
                + "published late on Friday evening, well after offices had closed, on <a href=https://t.me/mod_ministry>"
                + "its official Telegram channel</a>, without a word to the press office or the regional governors."
                + "</p>" + PROSE);
        assertTrue(story.contains("Our reporter asked the ministry"), story);
    }

    @Test
    void removesAPreferredSourcePromptButNotAStorysLinkToTheSameSearchEngine() {
        String text = cleaned(PROSE + "<div class=_x1><p>Vil du se flere av våre saker når du søker?</p><a href="
                + "https://www.google.com/preferences/source?q=fjordposten.no>Legg oss til som foretrukken kilde</a></div>"
                + PROSE + "<div class=_x2><p>Kart over den nye fergeruten</p><a href=https://www.google.com/maps/d/"
                + "viewer?mid=1a2b>Åpne kartet</a></div>" + PROSE);
        assertFalse(text.contains("Vil du se flere"), text);
        assertTrue(text.contains("Kart over den nye fergeruten"), text);
        String story = cleaned(PROSE + "<p>Google began offering the feature, called <a href=https://www.google.com/"
                + "preferences/source>Preferred Sources</a>, to all users in the autumn.</p>" + PROSE);
        assertTrue(story.contains("Google began offering the feature"), story);
    }

    @Test
    void keepsAShortParagraphThatGuidesTheReaderToAnothersChannel() {
        String guide = cleaned(PROSE + PROSE + "<p>Si vous souhaitez recevoir les alertes sur votre téléphone, la Ville "
                + "les publie sur <a href=https://t.me/ville_alertes>son canal Telegram</a>.</p>" + PROSE);
        assertTrue(guide.contains("la Ville les publie"), guide);
        String own = cleaned(PROSE + PROSE + "<p>Recevez nos alertes sur votre téléphone : suivez <a "
                + "href=https://t.me/ferries_info>notre canal Telegram</a>.</p>" + PROSE);
        assertFalse(own.contains("suivez"), own);
    }

    @Test
    void takesTheBoxAroundARowOfButtonsThatSaysTheirPitch() {
        String text = cleaned(PROSE + "<div class=wp-block-group><p>Our print edition comes to your door every "
                + "Saturday morning with the crossword, the long reads and the week in pictures, for $4 a month.</p>"
                + "<div class=wp-block-buttons><div class=wp-block-button><a href=/print/order>Order the print "
                + "edition</a></div></div></div>" + PROSE);
        assertFalse(text.contains("comes to your door"), text);
        assertTrue(text.contains("ferry timetable"), text);
    }

    @Test
    void readsACardsTitleAsNoHeadingOfTheTextButKeepsTheEntriesOfARoundup() {
        String card = cleaned(PROSE + "<writer-tips><h3>Did this ferry diary make your crossing shorter?</h3><p>Mari "
                + "writes for us as a freelancer. Buy her a coffee or back her every month.</p><div><a href=/support/"
                + "mari?amount=3>A coffee for Mari, 3 \u20ac</a> <a href=/support/mari?monthly=5>Back Mari from "
                + "5 \u20ac a month</a></div></writer-tips>" + PROSE);
        assertFalse(card.contains("freelancer"), card);
        assertTrue(card.contains("ferry timetable"), card);
        String roundup = cleaned(PROSE + "<div class=pick><h3>Best for short hops: Gull 2</h3><p>Light and quick to "
                + "fold, at \u00a3249.</p><a href=/reviews/gull-2>Read our review</a></div><div class=pick><h3>Best "
                + "for families: Tern XL</h3><p>Seats four, at \u00a3399.</p><a href=/reviews/tern-xl>Read our "
                + "review</a></div>" + PROSE);
        assertTrue(roundup.contains("Light and quick to fold"), roundup);
        assertTrue(roundup.contains("Seats four"), roundup);
        String apart = cleaned(PROSE + "<div class=\"pick top\"><h3>Best for short hops: Gull 2</h3><p>Light and "
                + "quick to fold, at \u00a3249.</p><a href=/reviews/gull-2>Read our review</a></div>" + PROSE
                + "<div class=pick><h3>Best for families: Tern XL</h3><p>Seats four, at \u00a3399.</p><a href=/reviews/"
                + "tern-xl>Read our review</a></div>" + PROSE);
        assertTrue(apart.contains("Light and quick to fold"), apart);
        String section = cleaned(PROSE + "<div><h3>Where to park</h3><p>The car park by the station costs \u00a34 a "
                + "day and fills by nine.</p><a href=/travel/parking>Parking map</a></div>" + PROSE);
        assertTrue(section.contains("car park by the station"), section);
    }

    @Test
    void keepsBoxesWhoseLinksLeadToOtherSites() {
        String text = cleaned(PROSE + "<aside><h3>How to register to vote</h3><p>The deadline is midnight on 20 April "
                + "and the form takes five minutes.</p><a class=button href=https://www.gov.example/register>Register "
                + "on the official site</a></aside>" + PROSE + "<div><h4>Test winner</h4><dl><dt>Battery</dt><dd>13 "
                + "hours</dd></dl><a href=https://prices.example/laptop>Check price</a></div>" + PROSE);
        assertTrue(text.contains("The deadline is midnight"), text);
        assertTrue(text.contains("13 hours"), text);
    }

    @Test
    void keepsABoxThatInformsThoughItLinksIntoTheSite() {
        String text = cleaned(PROSE + "<div><h4>Where to buy tickets</h4><p>The tour reaches Valencia on 12 June and "
                + "Seville on 15 June. Tickets cost between 38 and 85 euros plus fees and are sold on the band's site "
                + "and at each venue's box office.</p><p>Beware of resale: the promoter only guarantees entry with "
                + "tickets bought through official channels.</p><a class=button href=/concerts/long-days>Dates and "
                + "prices</a></div>" + PROSE);
        assertTrue(text.contains("Beware of resale"), text);
    }

    @Test
    void keepsLinksInsideSentencesCitationsDocumentsTitlesAndLabels() {
        String text = cleaned(PROSE + "<div><p>One study in 496 girls found a higher risk (<cite-source>"
                + "<a href=/studies/2>2</a></cite-source>).</p></div><div><p>Shares fell in Hong Kong <span>(<span>"
                + "<a href=/quote/hsi>HSI</a></span>)</span> on Monday.</p></div>" + PROSE + "<div><h2>33. <a "
                + "href=/costumes/wolf>Teen Wolf</a></h2></div>" + PROSE + "<div><p>Two of the five shelters had no working "
                + "generator.</p><p><a class=btn href=/docs/audit.pdf>Read the full audit report</a></p></div>" + PROSE
                + "<div>Case number: <a href=/cases/166>I ZR "
                + "166/07</a></div>" + PROSE + "<p>Police searched the room but did not find her. <a href=/fired>"
                + "The sergeant was later fired.</a></p>" + PROSE);
        assertTrue(text.contains("higher risk"), text);
        assertTrue(text.contains("Shares fell in Hong Kong"), text);
        assertTrue(text.contains("Teen Wolf"), text);
        assertTrue(text.contains("I ZR 166/07"), text);
        assertTrue(text.contains("no working generator"), text);
        assertTrue(text.contains("was later fired"), text);
    }

    @Test
    void keepsQuotationsDataTablesAndSectionsLongerThanAPromo() {
        String text = cleaned(PROSE + "<blockquote><p>We landed four hours late.</p>\u2014 <a href=/p/1>Ines on "
                + "Bluesky</a></blockquote>" + PROSE + "<div><table><tr><td>Adult</td><td>42 euros</td></tr><tr>"
                + "<td colspan=2><a href=/fares>All fares</a></td></tr></table></div>" + PROSE
                + "<section><h4>The harbour in figures</h4>" + "Ships moored in the basin overnight. ".repeat(20)
                + "<a href=/harbour>Harbour news</a></section>" + PROSE);
        assertTrue(text.contains("We landed four hours late"), text);
        assertTrue(text.contains("42 euros"), text);
        assertTrue(text.contains("Harbour news"), text);
    }
}
