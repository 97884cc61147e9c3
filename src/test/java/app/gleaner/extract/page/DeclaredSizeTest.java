package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DeclaredSizeTest {

    private static Element img(String attributes) {
        return Jsoup.parse("<img src=a.jpg " + attributes + ">").selectFirst("img");
    }

    @Test
    void pixelsAreReadAsABrowserReadsADimensionAttribute() {
        assertEquals(OptionalInt.of(640), DeclaredSize.pixels("640"));
        assertEquals(OptionalInt.of(640), DeclaredSize.pixels(" 640 "));
        assertEquals(OptionalInt.of(640), DeclaredSize.pixels("640px"), "a unit written by a hand that knows CSS");
        assertEquals(OptionalInt.of(640), DeclaredSize.pixels("640.75"), "the fraction dropped");
        assertEquals(OptionalInt.of(0), DeclaredSize.pixels("0"), "a tracking pixel's");
    }

    @Test
    void relativeAndWordedValuesDeclareNoPixels() {
        assertEquals(OptionalInt.empty(), DeclaredSize.pixels("100%"));
        assertEquals(OptionalInt.empty(), DeclaredSize.pixels("50.5%"));
        assertEquals(OptionalInt.empty(), DeclaredSize.pixels("auto"));
        assertEquals(OptionalInt.empty(), DeclaredSize.pixels(""));
        assertEquals(OptionalInt.empty(), DeclaredSize.pixels("-1"));
    }

    @Test
    void aWidthTooLongForAnIntIsTheLargestThereIsNotAnError() {
        assertEquals(OptionalInt.of(Integer.MAX_VALUE), DeclaredSize.pixels("99999999999999999999"));
        assertEquals(OptionalInt.of(123_456_789), DeclaredSize.pixels("123456789"));
    }

    @Test
    void aPictureIsSmallerThanASizeWhenEitherSideIsDeclaredBelowIt() {
        assertTrue(DeclaredSize.isSmallerThan(img("width=48 height=48"), 100));
        assertTrue(DeclaredSize.isSmallerThan(img("width=800 height=1px"), 2), "a one-pixel-high spacer");
        assertFalse(DeclaredSize.isSmallerThan(img("width=800"), 300), "an undeclared height says nothing");
        assertFalse(DeclaredSize.isSmallerThan(img(""), 300));
        assertFalse(DeclaredSize.isSmallerThan(img("width=100% height=auto"), 300));
        assertEquals(OptionalInt.of(450), DeclaredSize.height(img("height='450px'")));
    }
}
