package app.gleaner.library.export;

import app.gleaner.clip.ClipView;
import java.time.OffsetDateTime;
import java.util.List;

/** Clip values for exporter tests. */
final class Clips {

    static final String HOSTILE = "<script>alert(1)</script> & \"q\" *[x](javascript:alert(1))*";

    private Clips() {
    }

    static ClipView clip(String title, String contentHtml, List<String> tags) {
        OffsetDateTime saved = OffsetDateTime.parse("2026-03-01T10:15:30Z");
        return new ClipView(7L, "https://news.example/a?b=1&c=2", "https://news.example/a", title, "Ann <Writer>",
                "The \"Gazette\"", null, "An excerpt & more", null, "en", 120, 1, contentHtml, "text", tags, false,
                true, saved, saved, null);
    }
}
