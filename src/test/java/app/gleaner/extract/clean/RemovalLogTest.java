package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalLogTest {

    @Test
    void addsAnotherLogsEntriesAfterItsOwnOnceEachAndWithinItsBound() {
        RemovalLog overlays = new RemovalLog();
        overlays.record("Accept all cookies");
        RemovalLog cleaned = new RemovalLog();
        cleaned.record("Accept all cookies");
        cleaned.record("Get the morning briefing");
        overlays.addAll(cleaned);
        assertEquals(List.of("Accept all cookies", "Get the morning briefing"), overlays.entries());

        RemovalLog many = new RemovalLog();
        for (int i = 0; i < RemovalLog.MAX_ENTRIES + 5; i++) {
            many.record("entry " + i);
        }
        overlays.addAll(many);
        assertEquals(RemovalLog.MAX_ENTRIES, overlays.entries().size());
    }
}
