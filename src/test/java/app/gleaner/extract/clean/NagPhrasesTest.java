package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.gleaner.extract.rules.PhraseTrie;
import app.gleaner.extract.rules.RuleList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NagPhrasesTest {

    private static final NagPhrases PHRASES = new NagPhrases();

    @ParameterizedTest
    @ValueSource(strings = {
        "Sign in or Register",
        "Accept all",
        "Get notifications to stay updated",
        "Already registered? Enter your email to sign in.",
        "Jetzt abonnieren",
        "Alle akzeptieren",
        "Continuer la lecture : abonnez-vous",
        "Suscríbete al boletín",
        "Anmäl dig under Mitt konto.",
        "You’re subscribed",
        "Need more ideas? Subscribe to our video channel for the latest workshop clips!",
        "Have a story for us? Follow her on the fediverse for more.",
        "Get the latest news in your inbox with our free newsletters. Sign up today.",
        "Iscriviti alla newsletter e accetta tutto",
        "Assine já e continue lendo",
        "Lees verder? Log in of abonneren",
        "Zaloguj się, aby czytać dalej. Subskrybuj teraz",
        "CLICK HERE TO GET THE HARBOUR TIMES APP",
        "Síguenos en Mastodon y en nuestro canal de vídeo",
        "Folgt uns auf unserem neuen Kanal für Fotos",
        "Ao se cadastrar, você concorda com a nossa política de privacidade.",
        "Al suscribirte aceptas nuestra política de privacidad.",
        "En vous inscrivant, vous acceptez notre politique de confidentialité.",
        "Door je in te schrijven ga je akkoord met ons privacybeleid.",
        "Zapisując się, akceptujesz naszą politykę prywatności.",
        "Folge mir auf Instagram!",
        "Follow me on the fediverse for new recipes every week.",
        "Suivez-moi sur mon compte pour d'autres recettes",
        "If you enjoyed this piece, please consider supporting us.",
        "Hat Ihnen dieser Artikel gefallen? Unterstützen Sie uns!",
        "We want to hear what you think about this story.",
        "Sie sind nicht eingeloggt.",
        "Instant access to the full article and the archive.",
        "Wenn Ihnen die Reportage gefallen hat: Unterstützen Sie unabhängigen Lokaljournalismus.",
        "Helfen Sie mit! Jede kleine Spende hilft der Fährhilfe am Hafen.",
        "Get the latest news straight to your phone with the Harbour Times app.",
        "Kennt ihr schon unseren Fährplan-Rechner? Damit findet ihr jede Verbindung.",
        "2024 nichts mehr versäumen!",
        "This gallery requires JavaScript.",
        "Bitte JavaScript aktivieren.",
        "Already a subscriber?\u00a0Log\u00a0in",
        "Suscribite gratis y recibí las noticias del barrio en tu correo.",
        "Melde dich hier für unseren Newsletter an",
        "Noch nicht genug? Lass dir die schönsten Geschichten aus dem Hafenviertel jeden Sonntag in deinen "
                + "Posteingang schicken. Melde dich hier für unseren Newsletter an!",
        "Du willst keine Folge verpassen? Trag dich hier mit deiner E-Mail-Adresse ein und wir schreiben dir, "
                + "sobald die nächste erscheint.",
        "Meld u aan voor onze digitale nieuwsbrief en ontvang elke maand het laatste nieuws uit de gemeente.",
        "Blijf op de hoogte",
        "Bitte akzeptieren Sie Cookies, um diesen Inhalt anzuzeigen.",
        "Accept cookies to play this video.",
        "Den här artikeln är för våra medlemmar. Redan medlem? Logga in",
        "Was this article helpful? Yes No",
        "Enjoying this story? Ads keep it free to read, so please pause your ad blocker on our site.",
        "Listen to this article · 6 min · narrated by an AI voice",
        "А ещё читайте нас в Telegram и подписывайтесь на наш канал.",
        "Damit die Seite gut läuft, verwenden wir Cookies. Durch die weitere Nutzung stimmen Sie der Verwendung von "
                + "Cookies zu.",
        "続きを読むにはログインしてください",
        "כבר מנויים? התחברו",
        "هذا المحتوى للمشتركين فقط. هل أنت مشترك؟ سجّل الدخول",
        "Είστε ήδη συνδρομητής; Συνδεθείτε",
        "구독자 전용 기사입니다. 구독하기",
        "Acest site folosește cookie-uri. Accept toate",
        "Kövess minket a Facebookon!",
        "Підпишіться на наш Telegram-канал",
        "Používame cookies. Prijať všetko",
        "Pratite nas na Facebooku i Instagramu",
        "Абонирайте се за нашия бюлетин",
        "Đăng ký ngay để nhận bản tin",
        "Simak berita dan artikel lainnya di Google News",
        "เข้าสู่ระบบ / สมัครสมาชิก",
        "ताजा खबरों के लिए हमें फेसबुक पर फॉलो करें",
        "Sign up by 30 June for the early rate.",
        "Offer ends soon. Subscribe now and save 50%.",
        "Offer valid until 30 June. Subscribe now for 1 € a month.",
        "Nur bis 31. Januar: 3 Monate für 1 €. Jetzt abonnieren",
        "La rédaction répond à vos questions en direct le jeudi 12 juin. Inscrivez-vous",
        "Our morning briefing lands in your inbox at 7am every weekday. Sign up",
        "Get \u201cThe Download\u201d in your inbox. Sign up now.",
        "\u201cSubscribe now for unlimited access\u201d",
        "Click 'Allow' to get notifications",
        "Add to home screen",
        "Zum Startbildschirm hinzufügen",
        "Añadir a la pantalla de inicio",
        "Toevoegen aan beginscherm",
        "Оформить подписку",
        "Слушайте эту статью",
        "Аудиоверсии доступны только подписчикам",
        "Đã có tài khoản? Đăng nhập",
        "Jo tilaaja? Kirjaudu",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.",
        "Um einen Kommentar zu schreiben, musst du angemeldet sein.",
        "Sie müssen eingeloggt sein, um Kommentare zu schreiben.",
        "Vous devez être connecté pour publier un commentaire.",
        "Debes iniciar sesión para publicar un comentario.",
        "Devi essere connesso per inviare un commento.",
        "Je moet ingelogd zijn om een reactie te plaatsen.",
        "Você precisa estar logado para publicar um comentário.",
        "Musisz być zalogowany, aby dodać komentarz.",
        "Did you make this recipe? Let me know in the comments below!",
        "Hast du das Rezept ausprobiert? Dann freue ich mich über einen Kommentar.",
        "¿Has preparado esta receta? Cuéntame qué tal te ha salido.",
        "Bu tarifi denediniz mi? Yorumlarda bana yazın.",
        "The Harbour Review is funded by its readers. If you valued this piece, help us pay for the next one.",
        "Two volunteers make this show on a small budget. Support the podcast",
        "Støt podcasten",
        "Gündem Ekspres'i Google Haberler'de takip edin",
        "扫码关注",
        "この記事が気に入ったらサポートをしてみませんか？",
        "Pin this for later!",
        "Vous aimez ce carnet ? Épinglez-le sur Pinterest pour le retrouver plus tard !",
        "Gostou? Salve este post no Pinterest para planejar a sua viagem!"
    })
    void recognizesShortCallsToAction(String text) {
        assertTrue(PHRASES.isNag(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The mayor said residents could sign up for the new recycling scheme at any library, and that the first "
                + "collections would begin in March after a delay caused by a shortage of drivers.",
        "Loginov scored twice in the second half.",
        "Pin this seam to the lining before you sew the strap.",
        "Der Hund folgt mir auf Schritt und Tritt, seit wir umgezogen sind.",
        "The museum reopens on Sunday.",
        "Subscribers to the old plan keep their price until June.",
        "Residents who sign up before Friday get a free compost bin, the council said.",
        "Fans who enjoyed the final will see the team again in May.",
        "Die Stadt will die Fährhilfe unterstützen, sagte der Bürgermeister; Spenden seien aber weiter nötig.",
        "The harbour office publishes the latest news on the ferry strike every morning at eight.",
        "Unterstützen Sie die Reform, Frau Ministerin?",
        "They promised to let us know at noon.",
        "The mayor will let us know at the meeting whether the ferry runs.",
        "\"Every donation makes a difference,\" she said.",
        "Helfen Sie mit: Die Polizei sucht Zeugen des Unfalls am Hafen.",
        "The video shows the moment the bridge fell; the council asked residents not to share it.",
        "Die Polizei hat externe Inhalte der Seite gesperrt, sagte ein Sprecher.",
        "The actor will read aloud from her new book on Sunday.",
        "The union asked members to chip in for the strike fund, which had run low by March.",
        "The charity relies on a regular gift from a handful of donors, its director said.",
        "Brown chipped in 12 points.",
        "Finland vill bli medlem.",
        "Sverige ansöker om att bli medlem i Nato.",
        "Employees must make a contribution of 5%.",
        "Meta cites legitimate interest.",
        "Documents уже подписаны: Контракты уже подписаны, сообщил министр.",
        "Kunder kunde inte logga in.",
        "Han vägrar acceptera alla förslag.",
        "«Войдите в наше положение», — сказал директор завода.",
        "Das Ticket ist jederzeit kündbar.",
        "Never miss a deadline, she told her staff.",
        "Kirjaudu ulos, neuvoo poliisi.",
        "Une promesse sans engagement.",
        "注册用户和订阅收入双双增长",
        "注册制改革",
        "会員登録者数の推移",
        "同意するか注目",
        "アプリをダウンロードした人は1000万人を超えた。",
        "他忘记密码后无法登录账户",
        "Der Vorstand schrieb für unseren Newsletter im Mai einen langen Bericht über die Saison und die Pläne des "
                + "Vereins für das nächste Jahr.",
        "For the latest news on the storm, officials said, residents should listen to local radio.",
        "Sign up for a harbour account first, then open the console and choose the berth you want to book for the "
                + "season, and keep the confirmation number for the harbour office.",
        "השוטרים עקבו אחרינו.",
        "اشترك في الاجتماع وزراء خارجية الدول العربية.",
        "Συνδεθείτε στην πλατφόρμα gov.gr με τους κωδικούς σας και επιλέξτε την αίτηση.",
        "여야 모두 동의했다.",
        "Partidul acceptă toate condițiile.",
        "Regisztráljon az oltásra a kormány honlapján, kérte a miniszter.",
        "Щоб отримати допомогу, зареєструйтеся на порталі Дія та увійдіть у свій кабінет.",
        "Prihláste sa do elektronickej schránky na portáli slovensko.sk a podajte žiadosť.",
        "Prihvaćam sve kritike, rekao je.",
        "Съдът отхвърли всички искания.",
        "Ông Nam từ chối tất cả cáo buộc.",
        "DPR tolak semua usulan pemerintah.",
        "Unduh aplikasi Jadwal Feri di Play Store untuk melihat jadwal kapal.",
        "ประชาชนสามารถเข้าสู่ระบบได้ที่เว็บไซต์ของกรมสรรพากร",
        "ये आसान टिप्स फॉलो करें",
        "Readers who hit the limit now see a message saying: 'You've reached your free article limit. Subscribe now.'",
        "\u201cSubscribe to our newsletter\u201d is the most-clicked button on our site, Ms Okoro said.",
        "\u00abSiga o nosso canal no WhatsApp\u00bb, pediu o prefeito.",
        "Alertas direto no WhatsApp",
        "Como funciona: o aviso chega direto no seu WhatsApp.",
        "新アプリなら、警報をプッシュ通知で受け取れる。",
        "Auf dem Banner steht nur \u201eAlle akzeptieren\u201c oder \u201eEinstellungen\u201c.",
        "Wer mit dem Bus zur Demonstration fahren will, muss sich bis Freitag melden: Sie müssen angemeldet sein, sonst"
                + " gibt es keinen Platz, sagte die Sprecherin.",
        "Ein Nutzerkonto brauchen Sie weiterhin, um einen Kommentar abzugeben.",
        "Para votar por internet debes iniciar sesión con el DNI electrónico, explicó el ministerio.",
        "Om de uitslag te zien moet je ingelogd zijn op de site van de bond, zegt de voorzitter.",
        ""
    })
    void leavesOrdinaryProseAlone(String text) {
        assertFalse(PHRASES.isNag(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You have 2 free articles left this month.",
        "65% of this article remains. Subscribe to keep reading.",
        "This article is for subscribers only. Cancel anytime.",
        "Get our daily briefing delivered to your inbox.",
        "We noticed you're using an ad blocker. Please add us to your allowlist.",
        "We and our partners store and/or access information on a device, such as cookies.",
        "Would you like to receive notifications? Allow notifications",
        "Open in the app | Continue in browser",
        "Continue with Google",
        "Dieser Artikel ist nur für Abonnenten. Jederzeit kündbar.",
        "Die wichtigsten Meldungen direkt in Ihr Postfach.",
        "Bitte deaktivieren Sie Ihren Werbeblocker.",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
        "Cet article est réservé aux abonnés.",
        "Recevez l’essentiel de l’actualité dans votre boîte mail.",
        "Désactivez votre bloqueur de publicité, merci.",
        "Este contenido es exclusivo para suscriptores.",
        "Desactiva tu bloqueador de anuncios para seguir leyendo.",
        "Disattiva l’adblock per continuare a leggere.",
        "Ricevi la nostra newsletter nella tua casella di posta.",
        "Já é assinante? Faça login",
        "Word abonnee en lees onbeperkt.",
        "Masz już konto? Zaloguj się",
        "Redan prenumerant? Logga in",
        "Er du allerede abonnent? Log ind",
        "Denne saken er kun for abonnenter.",
        "Oletko jo tilaaja? Kirjaudu sisään",
        "Tento článek je dostupný pouze pro předplatitele.",
        "Bu içerik sadece abonelere özeldir.",
        "Этот материал доступен только подписчикам.",
        "この記事は有料会員限定です。",
        "登录后继续阅读",
        "Ja tens un compte? Inicia la sessió",
        "Subscriu-te al nostre butlletí i rep-lo al teu correu.",
        "Phần còn lại của bài viết dành cho thành viên Premium",
        "Jangan lupa ikuti saluran WhatsApp kami.",
        "Siga o nosso canal no WhatsApp.",
        "Receba as notícias do Diário da Serra no celular: entre no nosso canal",
        "क्रिकेट की हर बड़ी खबर के लिए हमारे WhatsApp चैनल से जुड़ें",
        "スポーツ東西アプリなら、試合速報をプッシュ通知で受け取れます",
        "Σύνδεση | Εγγραφή",
        "Kapcsold ki a hirdetésblokkolódat, vagy fizess elő.",
        "회원가입하고 무료로 읽어보세요",
        "Reklam engelleyicinizi kapatın veya abone olun.",
        "You can sign in with your e-mail address and get our newsletters every morning before breakfast.",
        "Per continuare a leggere abbonati: il primo mese costa 1 euro, e puoi disdire quando vuoi.",
        "Kérjük, kapcsold ki a hirdetésblokkolót ezen az oldalon, vagy fizess elő a reklám nélküli olvasásért.",
        "Was this page helpful? Yes No",
        "このページはお役に立ちましたか？ はい いいえ",
        "Know someone who would enjoy this? Forward it to a friend, or sign up for free.",
        "Sie können diesen Monat noch 3 Artikel kostenlos lesen. Jetzt unbegrenzt lesen",
        "Vous avez aimé cet article ? Je m'inscris à la newsletter ; désinscription en un clic.",
        "Ti restano 3 articoli gratuiti questo mese.",
        "Diventa socio: 4 euro al mese, articoli gratuiti al mese senza limiti.",
        "У вас осталось 3 бесплатных статей. Оформить подписку",
        "Дайджест приходит по средам. Отписаться можно в любой момент.",
        "無料記事は今月あと1本。会員登録はこちら",
        "开通会员，免费阅读",
        "Audio generado con inteligencia artificial. Puede sonar distinto a una voz humana.",
        "Áudio gerado por IA. Ouça a notícia completa."
    })
    void recognizesPaywallNewsletterAdBlockConsentAppAndSignInWordingInManyLanguages(String text) {
        assertTrue(PHRASES.isNag(text), text);
    }

    /**
     * Persian typed with the Arabic yeh and kaf, a Persian ezafe's hamza, Arabic with its vowel marks, a hamza on the
     * alef and a kashida: the labels in the rule file are written one way only.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "حساب كاربري نداريد؟ ثبت نام",
        "مسدودکنندهٔ تبلیغات فعال است",
        "نَسِيتَ كَلِمَةَ المُرور؟",
        "إشترك الآن",
        "تـسـجـيـل الدخول"
    })
    void readsArabicAndPersianLabelsHoweverTheirLettersAreTyped(String text) {
        assertTrue(PHRASES.isNag(text), text);
    }

    /** Hindi written with the nukta under a letter ("फ़ॉलो", precomposed or not) and without it ("फॉलो"). */
    @ParameterizedTest
    @ValueSource(strings = {"हमें फ़ॉलो करें", "हमें \u095eॉलो करें", "हमें फॉलो करें"})
    void readsHindiLabelsWithOrWithoutTheNukta(String text) {
        assertTrue(PHRASES.isNag(text), text);
    }

    /** Each family's words in ordinary sentences: a short sentence is where a two-word phrase weighs most. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Customers can cancel at any time, the company said.",
        "Das Deutschlandticket ist monatlich kündbar.",
        "Hon anmälde dig aldrig till kursen, sa läraren.",
        "Il vous reste trois jours pour voter.",
        "The council sends a newsletter to every household before the vote on the new harbour wall.",
        "Google said its ad blocker would ship with the next version of Chrome.",
        "The court found that the company had no legitimate interest in tracking its users.",
        "Users can download the app from Monday, the transport authority said.",
        "Les usagers doivent télécharger l'application avant vendredi.",
        "Millionen wollten die Corona-Warn-App herunterladen.",
        "Er hatte sein Passwort vergessen.",
        "Residents can sign up for free at the library.",
        "\"Every contribution counts,\" she said.",
        "Children can join for free.",
        "It was painful to read this story.",
        "Spend all of your free time outdoors.",
        "Kandidáti se musí přihlásit předem.",
        "Tilaa on riittävästi kaikille.",
        "Godkänner du förslaget?",
        "Ik ga akkoord, zei de minister.",
        "O reservatório atingiu o limite de capacidade.",
        "Meta crea una cuenta oficial en Bluesky.",
        "Власти обещали принять все меры.",
        "KPN had meer tijd nodig om te kunnen reageren.",
        "Şirket, yorum yapmak için erken dedi.",
        "– Vi behöver mer tid för att kunna kommentera, säger Berg.",
        "Politiet har for lite informasjon for å kunne kommentere saken.",
        "Subscribers can now gift 10 articles a month, and recipients can read a gift article without logging in.",
        "Auf Facebook muss man sich anmelden, um kommentieren zu können – auf X nicht mehr.",
        "El Govern accepta totes les condicions del pacte.",
        "La jutgessa continua llegint la sentència.",
        "El Butlletí Oficial publica avui el decret.",
        "9.30 h El ple inicia la sessió.",
        "— Przeczytałeś już? — zapytała.",
        "Khu khán đài dành cho thành viên câu lạc bộ.",
        "Phần còn lại của bài viết này sẽ phân tích ba nguyên nhân chính.",
        "Ikuti di sini langkah lengkapnya:",
        "पहला चरण: ऐप डाउनलोड करें।",
        "ताज़ा ख़बरों के लिए रेडियो सुनते ग्रामीण।",
        "Désormais, les commentaires sont réservés aux abonnés.",
        "« Venez voir nos offres », lance le commerçant.",
        "Η σύνδεση του νέου σταθμού με το δίκτυο και η εγγραφή των επιβατών ολοκληρώθηκαν.",
        "The course runs Tuesdays from 6 to 8pm starting 29 September. Sign up for the course",
        "El taller se celebrará el 20 de junio en el aula magna. Regístrate",
        "Die Anmeldefrist für das Kita-Jahr endet am 31. Januar. Jetzt registrieren",
        "Correção: preços de assinatura das newsletters",
        "Correction: Subscribe to our newsletter was the wrong button name",
        "해커가 관리자 계정으로 로그인했다고 경찰은 밝혔다.",
        "A hirdetésblokkolók használata tavaly tíz százalékkal nőtt.",
        "Reklam engelleyicilerin kullanımı geçen yıl arttı.",
        "Readers can sign in with an e-mail address, and the newsroom does not use it for ads or newsletters, the ombudsman said.",
        "Wie wil reageren moet voortaan inloggen met een e-mailadres, maar nieuwsbrieven volgen daar niet uit, schrijft de krant.",
        "Tutkijan mukaan uutiskirjeet tavoittavat myös mainosestoa käyttävät lukijat, koska esto ei koske sähköpostia.",
        "보안 전문가들은 낯선 기기에서 누군가 로그인하면 곧바로 알림을 받도록 휴대폰 설정을 바꿔 두라고 조언했다.",
        "Người dân có thể tạo tài khoản miễn phí trên cổng dịch vụ công để nộp hồ sơ trực tuyến, Sở cho biết.",
        "Hän kertoi olevansa jo jäsen kahdessa seurassa ja liittyvänsä nyt kolmanteen, kun halli valmistuu.",
        "Seuran sauna on vain jäsenille.",
        "– Se ei liity nyt tähän.",
        "Samsung sẽ tiếp tục với Google.",
        "Cử tri có thể đăng ký bằng email.",
        "Nhà trường cho phép tạo tài khoản miễn phí.",
        "– Olen jo jäsen, Mäkinen sanoo.",
        "Norja ei liity jäseneksi.",
        "Il club vive grazie ai suoi soci e alle quote annuali, ha spiegato il presidente.",
        "Скачать приложение можно уже сейчас.",
        "En vous abonnant en ligne, l'offre reste résiliable à tout moment.",
        "Diventa socio della cooperativa anche il Comune.",
        "会員になると企画展が割引に。登録は無料です。",
        "Die Bibliothek lässt Leser ausgewählte Artikel kostenlos lesen, sagte die Leiterin.",
        "市民は図書館で無料記事の閲覧ができるようになった、と市は説明した。",
        "Das Bild wurde künstlich erzeugt.",
        "Las imágenes fueron generadas por inteligencia artificial y el audio también, según la empresa."
    })
    void leavesOrdinarySentencesThatShareWordsWithANagFamilyAlone(String text) {
        assertFalse(PHRASES.isNag(text), text);
    }

    /**
     * "subscribe to our newsletter" next to "subscribe to our" and "newsletter" would count once where the two
     * count twice, as the longest phrase wins at each word: such a phrase makes detection weaker, not stronger.
     */
    @Test
    void noPhraseIsJustOtherPhrasesInARow() {
        List<String> phrases = RuleList.load("nag-phrases.txt").stream()
                .filter(e -> !e.startsWith(NagPhrases.SUPPORTING_MARK))
                .map(e -> e.startsWith(NagPhrases.IMPERATIVE_MARK) ? e.substring(1).strip() : e)
                .map(e -> e.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        PhraseTrie trie = new PhraseTrie(phrases);
        Set<String> known = new HashSet<>(phrases);
        List<String> joined = new ArrayList<>();
        for (String phrase : phrases) {
            if (new HashSet<>(partsWithoutItself(phrase, trie, known)).size() > 1) {
                joined.add(phrase);
            }
        }
        assertEquals(List.of(), joined);
    }

    /** The phrases the trie finds in {@code phrase} when {@code phrase} itself is not in the list. */
    private static List<String> partsWithoutItself(String phrase, PhraseTrie trie, Set<String> known) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            int end = PhraseTrie.wordStartsAt(phrase, i) ? trie.longestAt(phrase, i, true) : -1;
            if (i == 0 && end == phrase.length()) {
                end = longestOtherOpening(phrase, known);
            }
            if (end > 0) {
                parts.add(phrase.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return parts;
    }

    private static int longestOtherOpening(String phrase, Set<String> known) {
        for (int end = phrase.length() - 1; end > 0; end--) {
            boolean boundary = !PhraseTrie.isWordChar(phrase.codePointAt(end));
            if (boundary && known.contains(phrase.substring(0, end))) {
                return end;
            }
        }
        return -1;
    }

    @Test
    void takesALongerBlockForANagOnlyWhenTheWholeBlockOpensWithTheCallToAction() {
        String forum = "Join our harbour forums to keep talking boats, tides and the weather with other readers! "
                + "And if you have a news tip, a correction or a comment, let us know at: desk@harbour.example.";
        String report = "A version of this report appeared in print on page 12 of the weekend edition with the "
                + "headline: Harbour wall repairs begin. Subscribe to the weekend edition for more reports.";
        assertTrue(PHRASES.isNag(forum), forum);
        assertFalse(PHRASES.isNag(report), report);
        assertFalse(PHRASES.isNag(forum + " The harbour board meets again in May to decide the new fees for the "
                + "winter season."), "over the limit");
    }
}
