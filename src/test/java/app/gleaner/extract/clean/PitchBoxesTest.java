package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.page.DeclaredLines;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PitchBoxesTest {

    private static final PitchBoxes PITCH_BOXES = new PitchBoxes(new NagPhrases());

    private static final String PROSE = "<p>The ferry timetable changes on Monday, when the winter boats start, and "
            + "the last crossing leaves an hour earlier than in summer, the operator said.</p>";

    private static String cleaned(String html) {
        Element article = Jsoup.parse("<div id=a>" + html + "</div>", "https://www.ferries.example/news/winter")
                .getElementById("a");
        PITCH_BOXES.removeFrom(article, new RemovalLog());
        return article.text();
    }

    @Test
    void removesABoxInThePublishersVoiceThatAsksForMoneyOrActionWhereverItsLinkLeads() {
        String text = cleaned(PROSE + "<div class=txt-box><p><strong>Lokaljournalismus kostet Geld.</strong> Wenn "
                + "Ihnen dieser Text geholfen hat, unterst\u00fctzen Sie unsere Redaktion ab 5 Euro im Monat \u2013 <a "
                + "href=https://steadyhq.com/de/blick/plans>hier</a>.</p></div>" + PROSE + "<div class=box-17><p>"
                + "Hled\u00e1te d\u00e1rek? Darujte ro\u010dn\u00ed p\u0159edplatn\u00e9 za 990 K\u010d a my "
                + "k n\u011bmu p\u0159id\u00e1me poukaz, zdarma pro n\u00e1s v\u0161echny. <a href=https://obchod"
                + ".example.cz/darek>Vybrat d\u00e1rek</a></p></div>" + PROSE);
        assertFalse(text.contains("Lokaljournalismus"), text);
        assertFalse(text.contains("990"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void logsTheBoxesInTheOrderThePageShowsThem() {
        String page = PROSE + "<div class=txt-box><p><strong>Lokaljournalismus kostet Geld.</strong> Wenn Ihnen "
                + "dieser Text geholfen hat, unterst\u00fctzen Sie unsere Redaktion ab 5 Euro im Monat \u2013 <a "
                + "href=https://steadyhq.com/de/blick/plans>hier</a>.</p></div>" + PROSE + "<div class=box-17><p>"
                + "Hled\u00e1te d\u00e1rek? Darujte ro\u010dn\u00ed p\u0159edplatn\u00e9 za 990 K\u010d a my "
                + "k n\u011bmu p\u0159id\u00e1me poukaz, zdarma pro n\u00e1s v\u0161echny. <a href=https://obchod"
                + ".example.cz/darek>Vybrat d\u00e1rek</a></p></div>" + PROSE;
        RemovalOrder.assertLoggedInPageOrder(PITCH_BOXES::removeFrom, page, 2, "Lokaljournalismus");
    }

    @Test
    void leavesABoxThatHoldsADeclaredLine() {
        String box = "<div class=box-17><p%s>Hled\u00e1te d\u00e1rek? Darujte ro\u010dn\u00ed p\u0159edplatn\u00e9 za "
                + "990 K\u010d a my k n\u011bmu p\u0159id\u00e1me poukaz, zdarma pro n\u00e1s v\u0161echny. <a "
                + "href=https://obchod.example.cz/darek>Vybrat d\u00e1rek</a></p></div>";
        assertFalse(cleaned(PROSE + box.formatted("") + PROSE).contains("990"));
        String marked = cleaned(PROSE + box.formatted(" " + DeclaredLines.ATTRIBUTE + "=step") + PROSE);
        assertTrue(marked.contains("990"), marked);
    }

    @Test
    void removesABoxWhoseNagPhrasesCoverMuchOfItThoughItsLinkSitsInASentence() {
        String text = cleaned(PROSE + "<div class=art-box><p><b>Poranny przegląd</b></p><p>Najważniejsze informacje "
                + "z kraju, zanim wypijesz kawę. Zapisz się <a href=/konto/lista>tutaj</a>, a codziennie o 6:30 "
                + "wyślemy je na Twoją skrzynkę – zupełnie za darmo.</p></div>" + PROSE);
        assertFalse(text.contains("Zapisz"), text);
        assertTrue(text.contains("ferry timetable"));
    }

    @Test
    void readsAParagraphThatAClassOfItsOwnSetsApartAsABoxByItsWordsAlone() {
        String pitch = "Dit stuk kon je lezen dankzij duizenden lezers die ons steunen. Ook onze verslaggevers in "
                + "het noorden rekenen op jou: word abonnee via <a href=/abonnement>onze abonnementenpagina</a> en "
                + "lees alles.";
        String set = cleaned(PROSE + PROSE + "<p class=k3f9a>" + pitch + "</p>" + PROSE);
        assertFalse(set.contains("duizenden lezers"), set);
        assertTrue(set.contains("ferry timetable"));
        // the story's own paragraphs share their class, or have none: the same words there are the story's
        String shared = PROSE.replace("<p>", "<p class=txt>");
        String story = cleaned(shared + shared + "<p class=txt>" + pitch + "</p>" + shared);
        assertTrue(story.contains("duizenden lezers"), story);
        String plain = cleaned(PROSE + PROSE + "<p>" + pitch + "</p>" + PROSE);
        assertTrue(plain.contains("duizenden lezers"), plain);
        // a lead, an update or a verdict names sums in the publisher's voice: set apart, it is held to its phrases
        String update = cleaned(PROSE + PROSE + "<p class=update>Update, May 14: A spokesperson told us the increase "
                + "is $5 a month per line; <a href=https://carrier.example/rates>the new rates</a> apply in June.</p>"
                + PROSE);
        assertTrue(update.contains("told us the increase"), update);
        String verdict = cleaned(PROSE + "<p class=verdict>Should you buy it? At $499, we think yes, unless night "
                + "photos matter to you: <a href=/reviews/phones>our other picks</a> do better there.</p>" + PROSE
                + PROSE);
        assertTrue(verdict.contains("Should you buy it"), verdict);
    }

    @Test
    void readsAParagraphThatABoldLeadSetsApartAsABoxButNotOneOfAQAndA() {
        String pitch = "<p><strong>Before you read on:</strong> we are a non-profit newsroom and put none of our "
                + "reporting behind a paywall. That works because readers chip in. "
                + "<a href=/membership>Become a member for $5 a month</a>.</p>";
        String set = cleaned(PROSE + PROSE + pitch + PROSE);
        assertFalse(set.contains("non-profit newsroom"), set);
        assertTrue(set.contains("ferry timetable"));
        // where the paragraphs near it open bold too, they are questions and answers, a list of tips: the story's
        String question = "<p><strong>Will the night boat still run?</strong> Yes, the operator said.</p>";
        String interview = cleaned(PROSE + question + pitch + question + PROSE);
        assertTrue(interview.contains("non-profit newsroom"), interview);
        // a verdict or a dateline in bold speaks as the publisher, or quotes someone who does, of a subscription
        String verdict = cleaned(PROSE + PROSE + "<p><strong>Our verdict:</strong> we would keep the subscription if "
                + "you stream more than two series a month. <a href=https://streamer.example/plans>Current prices</a>."
                + "</p>" + PROSE);
        assertTrue(verdict.contains("we would keep the subscription"), verdict);
        String dateline = cleaned(PROSE + PROSE + "<p><strong>NEW YORK —</strong> Streamflix will raise the price of "
                + "its basic subscription in March. \"We think viewers will see the value,\" it said in "
                + "<a href=/2025/03/streamflix-statement>a statement</a>.</p>" + PROSE);
        assertTrue(dateline.contains("Streamflix will raise"), dateline);
        // a bold lead of the story's own that pitches nothing stays, whatever it links to
        String lead = cleaned(PROSE + PROSE + "<p><b>Timetables:</b> the winter boats are listed on "
                + "<a href=/timetables/winter>the operator's page</a>, as are the fares for cars.</p>" + PROSE);
        assertTrue(lead.contains("winter boats are listed"), lead);
    }

    @Test
    void setsNoParagraphApartAmongParagraphsThatEachHaveAClassOfTheirOwn() {
        StringBuilder pasted = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            pasted.append(PROSE.replace("<p>", "<p class=c" + i + ">"));
        }
        pasted.append("<p class=c4>We moved our newsletter from one provider to another last spring, and our "
                + "subscribers noticed nothing. <a href=/blog/migration-script>Here is the migration script</a></p>");
        pasted.append(PROSE.replace("<p>", "<p class=c5>"));
        String text = cleaned(pasted.toString());
        assertTrue(text.contains("We moved our newsletter"), text);
    }

    @Test
    void leavesAnEditorsNoteToTheStoryWhateverItNames() {
        String text = cleaned(PROSE + PROSE + "<p class=correction>Correction: An earlier version of this article "
                + "misstated the price of our digital subscription. We regret the error. <a href=/corrections>All "
                + "corrections</a></p>" + PROSE);
        assertTrue(text.contains("misstated the price"), text);
    }

    @Test
    void hearsASumAskedOfTheReaderEveryMonthInManyLanguages() {
        for (String ask : List.of("per maand", "al mese", "por m\u00eas", "om m\u00e5neden", "i m\u00e5naden", "/kk",
                "\u043d\u0430 \u043c\u0435\u0441\u044f\u0446", "monatlich", "\u6708\u984d")) {
            String text = cleaned(PROSE + "<div class=x1><p>Wij maken dit mogelijk met lezers zoals jij: steun ons "
                    + "met 5 \u20ac " + ask + " <a href=/steun>hier</a>.</p></div>" + PROSE);
            assertFalse(text.contains("steun ons"), ask + ": " + text);
        }
        for (String price : List.of("\u6708\u984d980\u5186", "\ub9e4\uc6d4 9,900\uc6d0",
                "\u6bcf\u6708\u4ec530\u5143")) {
            String text = cleaned(PROSE + "<div class=x2><p>\u79c1\u305f\u3061\u306e\u30a2\u30d7\u30ea\u3067\u3001"
                    + "\u3042\u306a\u305f\u3082 " + price + " <a href=/app>\u3053\u3061\u3089</a></p></div>" + PROSE);
            assertFalse(text.contains(price), price + ": " + text);
        }
        // a sum named once, and a fact box's monthly figure "by our count", speak of others
        String once = cleaned(PROSE + "<div class=x1><p>Wij betaalden 5 \u20ac voor het kaartje via <a href=/kaart>"
                + "deze site</a>.</p></div>" + PROSE);
        assertTrue(once.contains("betaalden"), once);
        String facts = cleaned(PROSE + "<div class=kader><p><strong>Rekenvoorbeeld:</strong> een huishouden betaalt "
                + "nu ongeveer \u20ac180 per maand. Onze berekening volgt de tarieven van <a "
                + "href=https://acm.example.nl>de toezichthouder</a>.</p></div>" + PROSE);
        assertTrue(facts.contains("Rekenvoorbeeld"), facts);
    }

    @Test
    void keepsBoxesThatSpeakOfOthersOrAskNothingAndParagraphsInTheFirstPerson() {
        String text = cleaned(PROSE + "<div class=infobox><p>Tickets cost 25 euros at the box office and at <a "
                + "href=https://tickets.example.org/nacht>the organisers' site</a>.</p></div>" + PROSE + "<div "
                + "class=editor-note><p>We asked the ministry for comment; <a href=https://gov.example/statement>its "
                + "statement</a> came after publication.</p></div>" + PROSE + "<p>We paid 400 dollars for two seats "
                + "through <a href=https://resale.example.com>a resale site</a>, twice the face value.</p>" + PROSE);
        assertTrue(text.contains("box office"), text);
        assertTrue(text.contains("asked the ministry"), text);
        assertTrue(text.contains("We paid 400 dollars"), text);
        String review = cleaned(PROSE + "<div class=verdict><p>Our verdict: the quietest laptop we tested, and the "
                + "best screen for $699. <a href=https://shop.example.com/aero>$699 at the shop</a></p></div>" + PROSE
                + "<div class='admonition note'><p>You need an API key; if you do not have one, <a href=/signup>sign "
                + "up for a free account</a>. We use the key in step 3.</p></div>" + PROSE);
        assertTrue(review.contains("quietest laptop"), review);
        String service = cleaned(PROSE + "<div class=how-to><p>Renew online: have your old passport and a digital "
                + "photo ready.</p><p><a href=https://www.gov.example/passport/sign-in>Sign in</a> or <a "
                + "href=https://www.gov.example/passport/create-account>create an account</a></p></div>" + PROSE);
        assertTrue(service.contains("Renew online"), service);
        assertTrue(review.contains("You need an API key"), review);
    }

    @Test
    void takesAButtonAsTheCallOfABoxButNotOfAParagraph() {
        String verdict = "<p><strong>Our verdict:</strong> we would keep the subscription, since the offline maps alone"
                + " saved us twice on the coast road.<button aria-label=\"Note 1\"></button></p>";
        String text = cleaned(PROSE + verdict + PROSE);
        assertTrue(text.contains("we would keep the subscription"), text);
        String box = cleaned(PROSE + "<div><p>Our reporters have covered the ferries for twenty years. Subscribe"
                + " today and read every story for $4 a month.</p><button></button></div>" + PROSE);
        assertFalse(box.contains("Our reporters have covered the ferries"), box);
        // a button alone may share or show more: the box must ask for money every month, and ask the reader
        String figures = cleaned(PROSE + "<div><p>By our count, the £45 monthly pass pays for itself if you ride the"
                + " night ferry more than eighteen times in a month.</p><button></button></div>" + PROSE);
        assertTrue(figures.contains("By our count"), figures);
    }
}
