package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.rules.RuleList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class OverlayRemoverTest {

    private static final OverlayRemover REMOVER = new OverlayRemover();
    private static final String ARTICLE = "<article><p>" + "The committee met on Monday, and members agreed, after "
            + "a long debate, to publish the full report before the end of the month. ".repeat(12) + "</p></article>";

    private static Document clean(String body, RemovalLog log) {
        Document document = Jsoup.parse("<html><body>" + body + "</body></html>", "https://news.example/a");
        REMOVER.removeFrom(document, log);
        return document;
    }

    private static String textAfter(String body) {
        return clean(body, new RemovalLog()).body().text();
    }

    /** The body's text after cleaning a page with this {@code <title>}. */
    private static String textAfter(String title, String body) {
        Document document = Jsoup.parse("<html><head><title>" + title + "</title></head><body>" + body
                + "</body></html>", "https://news.example/a");
        REMOVER.removeFrom(document, new RemovalLog());
        return document.body().text();
    }

    @Test
    void removesACallToTagTheAuthorButNotAnEmbeddedPostThatAsksAndTags() {
        String call = "<div class=cta><span>Baked it?</span> <span>Tag @nellskitchen on Instagram so I can see your "
                + "loaf!</span></div>";
        String embed = "<blockquote class=instagram-media><p>Made it twice this week? Tag a friend who needs this "
                + "loaf! #sourdough</p><p><a href=https://www.instagram.com/p/C1x/>A post shared by Nell (@nellskitchen)</a>"
                + "</p></blockquote>";
        String text = textAfter(ARTICLE + call + embed);
        assertFalse(text.contains("Baked it?"), text);
        assertTrue(text.contains("Made it twice this week?"), text);
    }

    @Test
    void everyOverlaySelectorParsesWithOrWithoutItsGateMark() {
        List<String> selectors = RuleList.load("overlay-selectors.txt");
        assertFalse(RuleList.marked(selectors, OverlayRemover.GATE_MARK).isEmpty());
        for (String selector : selectors) {
            String bare = selector.startsWith(OverlayRemover.GATE_MARK)
                    ? selector.substring(OverlayRemover.GATE_MARK.length()) : selector;
            assertDoesNotThrow(() -> QueryParser.parse(bare), selector);
        }
    }

    @Test
    void removesWhatACssFrameworksUtilityClassFixesToTheViewport() {
        String text = textAfter(ARTICLE + "<div class='fixed inset-x-0 bottom-0 z-50'><p>Quick look at the tides</p>"
                + "</div><div class='position-fixed top-0'><p>Storm warning for the coast</p></div>"
                + "<div class='fixed-bottom'><p>Tonight on the radio</p></div>");
        assertFalse(text.contains("tides"));
        assertFalse(text.contains("Storm warning"));
        assertFalse(text.contains("radio"));
        assertTrue(text.contains("publish the full report"));
    }

    @Test
    void removesRegistrationModalMarkedByAriaModal() {
        String text = textAfter(ARTICLE + "<div aria-modal=true><h2>Welcome back</h2><p>Pick a plan</p></div>");
        assertFalse(text.contains("Welcome back"));
        assertTrue(text.contains("publish the full report"));
    }

    /** {@code box} between two paragraphs of a German council story. */
    private static String inGermanStory(String box) {
        return "<article><p>" + "Der Stadtrat hat am Montag nach langer Debatte beschlossen, den vollständigen "
                + "Bericht noch vor Monatsende zu veröffentlichen. ".repeat(8) + "</p>" + box + "<p>"
                + "Die Opposition kündigte an, den Bericht genau zu prüfen. ".repeat(8) + "</p></article>";
    }

    @Test
    void removesSignUpBoxByItsEmailFieldWhateverItsLanguage() {
        String text = textAfter(inGermanStory("<div class=x4t><strong>Das Wichtigste am Abend</strong><p>Die "
                + "Nachrichten des Tages kompakt zusammengefasst, jeden Werktag um sechs.</p><form><input type=email>"
                + "<button>Bestellen</button></form></div>"));
        assertFalse(text.contains("Das Wichtigste am Abend"));
        assertFalse(text.contains("jeden Werktag"));
        assertTrue(text.contains("Bericht genau zu prüfen"));
    }

    @Test
    void removesNewsletterBoxByItsHeadingAndPlainTextEmailFieldThoughItsFinePrintIsProse() {
        String text = textAfter(inGermanStory("<div class=box><div><h3>Rathaus-Newsletter erhalten</h3></div><div><p>"
                + "Der Newsletter ist kostenlos und kann jederzeit bestellt und wieder abbestellt werden. Ihre Adresse "
                + "geben wir nicht an Dritte weiter.</p><p>Nach der Anmeldung erhalten Sie eine Bestätigungs-E-Mail. "
                + "Bitte prüfen Sie auch Ihren Spam-Ordner, falls sie nicht ankommt.</p></div><div><form><div class=field>"
                + "<label>E-Mail:</label><input type=text name=data[email] placeholder=name@beispiel.de></div><input "
                + "type=submit value=Anmelden></form></div></div>"));
        assertFalse(text.contains("wieder abbestellt werden"), text);
        assertFalse(text.contains("Spam-Ordner"), text);
        assertTrue(text.contains("Bericht genau zu prüfen"));
    }

    @Test
    void removesSignUpBoxByItsFinePrintThoughItsDescriptionRunsLong() {
        String text = textAfter(inGermanStory("<div class=ag3><h4>Receba a Agenda Cultural</h4><p>Os concertos, as "
                + "exposições e as estreias da semana chegam ao seu e-mail toda quinta-feira, escolhidos pela equipe de "
                + "cultura do Diário do Vale.</p><form><label>E-mail</label><input type=email name=email><button>Quero "
                + "receber</button></form><p>Ao se cadastrar, você concorda com a nossa <a href=/privacidade>política "
                + "de privacidade</a>.</p></div>"));
        assertFalse(text.contains("estreias da semana"), text);
        assertTrue(text.contains("Bericht genau zu prüfen"));
    }

    @Test
    void removesARegistrationWallWholeThoughItsFinePrintLinksTheTerms() {
        String text = textAfter(ARTICLE + "<section class='mt-8 p-6'><h2>Regístrate gratis para seguir leyendo</h2>"
                + "<p>Las noticias del valle son para lectores con cuenta. Crearla es gratis y se hace en un momento."
                + "</p><div><a href=/alta>Crear cuenta gratis</a> <a href=/entrar>Ya tengo cuenta</a></div><p>Al "
                + "registrarte aceptas las <a href=/terminos>condiciones de uso</a> y la <a href=/privacidad>política "
                + "de privacidad</a>.</p></section>");
        assertFalse(text.contains("se hace en un momento"), text);
        assertFalse(text.contains("condiciones de uso"), text);
        assertTrue(text.contains("publish the full report"));
    }

    @Test
    void keepsTheShortSectionAroundAnInlineSignUpBox() {
        String text = textAfter(ARTICLE + "<section><h2>2. Beacon woods</h2><p>A gentle loop of four miles under old "
                + "beeches, with a café and a visitor centre at the top of the hill, where the path turns back along "
                + "the stream to the car park by the old mill.</p><div class=nl><p>Get our weekend "
                + "walks newsletter</p><form><input type=text name=EMAIL><button>Sign up</button></form></div></section>");
        assertTrue(text.contains("gentle loop of four miles"), text);
        assertTrue(text.contains("Beacon woods"), text);
        assertFalse(text.contains("weekend walks newsletter"), text);
    }

    @Test
    void keepsAnEventBoxWhoseOnlyCallIsItsFormsButton() {
        String text = textAfter(ARTICLE + "<div class=ev><h3>Drop-in session: Thursday 14 March</h3><p>Engineers will "
                + "bring the drawings of the new bridge to the library from four to seven; the hall has step-free "
                + "access.</p><form><label>Your email</label><input type=email name=email><button>Register now</button>"
                + "</form></div>");
        assertTrue(text.contains("bring the drawings of the new bridge"), text);
    }

    @Test
    void keepsARecipeCardWithAnEmailFieldUnderItsMethod() {
        String text = textAfter(ARTICLE + "<div class=card><h3>Quick lemon rice</h3><ul><li>200 g rice</li><li>1 lemon"
                + "</li><li>a knob of butter</li></ul><p>Cook the rice, stir in the zest, juice and butter, and rest it "
                + "for five minutes.</p><form><input type=text name=recipe_email placeholder=you@example.com><button>"
                + "Subscribe</button></form></div>");
        assertTrue(text.contains("stir in the zest"), text);
        assertTrue(text.contains("200 g rice"), text);
    }

    @Test
    void removesOfferCardWhoseNagAndControlAreAFractionOfItsWords() {
        String text = textAfter(ARTICLE + "<div class=c1><h3>Subscribe now to continue reading</h3><p>Every story, "
                + "the whole archive and the weekend magazine, on all of your devices.</p><div><span>Digital</span>"
                + "<span>$4.99 a month for the first year</span></div><div><span>Print and digital</span><span>"
                + "$49 a year, billed once</span></div><a href=/plans>Subscribe now</a><p>Already a subscriber? "
                + "<a href=/login>Log in</a></p></div>");
        assertFalse(text.contains("weekend magazine"));
        assertFalse(text.contains("billed once"));
        assertTrue(text.contains("publish the full report"));
    }

    /** {@code lines} as paragraphs between two prose paragraphs of a story about a village's router trouble. */
    private static String amongTheText(String lines) {
        return "<article><p>" + "The village hall's wireless network dropped every evening last month, and the "
                + "committee asked a volunteer to look at the router. ".repeat(3) + "</p>" + lines + "<p>"
                + "After the change the network stayed up through the whole of the quiz night. ".repeat(3)
                + "</p></article>";
    }

    @Test
    void keepsALineOfTheRunningTextThatAsksTheReaderToActWithNothingToClick() {
        assertTrue(textAfter(amongTheText("<p>Log in to the router's page and open the Wi-Fi settings.</p>"))
                .contains("Log in to the router's page"));
        assertTrue(textAfter(amongTheText("<p>There will be a printed edition too.</p><p>Sign up for it at the "
                + "post office counter before Friday.</p>")).contains("Sign up for it at the post office"));
        assertTrue(textAfter(amongTheText("<p>Since Tuesday the forum answers every reply with this message:</p>"
                + "<p>You must be logged in to post a comment.</p>")).contains("You must be logged in"));
    }

    @Test
    void removesACallAmongTheTextThatItsPhrasesMakeOneOrThatHasALinkAClassOfItsOwnOrNoProseBesideIt() {
        for (String call : new String[] {"<p><a href=/login>Log in</a> to read the rest of this story.</p>",
                "<p class=t7z0>Log in to read the rest of this story.</p>",
                "<p>Subscribe to our newsletter to read the rest of this story.</p>",
                "<p>Subscribe today for just $1 a week to read the rest of this story.</p>",
                "<p>Sign up to continue reading.</p><p>Log in to read the rest of this story.</p>",
                "<p>Doors open at seven.</p><p>Log in to read the rest of this story.</p><p>Entry is free.</p>",
                "<p>&nbsp;</p><p>Log in to read the rest of this story.</p>",
                "<p><strong>Log in to read the rest of this story:</strong></p>"}) {
            assertFalse(textAfter(amongTheText(call)).contains("rest of this story"), call);
        }
        assertFalse(textAfter(amongTheText("<p>Accept cookies to see this video.</p>")).contains("Accept cookies"));
    }

    @Test
    void keepsTheSentencesOfAQuotedEmailButNotABoxInsideTheQuotation() {
        String text = textAfter(ARTICLE + "<figure><blockquote><p><strong>Subject: Your account will be paused</strong>"
                + "</p><p>Subscribe now to keep your saved playlists.</p><p>[Subscribe now]</p></blockquote><figcaption>"
                + "An email sent to free users in March.</figcaption></figure><blockquote><p>The pier will reopen in "
                + "May.</p><div class=x><p>Subscribe now to continue reading.</p><button>Subscribe</button></div>"
                + "</blockquote>");
        assertTrue(text.contains("Subscribe now to keep your saved playlists"), text);
        assertTrue(text.contains("The pier will reopen"), text);
        assertFalse(text.contains("continue reading"), text);
    }

    @Test
    void keepsTheStorysBoxesBesideTheirSignInLine() {
        String body = ARTICLE.replace("</article>", "")
                + "<div class=recipe><p>Our test kitchen's tip: toast the spices first.</p><ul><li>2 cups of rice</li>"
                + "<li>1 onion</li></ul><p><a href=/login>Log in</a> to save this recipe</p></div>"
                + "<div class=thread><p>We had the same issue at our office: nobody could log in after the update, "
                + "and the helpdesk had no answer for two days.</p><p>Same here, the login page kept reloading "
                + "until we cleared the cache.</p><p><a href=/login>Log in</a> | <a href=/register>Register</a></p>"
                + "</div>" + ARTICLE.replace("<article>", "");
        String text = textAfter(body);
        assertTrue(text.contains("toast the spices"), text);
        assertTrue(text.contains("2 cups of rice"), text);
        assertTrue(text.contains("nobody could log in"), text);
        assertTrue(text.contains("login page kept reloading"), text);
    }

    @Test
    void neverTakesTheHeadlineWithABoxThatHasACallByItsShape() {
        String header = textAfter("Why the harbour's wall failed | Coast News", "<article><div class=head><h1>Why "
                + "the harbour\u2019s wall failed</h1><p>By Ann Lee | <a href=/login?next=comments>Log in to comment</a>"
                + "</p></div>" + ARTICLE.replace("<article>", ""));
        assertTrue(header.contains("wall failed"), header);
        assertTrue(header.contains("publish the full report"), header);
        // a paywall box with the site's logo as its h1: the title's last part is the site's name, not the headline
        String paywall = textAfter("Harbour wall to be rebuilt | Example Tribune", ARTICLE + "<div class=wall><h1>"
                + "Example Tribune</h1><p>Subscribe to keep reading</p><p><a href=/login>Log in</a> | <a "
                + "href=/subscribe>Subscribe now</a></p></div>");
        assertFalse(paywall.contains("Example Tribune"), paywall);
    }

    @Test
    void removesABoxWhoseOwnWordsPitchAroundItsNagLineWhole() {
        String pitch = textAfter(ARTICLE.replace("</article>", "") + "<div class=hozon><p>\u3053\u306e\u8a18\u4e8b\u3092\u4fdd"
                + "\u5b58\u3059\u308b\u306b\u306f\u3001\u30ed\u30b0\u30a4\u30f3\u304c\u5fc5\u8981\u3067\u3059\u3002"
                + "\u7121\u6599\u306e\u4f1a\u54e1\u767b\u9332\u3092\u3059\u308b\u3068\u3001\u4fdd\u5b58\u3057\u305f"
                + "\u8a18\u4e8b\u3092\u30b9\u30de\u30fc\u30c8\u30d5\u30a9\u30f3\u304b\u3089\u3044\u3064\u3067\u3082"
                + "\u8aad\u3081\u307e\u3059\u3002</p><p><a href=https://id.sso.example/login>\u30ed\u30b0\u30a4\u30f3</a>"
                + "\uff0f<a href=https://id.sso.example/register>\u7121\u6599\u4f1a\u54e1\u767b\u9332</a></p></div>"
                + ARTICLE.replace("<article>", ""));
        assertFalse(pitch.contains("\u4fdd\u5b58\u3059\u308b\u306b\u306f"), pitch);
        assertTrue(pitch.contains("publish the full report"));
    }

    @Test
    void readsAHeadingThatIsANagLineAsOneOfTheBoxsLinesAndAStoryHeadingAsTheStorys() {
        String box = "<p>Dit verhaal is alleen beschikbaar voor leden. Als lid lees je onbeperkt alle verhalen en "
                + "steun je onafhankelijke lokale journalistiek.</p><p><a href=/inloggen>Log in</a> | <a "
                + "href=/registreren>Registreer gratis</a></p></div>";
        String gate = textAfter(ARTICLE.replace("</article>", "") + "<div class=gate><h3>Verder lezen? Word lid van "
                + "De Krant</h3>" + box + ARTICLE.replace("<article>", ""));
        assertFalse(gate.contains("alleen beschikbaar voor leden"), gate);
        assertTrue(gate.contains("publish the full report"));
        String section = textAfter(ARTICLE.replace("</article>", "") + "<div class=gate><h3>Wat de leden "
                + "zeggen</h3>" + box + ARTICLE.replace("<article>", ""));
        assertTrue(section.contains("alleen beschikbaar voor leden"), section);
    }

    @Test
    void keepsAHeadingThatReadsAsACallWhenTheStorysProseFollowsIt() {
        String text = textAfter(ARTICLE.replace("</article>", "") + "<h3>Log in to the new app before 1 March</h3>"
                + "<p>Customers of both banks will keep their account numbers, but the old app stops working at the "
                + "end of February, the bank said on Tuesday.</p><h3>Subscribe to our newsletter</h3><form><input "
                + "type=email><button>Sign up</button></form>" + ARTICLE.replace("<article>", ""));
        assertTrue(text.contains("Log in to the new app before 1 March"), text);
        assertTrue(text.contains("keep their account numbers"), text);
        assertFalse(text.contains("Subscribe to our newsletter"), text);
        String steps = textAfter(ARTICLE.replace("</article>", "") + "<h2>Create an account in four steps</h2><div "
                + "class=howto><h3>Signing in the first time</h3><ol><li>Open the agency's website and choose Log in at the "
                + "top.</li><li>Confirm who you are with your bank ID.</li><li>Enter your e-mail address.</li><li>Press "
                + "Create account.</li></ol></div>" + ARTICLE.replace("<article>", ""));
        assertTrue(steps.contains("Create an account in four steps"), "heads the box of its steps: " + steps);
        String offer = textAfter(ARTICLE.replace("</article>", "") + "<h3>Subscribe in three easy steps</h3><div "
                + "class=steps><ol><li>Pick the plan that suits you.</li><li>Create your account with an e-mail address."
                + "</li><li>Read every story on the web and in the app.</li></ol><p><a class=button href=/subscribe>"
                + "Subscribe now</a></p></div>" + ARTICLE.replace("<article>", ""));
        assertFalse(offer.contains("Subscribe in three easy steps"), "an offer's steps have its button: " + offer);
    }

    /** Stars the reader ticks are a rating widget, whatever the request says; a quiz's worded choices are not. */
    @Test
    void removesARatingScaleOfRadioChoicesButKeepsAQuiz() {
        String stars = "<div role=radiogroup>" + "<span role=radio aria-label=\"%d Sterne\">☆</span>".repeat(5)
                .formatted(1, 2, 3, 4, 5) + "</div>";
        String rating = textAfter(ARTICLE + "<div><p><strong>Schon nachgekocht?</strong></p><p>Dann lass gern eine "
                + "Bewertung da und erzähl in den Kommentaren, wie es geschmeckt hat!</p>" + stars + "</div>");
        assertFalse(rating.contains("Bewertung da"), rating);
        String quiz = textAfter(ARTICLE + "<div class=quiz><p>Which crossing closes first in winter?</p><label><input "
                + "type=radio name=q value=1> The north ferry</label><label><input type=radio name=q value=2> The "
                + "harbour shuttle</label><label><input type=radio name=q value=3> The island boat</label></div>");
        assertTrue(quiz.contains("Which crossing closes first"), quiz);
    }

    /** A prerequisite that tells the reader to register first is the guide's, as a numbered step is. */
    @Test
    void keepsABulletedListsSentenceThatTellsTheReaderToRegisterFirst() {
        String text = textAfter(ARTICLE.replace("</article>", "") + "<div class=note><p>You will need:</p><ul>"
                + "<li>An account on the console. If you have none yet, sign up for free and confirm your email "
                + "address.</li><li>An API key with write access to your project.</li><li>Node.js 18 or newer on "
                + "your machine.</li></ul></div>" + ARTICLE.replace("<article>", ""));
        assertTrue(text.contains("If you have none yet, sign up for free"), text);
    }

    /** A Korean paragraph says as much as an English one in fewer characters: it is the story's prose all the same. */
    @Test
    void keepsAKoreanHeadingThatReadsAsACallOverTheStorysShortParagraph() {
        String text = textAfter(ARTICLE.replace("</article>", "") + "<h3>무료로 읽으려면 먼저 회원가입부터</h3>"
                + "<p>시립도서관 전자책은 무료로 읽을 수 있지만, 도서관 누리집에 먼저 회원가입을 해야 한다.</p>"
                + ARTICLE.replace("<article>", ""));
        assertTrue(text.contains("무료로 읽으려면 먼저 회원가입부터"), text);
    }

    @Test
    void judgesAPaywallBoxWithAProsePitchWholeNotPartByPart() {
        String text = textAfter(ARTICLE + "<section class=paywall><p class=paywall__badge>Subscribers only</p><h2>You "
                + "have 78% of this article left to read</h2><p class=paywall__pitch>Investigations, analysis and "
                + "explainers on the site and in the app, without limits. Spring offer: one euro for the first month, "
                + "then 9.99 euros.</p><ul class=paywall__perks><li>The daily edition from six</li><li>The archive "
                + "since 1944</li></ul><a class=paywall__btn href=/subscribe>Subscribe for one euro</a><p "
                + "class=paywall__login>Already a subscriber? <a href=/login>Log in</a></p></section>"
                + "<div class=paywall><p>" + "The board will meet again in June to choose a contractor for the pier, "
                + "and the work is expected to take two years. ".repeat(2) + "</p><p class=paywall__cta>Subscribe "
                + "to keep reading</p></div>");
        assertFalse(text.contains("Spring offer"), text);
        assertTrue(text.contains("choose a contractor for the pier"), text);
        assertFalse(text.contains("keep reading"), text);
    }

    @Test
    void keepsTheArticleAnAmpPageShowsInItsPaywalledSection() {
        // AMP's content section, shown to a reader with access, is the article whatever its box is named (its
        // paragraphs of forty-odd Han characters are too short to count as prose); the offer beside it goes
        String rest = "<p>合作社把茶园分成两块，坡度缓的地块交给机器，陡坡上的老茶树留给人工采摘。</p>"
                + "<p>六十岁以上的茶工优先分配手采任务，工钱按斤计算，当天结清，不拖欠一分钱。</p>";
        String chinese = textAfter(ARTICLE + "<section class=xc-paywalled subscriptions-section=content>" + rest
                + "</section><section class=xc-paywall subscriptions-section=content-not-granted><p>订阅后继续阅读全文"
                + "</p></section>");
        assertTrue(chinese.contains("当天结清"), chinese);
        assertFalse(chinese.contains("订阅后继续阅读"), chinese);
    }

    @Test
    void judgesAGateAgainOnWhatTheRulesLeftOfIt() {
        // prose inside the card made it look like the gated article; once that went, its pitch goes too
        String text = textAfter(ARTICLE + "<div class=paywall-card><p>A subscription gives you every story and the "
                + "archive.</p><div style='display:none'><p>" + "The rest of the story waits behind the wall for "
                + "the paper's subscribers, who read it in full. ".repeat(2) + "</p><p>" + "Its last paragraphs are "
                + "hidden from the reader as well, until the reader pays for them. ".repeat(2) + "</p></div></div>");
        assertFalse(text.contains("gives you every story"), text);
        assertFalse(text.contains("waits behind the wall"), text);
        assertTrue(text.contains("publish the full report"), text);
        // the article's visible start in a gate stays when the call below it goes
        String start = textAfter("<div class=paywall><p>The subscription fees of the town's three swimming clubs will "
                + "double next year, the council decided on Monday evening, after a debate that ran past midnight and "
                + "ended with a vote of eleven to nine, the closest the chamber has seen since the pool was built."
                + "</p><p>Subscribe to keep reading</p></div>" + ARTICLE);
        assertTrue(start.contains("subscription fees of the town"), start);
        assertFalse(start.contains("Subscribe to keep reading"), start);
    }

    @Test
    void removesAnOfferCardWithACallAloneInItsLineButNotTheArticleStartAboveAnOffer() {
        String text = textAfter(ARTICLE + "<section class=premium-gate data-paywall=hard><p>Réservé aux abonnés</p>"
                + "<h3>Il vous reste 80 % de cet article à découvrir</h3><p>Profitez d'un accès illimité à tous nos "
                + "contenus, à l'édition du soir en avant-première et aux archives depuis 1944.</p><a class=btn "
                + "href=https://abonnement.example.fr/offre>1 € le premier mois, sans engagement</a></section>");
        assertFalse(text.contains("Profitez"), text);
        assertFalse(text.contains("premier mois"), text);
        String start = textAfter("<div id=article class='story isPaywall'><h1>Good wages are not enough</h1><p>The "
                + "valley's factories pay more than ever, yet their owners say they cannot find apprentices, and the "
                + "trade school has closed two of its classes.</p><div><button>Read on with Plus</button></div></div>");
        assertTrue(start.contains("trade school has closed"), start);
    }

    @Test
    void readsAnOffersOwnClassAsAGateButAnOpenedOneAsTheText() {
        // CSS modules' class: "Paywall_offer__8dKsa" is no "paywall-off"
        String paragraph = "<p>" + "The repair café opens every Saturday, and the queue forms early. ".repeat(6) + "</p>";
        String text = textAfter("<article>" + paragraph + "<div class=Paywall_offer__8dKsa><div>Readers' club</div>"
                + "<p class=Paywall_heading__Ur7vB>We write about the people who change this city, and readers like "
                + "you pay for every trip our reporters make.</p><a href=/club>Join the club</a></div>" + paragraph
                + "</article>");
        assertFalse(text.contains("We write about the people"), text);
        assertFalse(text.contains("Join the club"), text);
        String opened = textAfter("<div class=paywall-opened><p>The ferry will run every hour from May, the harbour "
                + "board said, and readers like you asked for it in a survey last winter.</p><a href=/share>Share</a>"
                + "</div>" + ARTICLE);
        assertTrue(opened.contains("The ferry will run every hour"), opened);
    }

    @Test
    void removesATinyBoxBuiltAroundAButtonButNotCodeFiguresHeadersOrAnAnsweredQuestion() {
        String text = textAfter(ARTICLE + "<div class=k3m9><span>Vad tycker du om det nya förslaget?</span> <button>"
                + "Tyck till</button></div><div class=units><button>US Customary</button> - <button>Metric</button>"
                + "</div><div class=snippet><button>Copy</button><pre><code>mvn verify</code></pre></div><figure><img "
                + "src=/map.png><figcaption>The new route</figcaption><button>Zoom</button></figure><header><p>By Ada "
                + "Roe</p><button>Follow</button></header><div class=faq><button>Who pays for the pier?</button><p>The "
                + "town pays two thirds and the county the rest, over ten years.</p></div>");
        assertFalse(text.contains("Vad tycker du"), text);
        assertFalse(text.contains("US Customary"), text);
        assertTrue(text.contains("mvn verify"), text);
        assertTrue(text.contains("The new route"), text);
        assertTrue(text.contains("By Ada Roe"), text);
        assertTrue(text.contains("Who pays for the pier?"), text);
    }

    @Test
    void removesAnOfferOfPlansButNotAPriceTableOrAParagraphAboutPrices() {
        String text = textAfter(ARTICLE + "<np-gate><h3>Weiterlesen mit PLUS</h3><p>Sie möchten wissen, wie es "
                + "weitergeht?</p><div><p>4 Wochen für 0,99 €, danach 9,99 € im Monat</p><button>Jetzt testen</button>"
                + "</div><div><p>Jahresabo: 99 € im ersten Jahr</p><button>Jahresabo wählen</button></div></np-gate>"
                + "<div class=info><p>Subscribers to the ad tier pay $6.99 a month, the others $15.49, and the price "
                + "rises again in June, the company said.</p><p><a href=/2026/05/prices>Earlier: the last rise</a></p>"
                + "</div><aside><h4>Prices</h4><table><tr><td>Day ticket</td><td>35 €</td></tr><tr><td>Weekend</td>"
                + "<td>85 €</td></tr></table><p><a href=https://tickets.example.es>Buy tickets</a></p></aside>");
        assertFalse(text.contains("Jetzt testen"), text);
        assertFalse(text.contains("0,99"), text);
        assertTrue(text.contains("ad tier pay"), text);
        assertTrue(text.contains("Day ticket"), text);
    }

    @Test
    void keepsTheStepsOfAHowToThatBeginByLoggingIn() {
        String text = textAfter(ARTICLE + "<div class=steps><ol><li>Log in op de website van uw gemeente met DigiD."
                + "</li><li>Kies 'Aanvragen' en vul uw inkomen in.</li><li>Upload een bankafschrift.</li></ol></div>"
                + "<div class=x><ul><li>Log in to keep reading</li></ul></div>");
        assertTrue(text.contains("Log in op de website"), text);
        assertFalse(text.contains("keep reading"), text);
    }

    @Test
    void keepsAPointOfAReviewsListButNotAnOffersPerksOrAMenusCall() {
        String cons = "<h3>Cons</h3><ul><li>Free trial only 3 days</li><li>Slow servers in Asia and South America</li>"
                + "<li>No refunds after the first week</li></ul>";
        String review = textAfter(ARTICLE + cons + ARTICLE);
        assertTrue(review.contains("Free trial only 3 days"), review);
        String call = textAfter(ARTICLE + "<ul><li>Fares match the day tariff on every route</li><li>Season tickets"
                + " are valid on the night buses</li><li>The trial runs for a whole year</li><li>Download our app to get"
                + " alerts about the night bus</li></ul>" + ARTICLE);
        assertTrue(call.contains("Season tickets are valid"), call);
        assertFalse(call.contains("Download our app"), call);
        String perks = textAfter(ARTICLE + "<ul><li>Free trial for 30 days</li><li>Subscribe and save 50%</li>"
                + "<li>Cancel anytime</li></ul>" + ARTICLE);
        assertFalse(perks.contains("Free trial for 30 days"), perks);
        String menu = textAfter(ARTICLE + "<ul><li>Our reporters on the flood</li><li>What the council decided</li>"
                + "<li><a href=/subscribe>Subscribe for free now</a></li></ul>" + ARTICLE);
        assertFalse(menu.contains("Subscribe for free now"), menu);
    }

    @Test
    void keepsATipOfAHowToThatOpensWithACallButNotAPitch() {
        String steps = "<ol><li>Open the app.</li><li>Choose Settings, then Plan.</li><li>Tap Cancel.</li></ol>";
        String tip = "<p>Sign in on a web browser rather than the TV app to cancel your plan.</p>";
        String section = textAfter(ARTICLE + "<h2>How to cancel</h2>" + steps + tip + ARTICLE + ARTICLE + ARTICLE
                + ARTICLE + "<div class=code><pre>cancel --plan basic</pre><button>Copy</button></div>" + ARTICLE);
        assertTrue(section.contains("rather than the TV app"), section);
        // with a link to act on, with no list near it, in a box with a button, or in the publisher's voice: a call
        String linked = textAfter(ARTICLE + steps + tip.replace("Sign in", "<a href=/login>Sign in</a>") + ARTICLE);
        assertFalse(linked.contains("rather than the TV app"), linked);
        String run = textAfter(ARTICLE + "<h2>Next</h2>" + ARTICLE + "<p>Subscribe today and get your first three "
                + "months for half price.</p>" + ARTICLE);
        assertFalse(run.contains("first three months"), run);
        String box = textAfter(ARTICLE + "<div><h3>There is more to this story</h3><p>Local reporting like this takes "
                + "time: court hearings, council meetings and the records nobody else reads.</p>" + steps
                + "<p>Subscribe today and get your first three months for half price.</p><button>Continue</button>"
                + "</div>" + ARTICLE);
        assertFalse(box.contains("first three months"), box);
        String voice = textAfter(ARTICLE + steps + "<p>Download our app for the latest news on the go.</p>" + ARTICLE);
        assertFalse(voice.contains("latest news on the go"), voice);
    }

    @Test
    void keepsTheHeadingOfAHowTosStepsAndAPrerequisiteThatOpensWithACall() {
        String text = textAfter(ARTICLE + "<h2>Sign up for the course</h2><ol><li>Fill in the form on the portal.</li>"
                + "<li>Upload your CV.</li><li>Wait for our e-mail.</li></ol>" + ARTICLE + "<ul><li>An API key with the "
                + "write scope.</li><li>A reachable HTTPS endpoint.</li><li>Sign in to the dashboard as an owner.</li>"
                + "</ul>" + ARTICLE);
        assertTrue(text.contains("Sign up for the course"), text);
        assertTrue(text.contains("Sign in to the dashboard as an owner"), text);
    }

    @Test
    void keepsParagraphsMarkedPaywallAndBlocksMarkedFree() {
        String text = textAfter("<article><p class=paywall>The board argued over the report, as <a href=/2024/05/"
                + "report>she wrote last year</a>, and by spring it had settled on a contractor for the pier.</p>"
                + "<p class=paywall>The work is expected to take two years and to cost the town about four million, "
                + "the council said on Monday.</p></article><div data-paywall=free><p>The ferry will run every hour "
                + "from June, the operator said, and the last boat will leave at ten.</p><button>Share</button></div>");
        assertTrue(text.contains("she wrote last year"), text);
        assertTrue(text.contains("ferry will run every hour"), text);
        for (String marked : new String[] {"paywall", "non-paywall", "paywall-free"}) {
            String brief = textAfter("<article><div class='body " + marked + "'><p>The harbour ferry will run every "
                    + "hour again from Monday, the operator said, after repairs to the pier.</p><button>Share</button>"
                    + "</div></article>");
            assertTrue(brief.contains("harbour ferry"), marked + ": " + brief);
        }
    }

    @Test
    void keepsSmallBoxesWithButtonsThatShowMediaOrSayASentence() {
        String text = textAfter(ARTICLE + "<div class=article-image><img src=/bridge.jpg><p>The old bridge. Photo: "
                + "J. Roe</p><button aria-label=Expand></button></div><div class=reply><p>Thanks, that fixed it.</p>"
                + "<button>Reply</button></div><div class=endpoint><span>GET</span> <span>/v1/budgets/{year}</span>"
                + "<button>Copy</button></div>");
        assertTrue(text.contains("The old bridge"), text);
        assertTrue(text.contains("that fixed it"), text);
        assertTrue(text.contains("/v1/budgets/{year}"), text);
    }

    @Test
    void keepsTheHeadingOfABoxBesideItsPrintButton() {
        String text = textAfter(ARTICLE + "<div class=recipe><div class=recipe-head><h3>Grandma Ada's barley soup</h3>"
                + "<button>Print</button></div><ul><li>200 g pearl barley, rinsed</li><li>two carrots and a leek"
                + "</li></ul></div>");
        assertTrue(text.contains("Grandma Ada's barley soup"), text);
    }

    @Test
    void removesAnAppealInThePublishersVoiceBesideItsButtonButNotAStoryBoxWithAButton() {
        String text = textAfter(ARTICLE + "<aside class=story-aside><p>Before you read on: we don't lock our reporting "
                + "away. That only works if enough of our readers chip in. If this story mattered to you, please "
                + "consider becoming a member today.</p><button>Become a member</button></aside><div class=note><p>We "
                + "asked the council how the pier will be paid for; its answer came after publication.</p><button>"
                + "Share</button></div>");
        assertFalse(text.contains("chip in"), text);
        assertTrue(text.contains("how the pier will be paid for"), text);
    }

    @Test
    void removesABoxThatAsksForASumOfMoneyWhateverItsProseSays() {
        String text = textAfter(ARTICLE + "<section><h3>Nikdo vám nezaplatil za čtení</h3><p>Naše redakce nemá "
                + "majitele miliardáře a nemá paywall.</p><form><label><input type=radio name=a> 100 Kč</label><label>"
                + "<input type=radio name=a> 250 Kč</label><button>Přispět</button></form></section><section><h3>Ticket "
                + "prices</h3><table><tr><td>Adults</td><td>$12</td></tr><tr><td>Children</td><td>$6</td></tr></table>"
                + "<p>Tickets are sold at the door from six.</p><button>Show all prices</button></section>");
        assertFalse(text.contains("Naše redakce"), text);
        assertTrue(text.contains("Tickets are sold at the door"), text);
    }

    @Test
    void removesATeaserLineWithItsCallButNotACardWithAList() {
        String text = textAfter(ARTICLE + "<div class=q1><p><b>Vakna smartare: morgonens viktigaste nyheter i din "
                + "mejl varje vardag klockan sex.</b></p><p>Anmäl dig under Mitt konto.</p></div>");
        assertFalse(text.contains("Vakna smartare"), text);
    }

    @Test
    void keepsAHowToWhoseSignInLinkLeadsToAnotherSite() {
        String text = textAfter(ARTICLE + "<div><h4>How to check if your account was affected</h4><p>Open the bank's "
                + "website in a new tab rather than following a link in an e-mail.</p><p>Look under Security for a "
                + "list of recent sign-ins and devices.</p><p><a href=https://bank.example/security>Log in to your "
                + "account</a></p></div>");
        assertTrue(text.contains("list of recent sign-ins"), text);
    }

    @Test
    void keepsAGuidesBoxWhoseSevenWordSignUpLinkTheSiteServes() {
        // raising NagBoxes.MAX_CONTROL_WORDS from 6 to 8 took this box, and genuine text on 21 more of a review's 23
        // tempting pages (a bank's scam warning, postal voting, a warranty, a baking class), for one nag of 10 more
        String text = textAfter(ARTICLE + "<section><h2>New to the library?</h2><p>Joining is free for everyone who "
                + "lives, works or studies here. You only need a proof of address from the last three months. "
                + "<a href=/join>Sign up for a library card in minutes</a></p></section>");
        assertTrue(text.contains("proof of address"), text);
        assertTrue(text.contains("Sign up for a library card in minutes"), text);
    }

    @Test
    void removesACalloutStyledAsAQuotationAndPaywallPromptsOnAPaywalledPage() {
        String text = clean("<div class=story-body>" + ARTICLE + "<blockquote><p>Subscribe to our free newsletter "
                + "for the week's best stories.</p><p><a href=/newsletters>Sign up now</a></p></blockquote>"
                + "<div class=paywall-prompt><h3>Planet Plus</h3><p>This story is for Plus readers.</p><button>See "
                + "plans</button></div></div>", new RemovalLog()).body().text();
        assertFalse(text.contains("week's best stories"), text);
        assertFalse(text.contains("Plus readers"), text);
    }

    @Test
    void keepsStandfirstOfAHeaderThatHidesAnAuthorContactForm() {
        String text = textAfter("<header><h2>Snow weighs on solar panels</h2><p>A blanket of snow on a solar roof "
                + "costs more than power: its weight strains the panels and their mounts, and experts warn against "
                + "clearing it yourself.</p><div class=meta>By Ada Roe <div class=hide><form><h4>Write to Ada Roe</h4>"
                + "<label>Your e-mail</label><input type=email><textarea></textarea><button>Send</button></form>"
                + "</div></div></header>" + ARTICLE);
        assertTrue(text.contains("experts warn against clearing it yourself"));
        assertFalse(text.contains("Write to Ada Roe"));
    }

    @Test
    void keepsShortBoxWithAButtonButNoNag() {
        String text = textAfter(ARTICLE + "<div class=snippet><button>Copy</button><p>Run the installer, then "
                + "restart the service so the new settings take effect.</p></div>");
        assertTrue(text.contains("restart the service"));
    }

    @Test
    void neverTakesMostOfAShortPageForItsFormField() {
        String text = textAfter("<div class=page><p>The ferry to the island runs twice a day in winter and every "
                + "hour from May.</p><form><input type=email placeholder=Email><button>Go</button></form></div>");
        assertTrue(text.contains("ferry to the island"));
    }

    @Test
    void removesReaderAppealWithItsAmountPickerThoughItsWordsAreProse() {
        String text = textAfter(ARTICLE + "<div class=k9><h2>A quick word before you go on</h2><p>No owner pays for "
                + "this newsroom and no advertiser decides what we cover, so we rely on readers to keep it going.</p>"
                + "<p>Thousands of people chipped in last year; if you can spare something, a regular gift makes the "
                + "biggest difference and takes a minute.</p><div><button>Once</button><button>Monthly</button>"
                + "<label><input type=radio name=a> 5 a month</label><label><input type=radio name=a> 10 a month"
                + "</label></div><a href=/give>Continue</a></div>");
        assertFalse(text.contains("no advertiser decides"));
        assertTrue(text.contains("publish the full report"));
    }

    @Test
    void hearsAnAmountPickerMadeOfButtons() {
        String text = textAfter(ARTICLE + "<aside class=sustine><h4>Jurnalismul local are nevoie de cititori</h4><p>Nu "
                + "avem acționari bogați, iar articolele noastre rămân gratuite pentru toată lumea din oraș.</p><p>Cu "
                + "o contribuție lunară ne ajuți să trimitem reporteri în fiecare comună.</p><div><button>20 lei</button>"
                + "<button>50 lei</button><button>Altă sumă</button></div><a href=/sustine>Devino membru</a></aside>");
        assertFalse(text.contains("acționari bogați"), text);
        assertTrue(text.contains("publish the full report"));
        // a currency's name is no sign: a quiz's answers weigh or count
        String quiz = textAfter(ARTICLE + "<div><p>Quick quiz: how much did the heaviest pumpkin at the fair weigh?</p>"
                + "<label><input type=radio name=q> 900 pounds</label><label><input type=radio name=q> 1,200 pounds"
                + "</label><button>Check my answer</button></div>");
        assertTrue(quiz.contains("heaviest pumpkin"), quiz);
    }

    @Test
    void keepsHowToSectionWhosePhrasesAndLinksMakeNoWidget() {
        String text = textAfter("<article><div class=step><h2>Setting up</h2><p>Open the harbour app and tap "
                + "<a href=/signin>Sign in</a>; the first screen then asks for the berth number, the name on the "
                + "booking and the email address the harbour office has on file for you.</p></div>"
                + ARTICLE.substring("<article>".length()));
        assertTrue(text.contains("the harbour office has on file"));
    }

    @Test
    void keepsShortPostWithAShareButtonThatMentionsTheNewsletterOnce() {
        String text = textAfter("<div class=post><p>The ferry to the island will run every hour from May, the "
                + "harbour office said on Monday, after a winter of delays caused by storms and a shortage of crew. "
                + "Timetables will be printed in the next newsletter and posted at the pier.</p><button>Share"
                + "</button></div>" + "<nav>" + "<a href=/a>Harbour news and notices</a> ".repeat(30) + "</nav>");
        assertTrue(text.contains("printed in the next newsletter"));
    }

    @Test
    void readsALinkAfterSpaceThatJsoupDoesNotCallBlank() {
        String text = textAfter(ARTICLE + "<div><p>\u3000<a href=/login>Log in</a></p><p>\u200b<a href=/join>Join "
                + "now</a> to read on</p><button>Go</button></div>");
        assertFalse(text.contains("Log in"));
    }

    @Test
    void keepsShortBriefBesideAnAlertsFormOnAPageWithChrome() {
        String text = textAfter("<nav>" + "<a href=/x>Harbour news</a> ".repeat(40) + "</nav><div class=story>"
                + "<p>Gusts of up to 80mph are expected along the coast from 6pm.</p><p>All ferries to the islands "
                + "are cancelled until Friday.</p><p>Schools will open late on Thursday.</p><form><label>Weather "
                + "alerts by e-mail</label><input type=email><button>Go</button></form></div><footer>"
                + "<p>About us. Contact. Terms of use. Privacy.</p></footer>");
        assertTrue(text.contains("All ferries to the islands"));
        assertFalse(text.contains("Weather alerts by e-mail"));
    }

    @Test
    void keepsIngredientListWhoseSaveLinkSitsInASentence() {
        String text = textAfter(ARTICLE + "<div class=card><h2>Ingredients</h2><ul><li><label><input type=checkbox> "
                + "225g butter</label></li><li><label><input type=checkbox> 4 eggs</label></li><li><label><input "
                + "type=checkbox> zest of 1 lemon</label></li></ul><p><a href=/login>Log in</a> to save this recipe."
                + "</p></div>");
        assertTrue(text.contains("zest of 1 lemon"));
    }

    @Test
    void removesAdvertisingFigureWhoseCaptionIsANagBesideItsCredit() {
        String text = textAfter(ARTICLE + "<figure><a href='https://shop.example/mag'><img src=cover.png></a>"
                + "<figcaption><a href='https://shop.example/mag'><em>Want more of the sea?</em></a> <a href="
                + "'https://shop.example/mag'><em>Subscribe to our sister title Harbour Monthly</em></a><em> for the best "
                + "new stories from every coast and island in the world!</em> <span>(Image credit: Harbour Monthly)"
                + "</span></figcaption></figure>");
        assertFalse(text.contains("sister title"));
        assertTrue(text.contains("publish the full report"));
    }

    @Test
    void keepsPictureCaptionThatOnlyMentionsSubscribersBesideItsCredit() {
        String text = textAfter(ARTICLE + "<figure><img src=queue.png><figcaption>Subscribers queued outside the "
                + "paper's office on Monday morning to collect the first printed copies of the report. "
                + "<span>(Image credit: Ada Roe)</span></figcaption></figure>");
        assertTrue(text.contains("Subscribers queued outside"));
    }

    @Test
    void removesDialogElementAndAlertDialogRole() {
        String text = textAfter(ARTICLE + "<dialog open>Dialog words</dialog><div role=alertdialog>Alert words</div>");
        assertFalse(text.contains("Dialog words"));
        assertFalse(text.contains("Alert words"));
    }

    @Test
    void removesElementsMarkedByBrowserHints() {
        String text = textAfter(ARTICLE + "<div data-gleaner-overlay=z>Covering box</div>"
                + "<p data-gleaner-hidden>Invisible words</p>");
        assertFalse(text.contains("Covering box"));
        assertFalse(text.contains("Invisible words"));
    }

    @Test
    void removesFixedPositionedBarsFromInlineStyleAndStyleSheet() {
        String text = textAfter("<style>.floaty{ position: fixed; bottom: 0 }</style>" + ARTICLE
                + "<div style='position:sticky;top:0'>Sticky words</div><div class=floaty>Floating words</div>");
        assertFalse(text.contains("Sticky words"));
        assertFalse(text.contains("Floating words"));
    }

    @Test
    void keepsStickyColumnsThatHoldProseAndRemovesStickyBarsThatHoldLess() {
        String paragraph = "<p>The warden counts the geese on the marsh each morning and writes the number in a "
                + "notebook she keeps dry in a bread bag, as she has for nineteen winters.</p>";
        String text = textAfter("<style>.column{position:sticky;top:3em}.bar{position:sticky;bottom:0}</style>"
                + "<div class=column>" + paragraph + paragraph.replace("geese", "swans") + "</div>"
                + "<div style='position: sticky; top: 0'>" + paragraph.replace("geese", "ducks") + "</div>"
                + "<div class=bar>" + paragraph.replace("geese", "gulls") + "</div>");
        assertTrue(text.contains("counts the geese"));
        assertTrue(text.contains("counts the swans"));
        assertFalse(text.contains("counts the ducks"));
        assertFalse(text.contains("counts the gulls"));
    }

    @Test
    void keepsTheSectionsThatOneStickyRuleLaysOutButNotABarOfItsOwnRule() {
        String paragraph = "<p>The warden counts the geese on the marsh each morning and writes the number in a "
                + "notebook she keeps dry in a bread bag, as she has for nineteen winters.</p>";
        String section = "<div class=module><div class='item item-heading'><h2>On the %s</h2></div>"
                + "<div class='item item-text'>%s</div></div>";
        String text = textAfter("<style>.item{position:sticky;top:100px}.bar{position:sticky;bottom:0}</style>"
                + section.formatted("marsh", paragraph) + section.formatted("dyke", paragraph.replace("geese", "swans"))
                + "<div class=bar>" + paragraph.replace("geese", "gulls") + "</div>");
        assertTrue(text.contains("On the marsh"), text);
        assertTrue(text.contains("counts the geese"), text);
        assertTrue(text.contains("On the dyke"), text);
        assertTrue(text.contains("counts the swans"), text);
        assertFalse(text.contains("counts the gulls"), text);

        // a rail of teaser cards beside each section holds a sentence each, not the page's text
        String rail = "<aside class=rail><p>Also of interest: a ranger explains when spikes on your boots will do and "
                + "when to turn back before a steep field of old snow.</p></aside>";
        String story = "<section><h2>Day %d</h2>" + paragraph.repeat(3) + "</section>";
        String railed = textAfter("<style>.rail{position:sticky;top:72px}</style>" + story.formatted(1) + rail
                + story.formatted(2) + rail.replace("ranger", "guide"));
        assertTrue(railed.contains("counts the geese"), railed);
        assertFalse(railed.contains("a ranger explains"), railed);
        assertFalse(railed.contains("a guide explains"), railed);
    }

    @Test
    void removesAStickyBarWithProseThatTheReaderDismissesButNotAColumnWithAWordedButton() {
        String paragraph = "<p>The warden counts the geese on the marsh each morning and writes the number in a "
                + "notebook she keeps dry in a bread bag, as she has for nineteen winters.</p>";
        String text = textAfter("<div style='position:-webkit-sticky;position:sticky;top:0'>" + paragraph
                + paragraph.replace("geese", "ducks") + "<button>Turn on alerts</button><button aria-label=Close>"
                + "\u00d7</button></div>" + ARTICLE + "<div style='position:sticky;top:2em'>"
                + paragraph.replace("geese", "swans") + paragraph.replace("geese", "herons")
                + "<button>Show the counts</button></div>");
        assertFalse(text.contains("counts the geese"), text);
        assertFalse(text.contains("counts the ducks"), text);
        assertTrue(text.contains("counts the swans"), text);
        assertTrue(text.contains("counts the herons"), text);
    }

    @Test
    void removesALayerStackedOverThePageButNotTheArticlesOwnPlacedBoxes() {
        String paragraph = "<p>The warden counts the geese on the marsh each morning and writes the number in a "
                + "notebook she keeps dry in a bread bag, as she has for nineteen winters.</p>";
        // an app's banner over the masthead, in words no phrase list holds
        String text = textAfter("<div style='position:absolute;top:0;left:0;right:0;z-index:99999'><div role=button "
                + "aria-label=닫기>\u00d7</div><div>한빛일보 - 오늘의 소식과 날씨</div><div>더 빠르고 가볍게, 앱에서 아침 "
                + "신문을 펼쳐 보세요</div><a href=https://hanbit.app.link/x>열기</a></div><div style='z-index: 2000; "
                + "position: absolute; bottom: 0'><p>한빛일보 앱 새 버전이 나왔습니다</p></div>" + ARTICLE + "<figure style='position:relative'>"
                + "<img src=/marsh.jpg><figcaption style='position:absolute;bottom:0;z-index:2'>The marsh at dawn"
                + "</figcaption></figure><div style='z-index: 1000; position: absolute'>"
                + paragraph + paragraph.replace("geese", "swans") + "</div>");
        assertFalse(text.contains("아침 신문을 펼쳐 보세요"), text);
        assertFalse(text.contains("새 버전이 나왔습니다"), text);
        assertTrue(text.contains("The marsh at dawn"), text);
        assertTrue(text.contains("counts the geese"), text);
        assertTrue(text.contains("counts the swans"), text);
    }

    @Test
    void readsRulesThatFixOrStickByASingleAttributeButNotOnesThatHideByIt() {
        String text = textAfter("<style>[data-currency]{position:fixed !important}[hidden]{display:none}</style>"
                + ARTICLE + "<div data-currency><p>Prices are shown in euros. Switch to pesos?</p></div>"
                + "<section hidden=until-found><p>The warden's full count, found by searching the page.</p>"
                + "</section>");
        assertFalse(text.contains("Prices are shown in euros"), text);
        assertTrue(text.contains("The warden's full count"), text);
    }

    @Test
    void readsEachStyleSheetOnItsOwnAndClosesARuleItsEndLeavesOpen() {
        String text = textAfter("<style>.bar{position:fixed;bottom:0</style><style>.gone{display:none}</style>"
                + ARTICLE + "<div class=bar>Open-ended bar words</div><div class=gone>Hidden box words</div>");
        assertFalse(text.contains("Open-ended bar words"));
        assertFalse(text.contains("Hidden box words"));
    }

    @Test
    void removesHiddenElementsButKeepsCollapsedSectionsHiddenUntilFound() {
        String text = textAfter(ARTICLE + "<div hidden>Hidden prompt words</div>"
                + "<h2>Background</h2><div hidden=until-found><p>Collapsed section words</p></div>");
        assertFalse(text.contains("Hidden prompt words"));
        assertTrue(text.contains("Collapsed section words"));
    }

    @Test
    void ignoresStyleRulesInsideMediaQueries() {
        String text = textAfter("<style>@media print { .keep { display: none } }</style>" + ARTICLE
                + "<p class=keep>Screen-only words stay</p>");
        assertTrue(text.contains("Screen-only words stay"));
    }

    @Test
    void removesConsentManagerByVendorSelector() {
        String text = textAfter(ARTICLE + "<div id=onetrust-consent-sdk><p>Vendor consent text</p></div>");
        assertFalse(text.contains("Vendor consent text"));
    }

    @Test
    void removesShortCallToActionBoxByItsText() {
        String text = textAfter(ARTICLE + "<div class=box-7><p>Subscribe now for unlimited access.</p>"
                + "<p>Already a subscriber? Sign in</p></div>");
        assertFalse(text.contains("unlimited access"));
        assertFalse(text.contains("Already a subscriber"));
    }

    @Test
    void removesFrenchAndSpanishNags() {
        String text = textAfter(ARTICLE + "<div><p>Abonnez-vous pour continuer la lecture.</p></div>"
                + "<div><p>Suscríbete para seguir leyendo.</p></div>");
        assertFalse(text.contains("Abonnez-vous"));
        assertFalse(text.contains("Suscríbete"));
    }

    @Test
    void keepsLongParagraphThatMentionsSubscribe() {
        String paragraph = "Readers who subscribe to the council's planning alerts were the first to learn that the "
                + "old mill would be converted into twenty flats, a small library and a café, after a consultation "
                + "that drew more responses than any other in the town's recent history.";
        String text = textAfter(ARTICLE + "<p>" + paragraph + "</p>");
        assertTrue(text.contains(paragraph));
    }

    @Test
    void keepsArticleWrappedInAriaHiddenByADialog() {
        String text = textAfter("<div aria-hidden=true>" + ARTICLE + "</div>"
                + "<div role=dialog><p>Accept cookies</p></div>");
        assertTrue(text.contains("publish the full report"));
        assertFalse(text.contains("Accept cookies"));
    }

    @Test
    void neverRemovesAnOverlayThatHoldsMostOfThePage() {
        String text = textAfter("<div style='position:fixed;inset:0;overflow:auto'>" + ARTICLE + "</div>");
        assertTrue(text.contains("publish the full report"));
    }

    @Test
    void recordsTheTextOfRemovedBlocks() {
        RemovalLog log = new RemovalLog();
        clean(ARTICLE + "<div role=dialog>Register for free to keep reading</div>", log);
        assertTrue(log.entries().contains("Register for free to keep reading"));
    }

    @Test
    void removesARatingScaleInAnyLanguageButNotAQuizWhoseAnswersAreNumbers() {
        String rating = textAfter(ARTICLE + "<div class=kahon><p>Naging kapaki-pakinabang ba ang ulat na ito? Pumili "
                + "ng isa hanggang limang bituin para sa amin.</p><p><button>1</button> <button>2</button> <button>3"
                + "</button> <button>4</button> <button>5</button></p><p>Binabasa ng aming patnugutan ang bawat sagot "
                + "tuwing Lunes.</p></div>");
        assertFalse(rating.contains("kapaki-pakinabang"), rating);
        assertTrue(rating.contains("publish the full report"));
        String quiz = textAfter(ARTICLE + "<div class=quiz><p>Quiz: How many bones does an adult human have? Pick "
                + "one and then open the answer below.</p><button>198</button><button>206</button><button>212</button>"
                + "<button>Show answer</button><p>Answer: 206, once the bones of the skull have fused.</p></div>");
        assertTrue(quiz.contains("How many bones"), quiz);
        String years = textAfter(ARTICLE + "<div><p>How did rents change in each district? Choose a year to see the "
                + "map for it, district by district.</p><button>2023</button><button>2024</button><button>2025"
                + "</button></div>");
        assertTrue(years.contains("How did rents change"), years);
    }

    @Test
    void keepsAnFaqsEntriesAboutTheServiceButNotALoneDisclosureThatPitches() {
        String faq = "<div class=faq><details><summary>Will resetting my password cancel my subscription?</summary><p>"
                + "No. Your subscription, newsletters and saved articles stay as they were.</p></details><details>"
                + "<summary>Can I sign in on two devices?</summary><p>Yes, on up to five.</p></details></div>";
        String text = textAfter(ARTICLE + faq);
        assertTrue(text.contains("Your subscription, newsletters and saved articles stay"), text);
        assertTrue(text.contains("Will resetting my password cancel my subscription?"), text);
        String pitch = "<details><summary>Why subscribe?</summary><p>Subscribe to our newsletter and never miss "
                + "breaking news.</p></details>";
        text = textAfter(ARTICLE + pitch);
        assertFalse(text.contains("never miss breaking news"), text);
    }

    @Test
    void keepsCodeThatQuotesABannersWordsBesideItsCopyButton() {
        String code = "<div class=code-block><pre><code>consent.configure({ title: \"This site uses cookies\", text: "
                + "\"We use cookies to improve the site. Accept all or choose which ones you allow.\", accept: \"Accept "
                + "all\", reject: \"Reject all\" });</code></pre><button type=button>Copy</button></div>";
        String text = textAfter(ARTICLE + code);
        assertTrue(text.contains("consent.configure"), text);
        String banner = "<div class=notice><p>This site uses cookies. We use cookies to improve the site. Accept all "
                + "or choose which ones you allow.</p><button type=button>Accept all</button></div>";
        text = textAfter(ARTICLE + banner);
        assertFalse(text.contains("This site uses cookies"), text);
    }

    @Test
    void keepsAnFaqEntrysQuestionBesideTheButtonThatTogglesItsAnswerButNotAPrompt() {
        String faq = "<section><h3>Frequently asked</h3><div class=toggle><div class=toggle-heading><h4>Do I need to "
                + "belong to a cycling club?</h4><button aria-label=Expand></button></div><div class=toggle-content><p>"
                + "No, anyone can ride. A helmet is compulsory.</p></div></div></section>";
        String text = textAfter(ARTICLE + faq);
        assertTrue(text.contains("Do I need to belong to a cycling club?"), text);
        String prompt = "<div class=prompt><div class=head><h4>What do you think?</h4><button>Have your say"
                + "</button></div><div class=thread><button>Load comments</button></div></div>";
        text = textAfter(ARTICLE + prompt);
        assertFalse(text.contains("What do you think?"), text);
    }

    @Test
    void removesABookingSearchBoxButNotAnAuthorLineBesideARatingPicker() {
        String search = "<div class=otel-arama-kutusu><div class=oak-baslik>Kapadokya'da en uygun otel fiyatları</div>"
                + "<div class=oak-form><input type=text value='Göreme, Nevşehir'><input type=text placeholder='Giriş "
                + "tarihi'><input type=text placeholder='Çıkış tarihi'><button>Otel Ara</button></div><div class=oak-alt>"
                + "OtelBul iş birliğiyle · Fiyatlara KDV dahildir</div></div>";
        String text = textAfter(ARTICLE + search + ARTICLE);
        assertFalse(text.contains("en uygun otel fiyatları"), text);
        String author = "<div class=author><a href=/autoren/georg-quaas/>Georg Quaas</a>, 21. Jan. 2015 <div "
                + "class=article-rating><span class=hide>Eine realistische Interpretation des Multiplikators</span><form>"
                + "<select name=rate><option>1</option><option>2</option><option>3</option><option>4</option><option>5"
                + "</option></select><input type=submit value=Bewerten></form><span>12 Stimmen, 3.17</span></div></div>";
        text = textAfter(author + ARTICLE);
        assertTrue(text.contains("Georg Quaas, 21. Jan. 2015"), text);
    }

    @Test
    void removesACallToFollowThePublisherButNotAStorysSentenceAboutFollowing() {
        String text = textAfter("<meta property=og:site_name content='The Harbour Courier'>" + ARTICLE + "<p><em>Follow "
                + "the Harbour Courier Opinion section on Facebook, Instagram and Threads.</em></p><p>Residents can follow "
                + "the county on Facebook and Instagram for updates.</p>");
        assertFalse(text.contains("Follow the Harbour Courier"), text);
        assertTrue(text.contains("Residents can follow the county"), text);
        text = textAfter("<meta property=og:site_name content='The Harbour Courier'><h2>Follow the Harbour Courier on "
                + "Google News</h2>" + ARTICLE);
        assertTrue(text.contains("Follow the Harbour Courier"), "a heading is no call: " + text);
    }
}
