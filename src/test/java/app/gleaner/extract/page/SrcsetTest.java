package app.gleaner.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrcsetTest {

    @Test
    void eachCandidateIsAnAddressWithAWidthADensityOrNothing() {
        List<Srcset.Candidate> candidates = Srcset.candidates(
                " /img/dunes-480.jpg 480w,/img/dunes-960.jpg 960W, /img/dunes@2x.jpg 2x, /img/dunes.jpg ");
        assertEquals(List.of("/img/dunes-480.jpg", "/img/dunes-960.jpg", "/img/dunes@2x.jpg", "/img/dunes.jpg"),
                candidates.stream().map(Srcset.Candidate::url).toList());
        assertTrue(candidates.get(1).width());
        assertEquals(960, candidates.get(1).size());
        assertFalse(candidates.get(2).width());
        assertEquals(2, candidates.get(2).size());
        assertEquals(1, candidates.get(3).size(), "no descriptor is 1x");
    }

    @Test
    void aCommaEndsACandidateAfterItsDescriptorOrRightAfterItsAddress() {
        assertEquals(900, Srcset.widest("img/a-300.jpg 300w,img/a-900.jpg 900w"));
        assertEquals(List.of("a.jpg", "b.jpg"), Srcset.candidates("a.jpg 1x,b.jpg 2x").stream()
                .map(Srcset.Candidate::url).toList());
    }

    @Test
    void aCommaInsideAnAddressDoesNotSplitIt() {
        assertEquals(List.of("https://cdn.example/c_fill,w_800/dunes.jpg"),
                Srcset.candidates("https://cdn.example/c_fill,w_800/dunes.jpg 800w").stream()
                        .map(Srcset.Candidate::url).toList());
    }

    @Test
    void theLargestIsTheWidestOrDensestTheFirstAmongEquals() {
        assertEquals("b.jpg", Srcset.largest("a.jpg 400w, b.jpg 1200w, c.jpg 800w"));
        assertEquals("b.jpg", Srcset.largest("a.jpg, b.jpg 2x"));
        assertEquals("a.jpg", Srcset.largest("a.jpg 1x, b.jpg"));
        assertEquals("b.jpg", Srcset.largest("a.jpg, b.jpg 800w"), "a bare address is worth least");
        assertEquals("a.jpg", Srcset.largest("a.jpg foo, b.jpg"), "a descriptor that is none, as a bare one");
        assertNull(Srcset.largest("  "));
        assertNull(Srcset.largest(null));
    }

    @Test
    void theWidestCountsWidthsOnly() {
        assertEquals(1200, Srcset.widest("a.jpg 600w, b.jpg 1200w"));
        assertEquals(0, Srcset.widest("a.jpg 1x, b.jpg 3x"));
        assertEquals(0, Srcset.widest(""));
    }
}
