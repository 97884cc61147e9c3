package app.gleaner.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void escapesMarkupAndBothQuotesAndDropsXmlForbiddenControls() {
        assertEquals("&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;x &amp; y&lt;/b&gt;\n\tz",
                Escape.html("<b a=\"1\" c='2'>x & y</b>\n\t\u0000\u0007z"));
        assertEquals("", Escape.html(null));
    }

    @Test
    void escapesOnlyTheAskedRange() {
        StringBuilder out = new StringBuilder("[");
        Escape.html(out, "a<b>c", 1, 4);
        assertEquals("[&lt;b&gt;", out.toString());
    }
}
