package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ShadowRootsTest {

    /** The body's HTML after composing, without pretty-printing so white space shows as it is. */
    private static String composed(String body) {
        Document document = Jsoup.parse("<body>" + body + "</body>");
        document.outputSettings().prettyPrint(false);
        ShadowRoots.flatten(document);
        return document.body().html();
    }

    @Test
    void fillsNamedSlotsWithTheLightChildrenThatNameThem() {
        assertEquals("<x-card><h2><b slot=\"title\">Title</b></h2><p><i slot=\"body\">Body</i></p></x-card>", composed(
                "<x-card><template shadowrootmode=open><h2><slot name=title></slot></h2><p><slot name=body></slot>"
                        + "</p></template><i slot=body>Body</i><b slot=title>Title</b></x-card>"));
    }

    @Test
    void sendsUnnamedChildrenAndTextToTheDefaultSlot() {
        assertEquals("<x-box><div>one <b>two</b> three</div></x-box>", composed(
                "<x-box><template shadowrootmode=open><div><slot></slot></div></template>"
                        + "one <b>two</b> three</x-box>"));
    }

    @Test
    void showsTheFallbackOfASlotThatReceivesNothing() {
        assertEquals("<x-note><p>Nothing to say</p><p>Said</p></x-note>", composed(
                "<x-note><template shadowrootmode=open><p><slot name=empty>Nothing to say</slot></p><p><slot>Unused"
                        + "</slot></p></template>Said</x-note>"));
    }

    @Test
    void givesEachNameToTheFirstSlotOnly() {
        assertEquals("<x-twice><p><span slot=\"a\">Light</span></p><p>Fallback</p></x-twice>", composed(
                "<x-twice><template shadowrootmode=closed><p><slot name=a></slot></p><p><slot name=a>Fallback</slot>"
                        + "</p></template><span slot=a>Light</span></x-twice>"));
    }

    @Test
    void dropsLightChildrenThatNoSlotReceives() {
        assertEquals("<x-a><p><span slot=\"kept\">Shown</span></p></x-a>", composed(
                "<x-a><template shadowrootmode=open><p><slot name=kept></slot></p></template>"
                        + "<b slot=other>Never rendered</b>stray text<!-- note --><span slot=kept>Shown</span></x-a>"));
    }

    @Test
    void rendersOnlyTheShadowTreeOfAHostWithoutSlots() {
        assertEquals("<div id=\"host\"><p>Rendered by the component</p></div>", composed(
                "<div id=host><p>Light fallback for old browsers</p><template shadowrootmode=open>"
                        + "<p>Rendered by the component</p></template></div>"));
    }

    @Test
    void composesNestedRootsInnermostFirst() {
        // <x-outer> passes its slot on to <x-inner>, whose own shadow root wraps it in <section>.
        assertEquals("<x-outer><article><x-inner><section><p>Story</p></section></x-inner></article></x-outer>",
                composed("<x-outer><template shadowrootmode=open><article><x-inner>"
                        + "<template shadowrootmode=open><section><slot></slot></section></template>"
                        + "<slot></slot></x-inner></article></template><p>Story</p></x-outer>"));
    }

    @Test
    void composesAHostThatIsItselfALightChild() {
        assertEquals("<x-page><main><x-para><p>Inner</p></x-para></main></x-page>", composed(
                "<x-page><template shadowrootmode=open><main><slot></slot></main></template>"
                        + "<x-para><template shadowrootmode=open><p>Inner</p></template></x-para></x-page>"));
    }

    @Test
    void leavesInertTemplatesAlone() {
        String plain = "<div><template><p>Not rendered</p><slot></slot></template>Light</div>";
        assertEquals(plain, composed(plain));
        String badMode = "<div><template shadowrootmode=\"maybe\"><p>No root</p></template>Light</div>";
        assertEquals(badMode, composed(badMode));
        String notAHost = "<ul><template shadowrootmode=\"open\"><li>No root</li></template><li>Light</li></ul>";
        assertEquals(notAHost, composed(notAHost));
    }

    @Test
    void takesOnlyTheFirstShadowRootTemplateOfAHost() {
        assertEquals("<x-a><p>First</p><template shadowrootmode=\"open\"><p>Second</p></template></x-a>", composed(
                "<x-a><template shadowrootmode=open><p>First</p><slot></slot></template>"
                        + "<template shadowrootmode=open><p>Second</p></template></x-a>"));
    }

    @Test
    void dropsStylesScopedToAShadowRoot() {
        assertEquals("<style>.page{}</style><x-a><p class=\"x\">Shadow</p></x-a><p class=\"x\">Light</p>"
                + "<template><style>.inert{}</style></template>", composed(
                "<style>.page{}</style><x-a><template shadowrootmode=open><style>.x{display:none}</style>"
                        + "<p class=x>Shadow</p></template></x-a><p class=x>Light</p>"
                        + "<template><style>.inert{}</style></template>"));
    }

    @Test
    void keepsHintsOnShadowContentAndTheHost() {
        assertEquals("<x-a data-gleaner-overlay=\"bar\"><p data-gleaner-hidden=\"1\">Hidden</p></x-a>", composed(
                "<x-a data-gleaner-overlay=bar><template shadowrootmode=open><p data-gleaner-hidden=1>Hidden</p>"
                        + "</template></x-a>"));
    }

    @Test
    void reportsHowManyRootsItComposed() {
        Document none = Jsoup.parse("<p>plain</p><template><p>inert</p></template>");
        assertEquals(0, ShadowRoots.flatten(none));
        Document two = Jsoup.parse("<x-a><template shadowrootmode=open>a</template></x-a>"
                + "<x-b><template shadowrootmode=open>b</template></x-b>");
        assertEquals(2, ShadowRoots.flatten(two));
        assertEquals("ab", two.body().text());
    }

    @Test
    void staysLinearOnManyRootsSlotsAndStyles() {
        String manyRoots = "<x-a><template shadowrootmode=open><p><slot></slot></p></template>light</x-a>"
                .repeat(20_000);
        String nested = "<x-a><template shadowrootmode=open><div><slot></slot></div>".repeat(150)
                + "</template></x-a>".repeat(150);
        StringBuilder manySlots = new StringBuilder("<x-a><template shadowrootmode=open>");
        for (int i = 0; i < 50_000; i++) {
            manySlots.append("<style>p{}</style><slot name=s").append(i).append(">fallback</slot>");
        }
        manySlots.append("</template>");
        for (int i = 0; i < 50_000; i += 2) {
            manySlots.append("<b slot=s").append(i).append(">x</b>");
        }
        Document slotted = Jsoup.parse(manySlots.append("</x-a>").toString());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(20_000, ShadowRoots.flatten(Jsoup.parse(manyRoots)));
            assertEquals(150, ShadowRoots.flatten(Jsoup.parse(nested)));
            assertEquals(1, ShadowRoots.flatten(slotted));
        });
        assertEquals(25_000, slotted.select("x-a > b").size());
        assertTrue(slotted.selectFirst("x-a").text().startsWith("xfallbackxfallback"));
        assertEquals(0, slotted.select("style, slot").size());
    }

    @Test
    void neverNestsDeeperThanTheParserAllows() {
        Document document = Jsoup.parse(("<x-a><template shadowrootmode=open>" + "<div>".repeat(300)
                + "<slot></slot></template>").repeat(20) + "<p>deep <img src=a.png> text</p>");
        ShadowRoots.flatten(document);
        Element img = document.selectFirst("img");
        assertTrue(img.parents().size() < PageParser.MAX_DEPTH, "depth " + img.parents().size());
        assertEquals("deep text", document.body().text());
        int deepest = document.getAllElements().stream().mapToInt(e -> e.parents().size()).max().orElse(0);
        assertTrue(deepest < PageParser.MAX_DEPTH, "depth " + deepest);
    }
}
