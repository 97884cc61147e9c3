package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NestingTest {

    private static final Document PAGE = Jsoup.parse("<header><p id=kicker>Kicker</p><h1 id=title>Title</h1></header>"
            + "<div id=body><p id=first>First</p><div><p id=deep>Deep</p></div></div><footer id=end>End</footer>");

    private static Element at(String id) {
        return PAGE.getElementById(id);
    }

    @Test
    void precedesFollowsThePagesOrderAcrossBranchesAndDepths() {
        assertTrue(Nesting.precedes(at("kicker"), at("title")));
        assertFalse(Nesting.precedes(at("title"), at("kicker")));
        assertTrue(Nesting.precedes(at("title"), at("deep")), "an earlier branch, a deeper node");
        assertFalse(Nesting.precedes(at("deep"), at("title")));
        assertTrue(Nesting.precedes(at("deep"), at("end")));
        assertTrue(Nesting.precedes(at("body"), at("deep")), "a box comes before what it holds");
        assertFalse(Nesting.precedes(at("deep"), at("body")), "what a box holds comes after it");
        assertFalse(Nesting.precedes(at("first"), at("first")));
        assertFalse(Nesting.precedes(at("first"), new Element("p")), "another tree");
    }

    @Test
    void depthWithinCountsTheLevelsOrSaysOutside() {
        assertEquals(0, Nesting.depthWithin(at("body"), at("body")));
        assertEquals(2, Nesting.depthWithin(at("deep"), at("body")));
        assertEquals(-1, Nesting.depthWithin(at("title"), at("body")));
    }
}
