package app.gleaner.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor();

    private static PageMetadata metadata(String html) {
        return metadataAt("https://site.example/a/b", html);
    }

    private static PageMetadata metadataAt(String location, String html) {
        return EXTRACTOR.extract(Jsoup.parse(html, location), null);
    }

    @Test
    void readsJsonLdGraphWithNestedAuthors() {
        PageMetadata m = metadata("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebSite\"},"
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Graph headline\",\"author\":[{\"name\":\"Ana Ruiz\"},"
                + "{\"@type\":\"Person\",\"name\":\"Bo Lind\"}],\"datePublished\":\"2021-05-04T10:00:00Z\","
                + "\"image\":{\"url\":\"/img/lead.jpg\"},\"publisher\":{\"name\":\"Graph Times\"}}]}</script>");
        assertEquals("Graph headline", m.title());
        assertEquals("Ana Ruiz, Bo Lind", m.byline());
        assertEquals("Graph Times", m.siteName());
        assertEquals("2021-05-04", m.publishedAt().toLocalDate().toString());
        assertEquals("https://site.example/img/lead.jpg", m.leadImageUrl());
    }

    @Test
    void readsAnEpisodeOrAVideoWhereThePageDeclaresNoArticle() {
        String video = "{\"@type\":\"VideoObject\",\"name\":\"How swifts sleep in flight\",\"uploadDate\":"
                + "\"2024-06-02T16:00:00+02:00\",\"creator\":{\"@type\":\"Person\",\"name\":\"Maelle Roux\"}}";
        PageMetadata talk = metadata("<script type=application/ld+json>" + video + "</script>");
        assertEquals("Maelle Roux", talk.byline(), "a video's maker");
        assertEquals("2024-06-02", talk.publishedAt().toLocalDate().toString());
        PageMetadata episode = metadata("<script type=application/ld+json>{\"@type\":\"PodcastEpisode\",\"name\":"
                + "\"Ep. 57: The lamplighters' strike\",\"author\":[{\"name\":\"Calder Marsh\"},{\"name\":"
                + "\"Ines Whitcombe\"}]}</script>");
        assertEquals("Calder Marsh, Ines Whitcombe", episode.byline());
        PageMetadata news = metadata("<script type=application/ld+json>[" + video + ",{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Swifts return to the old tower\",\"creator\":\"fan_contributor_77\"}]</script>");
        assertEquals("Swifts return to the old tower", news.title(), "the article, not the video beside it");
        assertNull(news.byline(), "an article's creator is a contributor's account, no author");
        PageMetadata page = metadata("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"name\":\"Council debates road budget\",\"datePublished\":\"2024-03-06T09:00:00Z\"}," + video
                + "]}</script><article><h1>Council debates road budget</h1><p class=byline>By Marta Quill</p></article>");
        assertEquals("Marta Quill", page.byline(), "the page's writer, not the video's maker beside it");
        assertEquals("2024-03-06", page.publishedAt().toLocalDate().toString());
        PageMetadata clip = metadata("<script type=application/ld+json>" + video + "</script><article><h1>Ferry "
                + "service cut to two sailings a day</h1><p class=byline>By Nadia Holm</p></article>");
        assertEquals("Nadia Holm", clip.byline(), "a byline shown names the writer, the clip its camera");
        PageMetadata yoast = metadata("<script type=application/ld+json>{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"name\":\"Ep 12 - Coast Pod\"},{\"@type\":\"PodcastEpisode\",\"author\":{\"@type\":"
                + "\"Person\",\"name\":\"Mira Holm\"}}]}</script>");
        assertEquals("Mira Holm", yoast.byline(), "a web page that names no author, beside its episode");
    }

    @Test
    void prefersTheJsonLdNameWhenTheHeadlineIsADescriptionTheHeadingDoesNotShow() {
        assertEquals("Lake Ohau", metadata("<title>Lake Ohau - Encyclopedia</title><script type=application/ld+json>"
                + "{\"@type\":\"Article\",\"name\":\"Lake Ohau\",\"headline\":\"glacial lake in Canterbury\"}"
                + "</script><h1>Lake Ohau</h1>").title());
    }

    @Test
    void keepsTheJsonLdHeadlineWhenAHeadingShowsIt() {
        assertEquals("Harbour swim returns after ten years", metadata("<title>Swim back | Town News</title>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"name\":\"Town News\","
                + "\"headline\":\"Harbour swim returns after ten years\"}</script><h1 class=logo>Town News</h1>"
                + "<h1>Harbour swim returns after ten years</h1>").title());
    }

    @Test
    void readsDublinCoreTitleWrittenWithADot() {
        assertEquals("groundWater", metadata("<meta name='DC.Title' content='groundWater'>"
                + "<title>draft-example-groundwater-02 - groundWater</title>").title());
    }

    @Test
    void ignoresMalformedJsonLd() {
        PageMetadata m = metadata("<title>Plain title here</title><script type=application/ld+json>{\"headline\":"
                + "</script>");
        assertEquals("Plain title here", m.title());
    }

    @Test
    void takesTheShownTitleWhereAnUnescapedQuoteCutTheDeclaredOne() {
        assertEquals("Minister calls the plan \"reckless\"", metadata("<title>Minister calls the plan \"reckless\""
                + "</title><meta property=og:title content=\"Minister calls the plan \"reckless\"\">").title());
        assertEquals("Minister calls the plan", metadata("<title>Minister calls the plan | Daily Post</title>"
                + "<meta property=og:title content=\"Minister calls the plan\">").title());
    }

    @Test
    void readsATitleThatLandedInTheBodyWhenThereIsNoDeclaredOne() {
        assertEquals("Harbour reopens after storm", metadata("<head><div>Menu</div><title>Harbour reopens after storm"
                + "</title></head><p>Text").title());
    }

    @Test
    void stripsTheSiteNameSuffixFromTheTitle() {
        assertEquals("Council approves the new bridge", metadata("<meta property=og:site_name content='Daily Post'>"
                + "<title>Council approves the new bridge | Daily Post</title>").title());
        assertEquals("Council approves the new bridge", metadata(
                "<title>Council approves the new bridge - Daily Post</title>").title());
        assertEquals("Q&A - why", metadata("<title>Q&A - why</title>").title());
        // a separator an empty part left at either end
        assertEquals("Harbour Ferries", metadata("<title>Harbour Ferries -</title>").title());
        assertEquals("Timetable changes", metadata("<meta property=og:title content='| Timetable changes'>").title());
    }

    @Test
    void stripsTheSiteNameTheHostSpellsOrThePageDeclaresAtEitherEnd() {
        // a declared name holding a separator of its own
        assertEquals("Council approves the new bridge", metadata("<meta property=og:site_name content='Harbour Post"
                + " - News and Views'><meta property=og:title content='Council approves the new bridge | Harbour Post"
                + " - News and Views'>").title());
        // whole labels of the host, at the end or the start, with accents, after a "›"
        assertEquals("Winter pike on the lake", metadataAt("https://www.anglers-weekly.example/pike",
                "<meta property=og:title content='Winter pike on the lake | anglers-weekly.example'>").title());
        assertEquals("Mehr Geld für Pflege", metadataAt("https://www.bmgx.example/presse/1",
                "<meta property=og:title content='BMGX - Mehr Geld für Pflege'>").title());
        assertEquals("Tasting notes from the spring harvest", metadataAt("https://cafe-verde.example/notes",
                "<meta property=og:title content=\"Tasting notes from the spring harvest › Café Verde\">").title());
        // a word of the host that is not all of a label; a short part; the top-level domain alone
        assertEquals("Lakers - Celtics: the match report", metadataAt("https://www.lakers-fans.example/report",
                "<meta property=og:title content='Lakers - Celtics: the match report'>").title());
        assertEquals("Council approves the new bridge - UK", metadataAt("https://uk.example/news",
                "<meta property=og:title content='Council approves the new bridge - UK'>").title());
        assertEquals("Ten things to read this week - News", metadataAt("https://harbour.news/week",
                "<meta property=og:title content='Ten things to read this week - News'>").title());
        // a site's name between a section and the headline is no end to cut at: the section is no headline
        assertEquals("Opinion | Daily Ledger | Why the bypass must go ahead", metadata("<meta property=og:site_name "
                + "content='Daily Ledger'><meta property=og:title content='Opinion | Daily Ledger | Why the bypass "
                + "must go ahead'>").title());
        assertEquals("Opinion | dailyledger.example | Why the bypass must go ahead", metadataAt("https://dailyledger"
                + ".example/opinion", "<meta property=og:title content='Opinion | dailyledger.example | Why the bypass "
                + "must go ahead'>").title());
    }

    @Test
    void stripsASiteNameWithItsTaglineAndKeepsTheLastStepOfAPath() {
        assertEquals("Winter pike on the lake", metadataAt("https://www.anglers-weekly.example/pike", "<meta "
                + "property=og:title content='Winter pike on the lake | anglers-weekly.example | Your fishing "
                + "magazine'>").title());
        assertEquals("Council approves the new bridge", metadata("<meta property=og:site_name content='Harbour Post'>"
                + "<title>Council approves the new bridge - Harbour Post - News from the coast</title>").title());
        // an old blog's "Site » Blog Archive » Post", and a path after a declared name
        assertEquals("Spring regatta report", metadataAt("https://harbournotes.example/2024/regatta",
                "<title>Harbour Notes » Blog Archive » Spring regatta report</title>").title());
        assertEquals("Spring regatta report", metadata("<meta property=og:site_name content='Harbour Notes'>"
                + "<title>Harbour Notes › Sailing › Spring regatta report</title>").title());
        // a dash after the site's name marks no path: a headline's own dash stays
        assertEquals("Regatta - the results", metadataAt("https://harbournotes.example/2024/regatta",
                "<title>Harbour Notes - Regatta - the results</title>").title());
    }

    @Test
    void takesTheHeadingThatATitleWordsForSearchWithAWordOrTwoAroundIt() {
        assertEquals("Plum cake with almond crumble", metadata("<meta property=og:title content='Recipe: Plum cake "
                + "with almond crumble'><h1>Plum cake with almond crumble</h1>").title());
        assertEquals("Plum cake with almond crumble", metadata("<title>Plum cake with almond crumble recipe | Kitchen"
                + " Notes</title><h1>Plum cake with almond crumble</h1>").title());
        // a heading of two words is a section's; three words around a heading are the title's own
        assertEquals("Plum cake recipe", metadata("<meta property=og:title content='Plum cake recipe'>"
                + "<h1>Plum cake</h1>").title());
        assertEquals("Plum cake with almond crumble and cream", metadata("<meta property=og:title content='Plum cake "
                + "with almond crumble and cream'><h1>Plum cake with almond</h1>").title());
    }

    @Test
    void takesTheHeadingThatGoesOnFromTheDeclaredTitleWithASubtitle() {
        assertEquals("Metro strike, live: 30% of trains run and bus stops fill", metadata("<meta property=og:title "
                + "content='Metro strike, live'><h1>Metro strike, live: 30% of trains run and bus stops fill</h1>")
                .title());
        // a heading that goes on with more than a few words, but no subtitle, is not the title; nor is one that goes
        // on to a date and a site's name
        assertEquals("Metro strike, live", metadata("<meta property=og:title content='Metro strike, live'>"
                + "<h1>Metro strike, live: all updates | 12 March 2024 | Coastal Herald</h1>").title());
        assertEquals("Metro strike, live", metadata("<meta property=og:title content='Metro strike, live'>"
                + "<h1>Metro strike, live and other stories of the week in the city</h1>").title());
        // a few words that go on with a year are the headline's
        assertEquals("Why paywalls are back: what changed for readers in 2024", metadata("<meta property=og:title "
                + "content='Why paywalls are back: what changed for readers'><h1>Why paywalls are back: what changed "
                + "for readers in 2024</h1>").title());
        // a count, a date or a page mark is not the headline's
        for (String added : new String[] {" (1 of 24)", " – 12.03.2024", " [Page 2]"}) {
            assertEquals("Why paywalls are back", metadata("<meta property=og:title content='Why paywalls are back'>"
                    + "<h1>Why paywalls are back" + added + "</h1>").title(), added);
        }
    }

    @Test
    void takesTheHeadingAPostsTitleQuotesAfterItsAuthor() {
        assertEquals("Three days at the tide line, waiting", metadata("<meta property=og:title content='Ana Rudd "
                + "(@ana.frames) on Photos: \u201cThree days at the tide line, waiting\u201d'>"
                + "<h1>Three days at the tide line, waiting</h1>").title());
        // a quotation inside the title is no part of it
        assertEquals("Why \"Slow boats\" won the regatta", metadata("<meta property=og:title content='Why "
                + "\"Slow boats\" won the regatta'><h1>Slow boats</h1>").title());
    }

    @Test
    void takesAShortHeadingThatBeginsATitleOfThreePartsButNoSitesLogo() {
        assertEquals("Ben Wilson Surf", metadataAt("https://www.pointofsail-kiel.example/ben-wilson", "<title>Ben "
                + "Wilson Surf - Point of Sail - Sails, kites and board repairs in Kiel</title>"
                + "<h1>Ben Wilson Surf</h1>").title());
        assertEquals("Vote on the harbour: what comes next", metadata("<title>Vote on the harbour: what comes next"
                + " / Politics / Overview / Article / Home</title><h1>Vote on the harbour: what comes next</h1>")
                .title());
        // the host's name is the logo; two parts are a headline and a site's name the page does not declare
        assertEquals("Blog - Spring regatta report from the bay", metadataAt("https://harbournotes.example/2024/"
                + "regatta", "<title>Harbour Notes - Blog - Spring regatta report from the bay</title>"
                + "<h1>Harbour Notes</h1>").title());
        assertEquals("Submissions | Vienna Digital Review", metadata("<title>Submissions | Vienna Digital Review"
                + "</title><h1>Submissions</h1>").title());
    }

    @Test
    void takesThePartOfTheTitleThatALowerHeadingOrABoldLineShowsBesideTheSitesNameOnAPageWithoutAHeadline() {
        // a blog's name in its <h1> links home; the post's title is an <h3>
        assertEquals("The night the signal box closed", metadata("<title>Rails and Sleepers: The night the signal "
                + "box closed</title><h1><a href=/>Rails and Sleepers</a></h1><h2>Sunday, 14 March 2004</h2>"
                + "<h3>The night the signal box closed</h3><p>Forty years of levers.</p>").title());
        // an old portal's logo names the club; its story's headline is a bold line
        assertEquals("Meteor night on the high meadow", metadata("<title>Orion Astronomy Club - Meteor night on the "
                + "high meadow</title><a href=/index.php><img src=/logo.gif alt='Orion Astronomy Club'></a><table><tr>"
                + "<td><font class=option><b>Meteor night on the high meadow</b></font><br>Posted on Friday by "
                + "gerardo</td></tr></table>").title());
        // what else the title holds is no site's name: a shop's banner, a date's heading, a speaker's name in bold
        assertEquals("Ferry runs all winter - The Riverside Courier Online Edition", metadata("<title>Ferry runs all "
                + "winter - The Riverside Courier Online Edition</title><font size=6><b>The Riverside Courier Online "
                + "Edition</b></font><h2>Ferry runs all winter</h2>").title());
        assertEquals("Q&A: Maria Lopez", metadata("<title>Q&A: Maria Lopez</title><a href=/>Harbour Notes</a>"
                + "<p><b>Maria Lopez</b>: We sailed at dawn.</p>").title());
    }

    @Test
    void takesTheLineSetLargeAboveTheStorysProseOnAPageWithoutAHeadlineWhereTheTitleNamesOnlyTheSite() {
        String prose = "<p>A half-wave dipole for forty metres needs two legs of about ten metres each, a balun at the "
                + "feed point and a mast high enough to keep it clear of the roof.</p>";
        assertEquals("Building a simple wire dipole", metadata("<title>Pete's Radio Shack - 40m Dipole</title>"
                + "<table><tr><td><a href=/>Home</a></td><td><font size=5><b>Building a simple wire dipole</b></font>"
                + "<br><font size=1>by Pete</font>" + prose + "</td></tr></table>").title());
        assertEquals("Clubkampioenschap 2003: de laatste ronde", metadata("<title>Nieuwsbrief De Witte Toren</title>"
                + "<p class=MsoNormal><b><span style='font-size:16.0pt'>Clubkampioenschap 2003: de laatste ronde</span>"
                + "</b></p>" + prose).title());
        // a large line that no prose follows is a banner; a large section heading gives way to the title shown
        assertEquals("Pete's Radio Shack", metadata("<title>Pete's Radio Shack - 40m Dipole</title>"
                + "<font size=6>Welcome to the shack</font><ul><li><a href=/a>Antennas</a></li></ul>").title());
        assertEquals("The ice lets go, the ferries come back", metadata("<title>The ice lets go, the ferries come "
                + "back</title><table><tr><td style='font-size:42px'><a href=/p/ice>The ice lets go, the ferries come "
                + "back</a></td></tr></table><h2 style='font-size:26px'>The school on the island</h2>" + prose).title());
        // a heading is bold as a browser shows it: its large line is the headline, not a bold section under it
        assertEquals("Replacement buses this weekend", metadata("<title>Rail Enquiries</title><h2><span "
                + "style='font-size: 20px'>Replacement buses this weekend</span></h2>" + prose + "<h2><span "
                + "style='font-size: 20px'><strong>General information</strong></span></h2>" + prose).title());
        // a slogan set large in italics is no headline, nor a subheading where the page shows the title's words
        assertEquals("Pete's Radio Shack", metadata("<title>Pete's Radio Shack - 40m Dipole</title>"
                + "<font size=5><i>On the air since 1974</i></font>" + prose).title());
        assertEquals("Restoring a bench vise", metadata("<title>Restoring a bench vise | Tom's Workshop</title>"
                + "<div class=post-title>Restoring a bench vise, part 2</div><span style='font-size:1.3em;"
                + "font-weight:bold'>What you will need</span>" + prose).title());
        // small print is no headline
        assertEquals("Pete's Radio Shack", metadata("<title>Pete's Radio Shack - 40m Dipole</title>"
                + "<font size=2><b>Building a simple wire dipole</b></font>" + prose).title());
    }

    @Test
    void readsAnUndeclaredSiteNameFromTheTitlesEndButNotFromTheHeadlinesOwnColon() {
        assertEquals("Harbour Post", metadata("<title>Council approves the new bridge | Harbour Post</title>"
                + "<body><h1>Council approves the new bridge</h1></body>").siteName());
        assertEquals("Harbour Post", metadata("<title>Council approves the new bridge - Local - Harbour Post</title>"
                + "<body><h1>Council approves the new bridge</h1></body>").siteName());
        assertNull(metadata("<title>Bridge plan: what changes in spring</title>"
                + "<body><h1>Bridge plan: what changes in spring</h1></body>").siteName());
        assertNull(metadata("<title>Q&A - why</title>").siteName());
        // a page's number, a section the host does not spell, a lower-case phrase
        for (String tail : new String[] {"Page 2", "Politics", "live updates"}) {
            assertNull(metadata("<title>Council approves the new bridge | " + tail + "</title>"
                    + "<body><h1>Council approves the new bridge</h1></body>").siteName(), tail);
        }
        assertEquals("Site", metadata("<title>Council approves the new bridge | Site</title>").siteName());
        assertNull(metadata("<script type=application/ld+json>{\"@type\":\"WebSite\",\"name\":\"Bridge plan\","
                + "\"url\":\"https://site.example/wiki/Bridge_plan\"}</script>").siteName());
        assertEquals("Harbour Post", metadata("<script type=application/ld+json>[{\"@type\":\"WebSite\","
                + "\"name\":\"Harbour Post\"},{\"@type\":\"NewsArticle\",\"headline\":\"Bridge\"}]</script>")
                .siteName());
    }

    @Test
    void readsAnUndeclaredSiteNameFromTheLogoTheTitleNamesAndStripsItFromTheTitle() {
        String story = "<div class=post><h2>Spring regatta report: two wins and a wet marquee</h2>"
                + "<p>Posted on 12 May 2024 by Graham Pettifer in <a href=/category/racing/>Racing</a></p>"
                + "<p>What a weekend on the river it was for the whole club.</p></div>";
        PageMetadata before = metadata("<title>Riverside Rowing Club » Spring regatta report: two wins and a wet"
                + " marquee</title><body><h1><a href=\"https://site.example/\">Riverside Rowing Club</a></h1>" + story);
        assertEquals("Riverside Rowing Club", before.siteName());
        assertEquals("Spring regatta report: two wins and a wet marquee", before.title());
        assertEquals("Graham Pettifer", before.byline());
        // a logo's picture, on a page whose headline goes on from the title
        PageMetadata after = metadata("<title>Pro Loco Valtorta - Organ restored at San Michele</title><body>"
                + "<div id=top><a href=/index.html><img src=logo.png alt=\"Pro Loco Valtorta\"></a></div>"
                + "<h1>Organ restored at San Michele at last</h1><p>di Beatrice Lanfranchi</p></body>");
        assertEquals("Pro Loco Valtorta", after.siteName());
        assertEquals("Organ restored at San Michele at last", after.title());
        assertEquals("Beatrice Lanfranchi", after.byline());
        // one word names the site when the host spells it or it is written in capitals
        assertEquals("SITE", metadata("<title>SITE » Council approves the new bridge</title><body>"
                + "<a href=/>SITE</a><h1>Council approves the new bridge</h1>").siteName());
        assertEquals("Site", metadata("<title>Site » Council approves the new bridge</title><body>"
                + "<a href=/>Site</a><h1>Council approves the new bridge</h1>").siteName());
        // a menu's link home, a link home the title does not name, a section's link, another site's front page
        String[] notNames = {
            "<title>Home » Council approves the new bridge</title><body><a href=/>Home</a>",
            "<title>Council approves the new bridge » Bridges</title><body><a href=/>Harbour Post</a>",
            "<title>Town Hall News » Council approves the new bridge</title><body><a href=/news/>Town Hall News</a>",
            "<title>Town Hall News » Council approves the new bridge</title><body>"
                    + "<a href=\"https://other.example/\">Town Hall News</a>",
        };
        for (String page : notNames) {
            assertNull(metadata(page + "<h1>Council approves the new bridge</h1>").siteName(), page);
        }
        // a logo's alt names the site without the word "logo"
        PageMetadata alt = metadata("<title>Orchard Notes » Winter pruning of apple trees</title><body><a href=/>"
                + "<img src=logo.png alt=\"Orchard Notes logo\"></a><h2>Winter pruning of apple trees</h2>");
        assertEquals("Orchard Notes", alt.siteName());
        assertEquals("Winter pruning of apple trees", alt.title());
        // the logo is the first link home: an edition's link after a picture whose alt names nothing is not
        PageMetadata edition = EXTRACTOR.extract(Jsoup.parse("<title>Rouen : trois familles relogées | Rouen Infos"
                + "</title><body><a href=/><img src=logo.png alt=Logo></a><a href=/>Rouen</a><h1>Rouen : trois "
                + "familles relogées</h1>", "https://www.rouen-infos.example/faits-divers/incendie"), null);
        assertEquals("Rouen Infos", edition.siteName());
        // a post's own link on a site without readable addresses leads to a page, not home
        PageMetadata post = metadata("<title>Winter pruning of apple trees | Orchard Notes</title><body>"
                + "<h2><a href=\"/?p=123\">Winter pruning of apple trees</a></h2>");
        assertEquals("Winter pruning of apple trees", post.title());
        assertEquals("Orchard Notes", post.siteName());
        // a personal site's logo is its owner, who stays the author
        PageMetadata own = metadata("<title>Jane Doe - Notes on pruning old trees</title><meta name=author content="
                + "\"Jane Doe\"><body><a href=/>Jane Doe</a><h1>Notes on pruning old trees</h1><div class=wp-caption>"
                + "<img src=a.jpg><p class=wp-caption-text>Photo: <span class=photo-author>Tom Vale</span></p></div>");
        assertEquals("Jane Doe", own.siteName());
        assertEquals("Jane Doe", own.byline());
    }

    @Test
    void takesTheHeadingWhereTheDeclaredTitleWrapsItInASectionOrASubtitle() {
        assertEquals("So lief die Auktion der Schätzchen", metadata("<meta property=og:title content='Kücknitz - "
                + "So lief die Auktion der Schätzchen - Lübecker Post'><h1>So lief die Auktion der Schätzchen</h1>")
                .title());
        assertEquals("New harbour rules from May", metadata("<title>Port Authority - News - New harbour rules from "
                + "May</title><h1>New harbour rules from May</h1>").title());
        assertEquals("Map tiles now show more", metadata("<meta property=og:title content='Map tiles now show more "
                + "- Update: points of interest in the route planner'><h1>Map tiles now show more</h1>").title());
    }

    @Test
    void takesThePagesOnlyHeadlineWhereTheDeclaredTitleIsAnotherWording() {
        String social = "<meta property=og:title content='Harbour news today: latest updates and photos'>";
        assertEquals("Volunteers rebuild the old lido by hand", metadata(social
                + "<body><h1>Volunteers rebuild the old lido by hand</h1></body>").title());
        // a logo, a kicker run into the headline, a second h1: the declared title stands
        String declared = "Harbour news today: latest updates and photos";
        assertEquals(declared, metadata(social + "<body><h1><a href=/en>Harbour news home page</a></h1></body>")
                .title());
        assertEquals(declared, metadata(social + "<body><h1>Live coverage " + declared + "</h1></body>").title());
        assertEquals(declared, metadata(social + "<body><h1>Volunteers rebuild the old lido by hand</h1>"
                + "<h1>More stories from the harbour</h1></body>").title());
        assertEquals(declared, metadata(social + "<body><h1>Politics and society in the north</h1>"
                + "<h2>Harbour news today: latest updates and photos</h2></body>").title());
    }

    @Test
    void takesTheHeadingTheTabsTitleShowsWhereTheDeclaredTitleNamesASection() {
        String nav = "<body><ul><li><a href=/press/>Press releases</a></ul>";
        assertEquals("Harbour fees rise in spring for the first time", metadata("<title>HPX: Harbour fees rise in "
                + "spring for the first time</title><meta property=og:title content='Press releases'>" + nav
                + "<h1>Harbour fees rise in spring for the first time</h1>").title());
        // the tab's share is read without its site name
        assertEquals("Harbour fees rise", metadata("<meta property=og:title content='Press releases'><meta property="
                + "og:site_name content='Northside Harbour and Port Authority'><title>Harbour fees rise | Northside "
                + "Harbour and Port Authority</title><h1>Harbour fees rise</h1>").title());
        // the tab's site name is no part of the headline a heading shows
        assertEquals("Gas is not green, says the agency", metadata("<meta property=og:title content='Gas is not "
                + "green, says the agency'><meta property=og:site_name content='Federal Agency'><title>Gas is not "
                + "green, says the agency | Federal Agency</title><h1>Gas is not green, says the agency | Federal "
                + "Agency</h1>").title());
        // the tab's title holds the declared one as a part, after a kicker or beside a section
        assertEquals("The long goodbye", metadata("<meta property=og:title content='The long goodbye'><title>Brexit: "
                + "The long goodbye | Northside Post</title><h1><span>Brexit:</span> The long goodbye</h1>").title());
        assertEquals("Save our library", metadata("<meta property=og:title content='Save our library'><title>Letters "
                + "to the Editor | Save our library | Northside Post</title><h1>Letters to the Editor</h1><h2>Save our "
                + "library!</h2>").title());
        // a heading below shows the declared title, its closing mark aside: the tab's is the breadcrumb's
        String declared = "Ten kilos lighter: the singer shows her new look";
        assertEquals(declared, metadata("<meta property=og:title content='" + declared + "'><title>Singer ten kilos "
                + "lighter: she shows her look!</title><body><nav><h1>Singer ten kilos lighter: she shows her look!"
                + "</h1></nav><article><h2>" + declared + "!</h2><p>Text</p></article>").title());
    }

    @Test
    void readsCharacterReferencesThePageEscapedTwiceOrWroteIntoJsonLd() {
        PageMetadata m = metadata("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Fees rise &#8211; what changes in May\",\"author\":{\"name\":\"Ann O&#039;Neill\"}}</script>"
                + "<meta property=og:site_name content='Anglers&amp;#039; Weekly'>");
        assertEquals("Fees rise – what changes in May", m.title());
        assertEquals("Ann O'Neill", m.byline());
        assertEquals("Anglers' Weekly", m.siteName());
    }

    @Test
    void keepsTheHeadingsQuotesAndDashesButNotItsCapitals() {
        assertEquals("Warum ich „Bauchgeburt“ sage – ein Bericht", metadata("<meta property=og:title content="
                + "'Warum ich \"Bauchgeburt\" sage - ein Bericht'><h1>Warum ich „Bauchgeburt“ sage – ein Bericht</h1>")
                .title());
        assertEquals("Cup preview: a derby of brothers", metadata("<meta property=og:title content='Cup preview: "
                + "a derby of brothers | Handball Weekly'><h1>CUP PREVIEW: A DERBY OF BROTHERS</h1>").title());
    }

    @Test
    void takesAHeadingThatGoesOnFromAShortenedTitleByAFewWords() {
        assertEquals("Battery maker raises plant capacity in Ohio", metadata("<meta property=og:site_name "
                + "content='Cell News'><meta property=og:title content='Battery maker raises plant capacity - "
                + "Cell News'><h1>Battery maker raises plant capacity in Ohio</h1>").title());
        assertEquals("Battery maker raises plant capacity", metadata("<meta property=og:site_name content='Cell News'>"
                + "<meta property=og:title content='Battery maker raises plant capacity - Cell News'>"
                + "<h1>Battery maker raises plant capacity | Cell News</h1>").title());
        assertEquals("Battery maker raises plant capacity", metadata("<meta property=og:title content='Battery maker "
                + "raises plant capacity'><h1>Battery maker raises plant capacity in a quiet Ohio town</h1>")
                .title());
    }

    @Test
    void neverTakesALogoOrAQuotationForTheHeadline() {
        // the logo is the site's name, stripped from the title as a declared one is
        assertEquals("Ischgl", metadata("<title>Ischgl | Trails Magazine Online</title>"
                + "<h1><a href='https://site.example/'>Trails Magazine Online</a></h1>").title());
        assertEquals("Snow returns to the high trails", metadata("<title>Snow returns to the high trails | Trails "
                + "Magazine</title><h1>Trails Magazine</h1>").title());
        assertEquals("Mayor says \"we will rebuild\" after the flood", metadata("<meta property=og:title "
                + "content='Mayor says \"we will rebuild\" after the flood'><h1>we will rebuild</h1>").title());
    }

    @Test
    void readsTheAuthorFromOpenGraphArticleTagsAndFromLabelledDataPairs() {
        assertEquals("AFP/The Local", metadata("<meta property=og:article:author content='AFP/The Local'>").byline());
        assertEquals("Karla Herr", metadata("<meta name=twitter:label1 content='Geschätzte Lesezeit'>"
                + "<meta name=twitter:data1 content='4 Minuten'><meta name=twitter:label2 content='Verfasst von'>"
                + "<meta name=twitter:data2 content='Karla Herr'>").byline());
        assertNull(metadata("<meta name=twitter:label1 content='Est. reading time'>"
                + "<meta name=twitter:data1 content='4 minutes'>").byline());
    }

    @Test
    void readsTheNamesAfterTheFieldsOfAMetaLine() {
        assertEquals("Adi Tal", metadata("<div class=byline>Posted on September 21, 2020 by Adi Tal</div>").byline());
        assertEquals("Fritz Imhof", metadata("<div class=byline>Datum: 19.11.2021 Autor: Fritz Imhof "
                + "Quelle: Livenet</div>").byline());
        assertEquals("Ned Dale", metadata("<span class='post-author vcard'>Eingestellt von <span class=fn>Ned Dale"
                + "</span></span>").byline());
    }

    @Test
    void takesALooseAuthorClassOnlyForNamesOutsideTeaserListsLinksAndControls() {
        assertEquals("Helmut Rubik", metadata("<span class='entry-meta-author vcard'><a class=fn href=/author/hr>"
                + "Helmut Rubik</a></span>").byline());
        assertEquals("Julia Kern", metadata("<div class=article__meta__authors>Julia Kern</div>"
                + "<p class=listing__author>von Petra Basler</p><p class=listing__author>von Tom Hanstein</p>"
                + "<p class=listing__author>von Taiya Mik</p>").byline());
        assertNull(metadata("<p class=listing__author>von Petra Basler</p><p class=listing__author>von Tom Hanstein"
                + "</p><p class=listing__author>von Taiya Mik</p>").byline());
        assertNull(metadata("<a href=/story/7><h3>Into the metaverse</h3><div class=card__author>Von <span>Jörn "
                + "Mecher</span></div></a>").byline());
        assertNull(metadata("<form class=follow-author-form><button>Follow Author</button></form>").byline());
        assertNull(metadata("<span class=authorDateLabel>Datum:</span> 19.11.2021").byline());
        assertNull(metadata("<div class=author-tools>share this article</div>").byline());
        assertNull(metadata("<div class=author-credits>Theme: Pirate Rogue von xwolf</div>").byline());
    }

    @Test
    void keepsTheAuthorALineNamesFirstAndNeverAQuotedOrReviewedOne() {
        assertEquals("Jane Doe", metadata("<div class=byline>By Jane Doe | May 3, 2024 | Photos by Ann Lee</div>")
                .byline());
        assertNull(metadata("<p>A review of <span class=book-author>Toni Morrison</span>'s novel.</p>").byline());
        assertNull(metadata("<blockquote><p>We shall overcome.</p><span class=quote-author>Martin King</span>"
                + "</blockquote>").byline());
        assertNull(metadata("<div class=issuing-authority>Food Standards Agency</div>").byline());
    }

    @Test
    void neverTakesAForumsNameOrAHeadingAnchorForTheTitle() {
        assertEquals("Boot hangs after kernel update", metadata("<title>Boot hangs after kernel update - Linux Mint "
                + "Forums</title><h1>Linux Mint Forums</h1><h2>Boot hangs after kernel update</h2>").title());
        assertEquals("Installation", metadata("<meta property=og:title content=Installation><h1>Installation¶</h1>")
                .title());
        assertEquals("Il restauro della fontana di piazza Garibaldi", metadataAt("http://www.prolocosanvito.example/"
                + "notizia.php?id=214", "<title>Pro Loco San Vito - Il restauro della fontana di piazza Garibaldi"
                + "</title><h1>Pro Loco San Vito</h1><h2>Il restauro della fontana di piazza Garibaldi</h2>").title(),
                "an association's name as its host spells it, in the page's only <h1>");
        assertEquals("How to Cook a Turkey", metadataAt("https://howtocookaturkey.example/", "<title>How to Cook a "
                + "Turkey - Easy Step-by-Step Roasting Guide</title><h1>How to Cook a Turkey</h1><p>Thaw it first.</p>")
                .title(), "a single-topic site's headline spells its host too");
        assertEquals("El ayuntamiento cierra la piscina la semana", metadataAt("https://lavozdelpuerto.example/a", "<title>"
                + "La Voz del Puerto - El ayuntamiento cierra la piscina la semana</title><h1>La Voz del Puerto</h1>"
                + "<h2>El ayuntamiento cierra la vieja piscina</h2>").title(), "not the site's name, a heading worded apart");
        assertEquals("Pro Loco San Vito", metadataAt("http://www.prolocosanvito.example/notizia.php?id=214",
                "<title>Pro Loco San Vito - Il restauro della fontana di piazza Garibaldi</title>").siteName(),
                "the title's first part, as the host spells it");
        assertEquals("Harbour Post", metadataAt("https://sport.harbourpost.example/a", "<title>Sport - United snatch "
                + "a late derby win | Harbour Post</title>").siteName(), "a section's subdomain names no site");
    }

    @Test
    void stripsLeadingByFromBylines() {
        assertEquals("Jo Park", metadata("<div class=byline>By Jo Park</div>").byline());
        assertEquals("Jo Park", metadata("<meta name=author content='by Jo Park'>").byline());
    }

    @Test
    void cutsDatesHandlesAndSeparatorsFromPageBylines() {
        assertEquals("Mia Stone", metadata("<span class=byline>By: Mia Stone — March 3, 2019 10:00 PM</span>").byline());
        assertEquals("Mia Stone", metadata("<p class=author>Mia Stone @miastone</p>").byline());
        assertEquals("Mia Stone", metadata("<p class=author>Mia Stone • 8h</p>").byline());
    }

    @Test
    void takesNoPlaceholderAccountAddressOrLinkLabelForTheByline() {
        assertEquals("Tobias Kuske", metadata("<meta name=author content=admin>"
                + "<h1>Retention of title explained</h1><p class=byline>By Tobias Kuske</p>").byline());
        for (String placeholder : new String[] {"Super User", "Unknown", "jane[at]example.org", "jane@example.org"}) {
            assertNull(metadata("<meta name=author content='" + placeholder + "'>").byline(), placeholder);
        }
        assertNull(metadata("<p>Posted by <a rel=author href=/profile/1>Unknown</a></p>"
                + "<a rel=author href=/profile/1>View my complete profile</a>").byline());
        assertEquals("gnaddrig", metadata("<a rel=author href=/profile/2>gnaddrig</a>").byline());
        assertEquals("Ann Lee", metadata("<a rel=author href=/profile/3>Ann Lee</a>").byline());
    }

    @Test
    void readsSpaceSeparatedMetaNamesAndDublinCoreCreator() {
        PageMetadata m = metadata("<meta property='og:title twitter:title' content='Shared title'>"
                + "<meta property='dc:creator twitter:creator' content='Creator Name'><meta name=author content=X>");
        assertEquals("Shared title", m.title());
        assertEquals("Creator Name", m.byline());
    }

    @Test
    void parsesDatesLenientlyAndGivesNullForNonsense() {
        assertEquals("2020-02-03", metadata("<meta property=article:published_time content='2020-02-03T04:05:06+0100'>")
                .publishedAt().toLocalDate().toString());
        assertEquals("2020-02-03", metadata("<time datetime=2020-02-03>Feb 3</time>").publishedAt().toLocalDate()
                .toString());
        assertNull(metadata("<meta property=article:published_time content='last Tuesday'>").publishedAt());
    }

    @Test
    void datesTheArticleByTheTimeUnderItsHeadlineNotByTheTopBarsOrACardsNorByAnUpdate() {
        String topBar = "<div class=bar><time datetime=2024-09-17>Today</time></div>";
        String card = "<article><h3><a href=/other>Another story nearby</a></h3><time datetime=2024-09-01>1 Sep</time>"
                + "</article>";
        assertNull(metadata("<body>" + topBar + "<article><header><h1>Bridge plan</h1></header><p>Text.</p>"
                + "</article>" + card + "</body>").publishedAt());
        assertEquals("2024-09-08", metadata("<body>" + topBar + "<article><header><h1>Bridge plan</h1>"
                + "<time class=updated datetime=2024-09-10>Updated</time> <time datetime=2024-09-08>Published</time>"
                + "</header><h2>What changes</h2><p>Text.</p></article>" + card + "</body>")
                .publishedAt().toLocalDate().toString());
        assertEquals("2024-09-08", metadata("<body>" + topBar + "<article><h1>Bridge plan</h1><h2>What changes</h2>"
                + "<p>Text.</p><footer>Posted on <time class='entry-date published updated' datetime=2024-09-08>"
                + "8 Sep</time></footer></article>" + card + "</body>").publishedAt().toLocalDate().toString());
        // the date beside the headline's box, under an author's box; a comment's date further down
        assertEquals("2024-09-08", metadata("<body><article><div class=top><time datetime=2024-09-08>8 Sep</time>"
                + "</div><div class=head><h1>Bridge plan</h1></div><div class=author><h4><a href=/author/ann-lee>Ann "
                + "Lee</a></h4></div><p>Text.</p><section><h2>Comments</h2><time datetime=2024-09-20>20 Sep</time>"
                + "</section></article></body>").publishedAt().toLocalDate().toString());
        // an opinion section's posts are classed category-comment; a kicker's row above the headline links its topic
        assertEquals("2024-06-05", metadata("<body><div class=banner><h1>Why the ferry matters</h1></div><article "
                + "class='post category-comment'><time datetime=2024-06-05>5 June</time><p>Text.</p></article></body>")
                .publishedAt().toLocalDate().toString());
        assertEquals("2024-06-09", metadata("<body><header><div class=topline><h2><a href=/topics/ferry-strike>Ferry "
                + "strike latest</a></h2><time datetime=2024-06-09>9 June</time></div><h1>Bridge plan</h1></header>"
                + "<p>Text.</p></body>").publishedAt().toLocalDate().toString());
    }

    @Test
    void datesTheArticleByTheDateItsLinesWriteForPeopleWhereNothingElseDatesIt() {
        String head = "<body><header class=site><nav>Wednesday, 3 March 2025</nav></header><article><h1>Harbour "
                + "works to start</h1>";
        String text = "<p>The council approved the plan on Tuesday evening after a long debate.</p>";
        assertEquals("2024-03-05", date("<html lang=de>" + head + "<div class=meta>Von Ann Lee | 5. März 2024, "
                + "08:30 Uhr</div>" + text + "</article></body>"));
        assertEquals("2024-03-05", date("<html lang=ru>" + head + "<p class=meta>5 марта 2024, 12:40</p>" + text));
        // an update's line gives way to the publication's; a day and month that could be either, in English
        // without a region, are not read, in American English they are
        assertEquals("2024-05-05", date(head + "<div>Updated May 6, 2024</div><div>Published May 5, 2024</div>"
                + text));
        assertNull(date("<html lang=en>" + head + "<div>Posted 4/9/2016 at 7:42 PM</div>" + text));
        assertEquals("2016-04-09", date("<html lang=en-US>" + head + "<div>Posted 4/9/2016 at 7:42 PM</div>"
                + text));
        // a byline's, a labelled line after the text; of a line's dates the first that is no update's
        assertEquals("2022-02-04", date("<html lang=de>" + head + "<div>Von Deutscher Tennis Bund 4. 2. 2022.</div>"
                + text));
        String story = "<p>" + "The harbour works will take two years and close the quay to traffic. ".repeat(20)
                + "</p>";
        assertEquals("2024-03-12", date(head + story + "<div>Veröffentlicht am 12.03.2024</div></article></body>"));
        assertEquals("2024-03-05", date("<html lang=de>" + head + "<div>Zuletzt aktualisiert: 06.03.2024 | "
                + "Erstveröffentlichung: 05.03.2024</div>" + text));
        // an update's label in Japanese; labelled fields in a box formatted across lines, with the next field's label
        assertEquals("2024-03-05", date("<html lang=ja>" + head + "<p>更新日：2024年3月6日</p><p>投稿日：2024年3月5日</p>"
                + text));
        assertEquals("2021-11-19", date("<html lang=de>" + head + "<div class=meta>\n\t<span>Datum:</span>\n\t19.11.2021"
                + "<br>\n\t<span>Autor:</span> Fritz Imhof<br><span>Quelle:</span> Livenet</div>" + text));
        assertEquals("2024-03-05", date(head + "<p>Posted March 5, 2024 by the release team</p>" + text));
        assertEquals("2013-05-06", date("<html lang=pl>" + head + "<div>Anna Kowalczyk<br>06.05.2013 13:40</div>"
                + text));
        // a publication's labelled line wins over a nearer one that is not: an event's day in an info box
        assertEquals("2024-03-05", date("<html lang=fr>" + head + "<div class=info><p>Le 12 avril 2024 à 20 h</p>"
                + "</div><p>Publié le 5 mars 2024</p>" + text));
    }

    @Test
    void takesNoDateFromLinesThatDateSomethingElse() {
        String head = "<body><header class=site><nav><a href=/>Home</a></nav></header><div id=page><article>"
                + "<h1>Harbour works to start</h1>";
        String text = "<p>The council approved the plan on Tuesday evening after a long debate.</p>";
        String end = "</article></div></body>";
        // an event's day in a sentence; other words before a date; a label that names something else
        assertNull(date(head + "<p>The festival opens on 12 April 2024 at the old harbour, and the council says the "
                + "works will be done before the first boats arrive.</p>" + end));
        for (String line : new String[] {"Offer valid until March 31, 2024", "Born 14 May 1996, Leeds",
            "Mitglied seit 18.09.2018", "Registriert: 18.09.2008", "Bruins (28-12-10) 4", "Version 3.4.12",
            "Pegelstand: 12.03.2024", "Closing date: 12 April 2024", "Fecha de actualización: 6 de marzo de 2024",
            "On 1 April 2024, parking in the centre will cost £3 an hour.", "From 2 April 2024 the council will vote.",
            "05/03/2567 10:30", "← Older: <a href=/first-tulips>First tulips</a> — March 2, 2024",
            "<span class=ib-label>Release date</span><span class=ib-value>12 June 2019</span>"}) {
            assertNull(date("<html lang=de>" + head + "<div>" + line + "</div>" + text + end), line);
        }
        // a table's rows, a photograph's caption, a term that names another date, a review's, the page's footer
        assertNull(date(head + text + "<table><tr><td>Collection</td><td>Wednesday 25 December 2024</td></tr>"
                + "</table>" + end));
        assertNull(date(head + "<figure><img src=a.jpg><figcaption>Photo: Ann Lee, 2 March 2024</figcaption>"
                + "</figure>" + text + end));
        assertNull(date(head + "<dl><dt>Release date</dt><dd>March 5, 2024</dd></dl>" + text + end));
        assertNull(date(head + text + "<div itemscope itemtype=https://schema.org/Review><span>March 3, 2024</span>"
                + "</div>" + end));
        assertNull(date(head + text + "</article><footer>Last modified 12.03.2024</footer></div></body>"));
        assertNull(date("<body><div id=page><header><nav><a href=/>Home</a></nav></header><main><article><h1>Harbour "
                + "works to start</h1>" + text + "</article></main><div class=footer>Stand: 01.02.2024</div></div></body>"));
        // a run of dated items: a timeline, replies; a masthead's day before the headline in the page's shell
        assertNull(date(head + text + "<ul><li>Jan. 8, 2024 — State signs</li><li>Feb. 2, 2024 — Court rules</li>"
                + "<li>Mar. 1, 2024 — Works begin</li></ul>" + end));
        assertNull(date(head + text + "<div class=reply><p>Posted by Bob on March 7, 2024</p><p>Thanks!</p></div>"
                + "<div class=reply><p>Posted by Sue on March 9, 2024</p><p>It worked.</p></div>" + end));
        assertNull(date("<body><div id=page><header><nav><a href=/>Home</a></nav><p>Mittwoch, 13. März 2024</p>"
                + "</header><main><article><h1>Harbour works to start</h1>" + text + "</article></main></div>"
                + "</body>"));
        // far below the headline, an unlabelled date is a reference's or a timeline's
        String story = "<p>" + "The harbour works will take two years and close the quay to traffic. ".repeat(20)
                + "</p>";
        assertNull(date(head + story + "<ul><li>12.03.2024 Council vote</li></ul>" + end));
    }

    @Test
    void readsTheDatesPagesDeclareInTheFormsTheirServersWrite() {
        assertEquals("2021-10-11", date("<meta property=article:published_time content='Mon Oct 11 14:57:21 CEST "
                + "2021'>"));
        assertEquals("2013-11-10", date("<meta name=date content=20131110121040>"));
        assertEquals("2024-04-20", date("<meta name=parsely-pub-date content=2024-04-20T04:20:00Z>"));
        assertEquals("2024-03-05", date("<meta name=dcterms.issued content=2024-03-05>"));
        assertEquals("2022-12-28", date("<html lang=de><body><h1>Kind krank</h1><span itemprop=datePublished>"
                + "28. Dezember 2022</span></body>"));
        assertEquals("2022-02-02", date("<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"description\":\"Two lines\nin one string\",\"datePublished\":\"2022-02-02T11:14:00+01:00\",}"
                + "</script>"));
        // numbers a server wrote in its own order, which the page's language does not tell
        assertNull(date("<html lang=de><head><meta name=date content='11/01/2023 12:43:42'></head></html>"));
    }

    private static String date(String html) {
        var publishedAt = metadata(html).publishedAt();
        return publishedAt == null ? null : publishedAt.toLocalDate().toString();
    }

    @Test
    void readsLanguageFromHtmlLangThenOgLocale() {
        assertEquals("fr-CA", metadata("<html lang=fr-CA><body></body></html>").language());
        assertEquals("pt-BR", metadata("<meta property=og:locale content=pt_BR>").language());
        assertNull(metadata("<html lang='@@'></html>").language());
    }

    @Test
    void readsJsonLdWrappedInCdataAndPrefersItsPublisherAsSiteName() {
        PageMetadata m = metadata("<meta property=og:site_name content='Weekly Gazette - all the news'>"
                + "<script type=application/ld+json><![CDATA[ {\"@type\":\"NewsArticle\",\"headline\":\"Wrapped\","
                + "\"publisher\":{\"name\":\"Weekly Gazette\"}} ]]></script>");
        assertEquals("Wrapped", m.title());
        assertEquals("Weekly Gazette", m.siteName());
    }

    @Test
    void prefersDublinCoreTitleOverOpenGraph() {
        assertEquals("Declared title", metadata("<title>Shown</title><meta property='x:title dc:title' "
                + "content='Declared title'><meta property=og:title content='Social title'>").title());
    }

    @Test
    void cutsTheDateAfterNamesInAPageByline() {
        assertEquals("Ines Marlow", metadata("<p class=byline>By Ines Marlow March 25, 2024</p>").byline());
        assertEquals("Theresa May", metadata("<p class=byline>By Theresa May</p>").byline());
        assertEquals("Jan Novák", metadata("<p class=byline>Jan Novák před 2 hodinami</p>").byline());
    }

    @Test
    void followsJsonLdIdReferencesToTheAuthorAndPublisher() {
        PageMetadata m = metadata("<script type=application/ld+json>{\"@graph\":["
                + "{\"@type\":\"Article\",\"headline\":\"Linked\",\"author\":{\"@id\":\"#/person/1\"},"
                + "\"publisher\":{\"@id\":\"#org\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#/person/1\",\"name\":\"Rita Vogel\"},"
                + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Vogel Blog\"}]}</script>");
        assertEquals("Rita Vogel", m.byline());
        assertEquals("Vogel Blog", m.siteName());
    }

    @Test
    void stripsAnySiteNameThePageDeclaresFromTheTitle() {
        PageMetadata m = metadata("<meta property=og:site_name content='Kiosk'>"
                + "<meta property=og:title content='Harbour reopens after storm - Kiosk'>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Kiosk.example\"}}"
                + "</script>");
        assertEquals("Harbour reopens after storm", m.title());
        assertEquals("Kiosk.example", m.siteName());
    }

    @Test
    void takesThePageBylineTheStrongestSelectorNamesAndNeverACommenters() {
        String comments = "<div id=comments><span class=author>Guest Writer</span></div>";
        assertEquals("Ola Berg", metadata("<div class=byline>Staff</div><p class=author-name>Ola Berg</p>").byline());
        assertEquals("Ola Berg", metadata(comments + "<p class=author>Ola Berg</p>").byline());
        assertNull(metadata(comments).byline());
        assertEquals("Ola Berg", metadata("<div class=byline>J J</div><div class=author>Ola Berg</div>").byline());
    }

    @Test
    void stripsWhatIntroducesTheNamesInSeveralLanguages() {
        assertEquals("Lea Kurz", metadata("<p class=byline>erstellt von Lea Kurz</p>").byline());
        assertEquals("Lea Kurz", metadata("<p class=byline>Zeige alle Beiträge von Lea Kurz</p>").byline());
        assertEquals("Lea Kurz", metadata("<p class=byline>Interview: Lea Kurz</p>").byline());
        assertEquals("Lea Kurz", metadata("<p class=byline>~ Lea Kurz</p>").byline());
        assertEquals("José de la Peña", metadata("<p class=byline>José de la Peña</p>").byline());
        assertEquals("Pola Kaldera i Inga Harasim", metadata("<p class=byline>Autorzy: Pola Kaldera i Inga Harasim</p>")
                .byline());
        assertEquals("柴田悠斗", metadata("<p class=byline>文：柴田悠斗</p>").byline());
        assertEquals("高若溪", metadata("<p class=byline>文／高若溪</p>").byline());
        assertEquals("Тимофей Рябцев", metadata("<p class=byline>Автор: Тимофей Рябцев</p>").byline());
    }

    @Test
    void keepsDigitsThatArePartOfAHandleAndCutsGermanDates() {
        assertEquals("pixel42", metadata("<meta name=author content='pixel42'>").byline());
        assertEquals("Lea Kurz", metadata("<p class=byline>Lea Kurz am 3. März 2022</p>").byline());
        assertEquals("Lea Kurz", metadata("<p class=byline>Lea Kurz, 12.05.2021</p>").byline());
        assertEquals("Lea Kurz", metadata("<p class=byline>Lea Kurz Feb 3</p>").byline());
    }

    @Test
    void endsTheNamesWhereTheCreditsOfOthersBegin() {
        assertEquals("Ann Lee", metadata("<p class=byline>Written by Ann Lee <br>Edited by Tom Vale</p>").byline());
        assertEquals("Ann Lee and Jo Park", metadata("<p class=byline>By Ann Lee and Jo Park, photos by Tom Vale</p>")
                .byline());
    }

    @Test
    void keepsNamesThatLookLikeMonthsOrParticlesWhenNoDateFollows() {
        assertEquals("Ana García, Julio Pérez and August Smith",
                metadata("<meta name=author content='By Ana García, Julio Pérez and August Smith'>").byline());
        assertEquals("Bruno Mars", metadata("<meta name=author content='Bruno Mars'>").byline());
        assertEquals("Dana Whit", metadata("<script type=application/ld+json>{\"@type\":\"HowTo\",\"name\":"
                + "\"How to sharpen a knife\",\"author\":{\"@type\":\"Person\",\"name\":\"Dana Whit\"}}</script>"
                + "<div class=coauthor_byline>Co-authored by <a href=#expert>Dana Whit</a><div>Professional Chef</div>"
                + "</div>").byline());
        assertEquals("Ingrid Solvang, Aiko Matsuda", metadata("<meta name=author content='Journal of Ice'>"
                + "<meta name=citation_author content='Solvang, Ingrid'>"
                + "<meta name=citation_author content='Aiko Matsuda'>").byline());
        assertEquals("De Luca Marco", metadata("<meta name=author content='De Luca Marco'>").byline());
        assertEquals("Jan Novák", metadata("<p class=byline>Von Jan Novák</p>").byline());
        assertEquals("De Luca Marco", metadata("<a rel=author href=/a/dlm>De Luca Marco</a>").byline());
        assertEquals("Ann Lee", metadata("<p class=byline>Ann Lee updated March 3</p>").byline());
        assertEquals("Jan Novák", metadata("<p class=byline>Jan Novák před hodinou</p>").byline());
        assertEquals("Lea Kurz", metadata("<p class=byline>Lea Kurz vor einer Stunde</p>").byline());
        assertEquals("Ana Ruiz", metadata("<p class=byline>Ana Ruiz hace un día</p>").byline());
        assertEquals("Léa Martin", metadata("<p class=byline>Léa Martin il y a une heure</p>").byline());
        assertEquals("Ann Lee", metadata("<p class=byline>Ann\u00a0Lee\u00a0— updated</p>").byline());
    }

    @Test
    void aLongRunOfWhiteSpaceInAMetaAuthorCostsNoTime() {
        String author = "Ann" + " ".repeat(100_000) + "Lee";
        assertEquals("Ann Lee", assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> metadata("<meta name=author content='" + author + "'>").byline()));
    }
}
