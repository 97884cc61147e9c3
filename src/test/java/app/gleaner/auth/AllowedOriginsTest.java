package app.gleaner.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    private final AllowedOrigins origins = new AllowedOrigins(
            List.of("/chrome-extension://[a-p]{32}/", "/moz-extension://[0-9a-f-]{36}/", "https://Reader.Example"));

    @Test
    void allowsTheServersOwnOriginWhateverTheScheme() {
        assertThat(origins.allows("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(origins.allows("https://gleaner.example", "gleaner.example")).isTrue();
        assertThat(origins.allows("https://gleaner.example", "gleaner.example:443")).isTrue();
        assertThat(origins.allows("http://GLEANER.example", "gleaner.example")).isTrue();
    }

    @Test
    void refusesOtherHostsPortsAndOpaqueOrigins() {
        assertThat(origins.allows("http://localhost:8081", "localhost:8080")).isFalse();
        assertThat(origins.allows("https://evil.example", "gleaner.example")).isFalse();
        assertThat(origins.allows("https://gleaner.example.evil.example", "gleaner.example")).isFalse();
        assertThat(origins.allows("null", "gleaner.example")).isFalse();
        assertThat(origins.allows("file://", "gleaner.example")).isFalse();
        assertThat(origins.allows("http://gleaner.example", null)).isFalse();
        assertThat(origins.allows("not an origin", "gleaner.example")).isFalse();
    }

    @Test
    void allowsListedOriginsExactlyOrByWholeRegularExpression() {
        assertThat(origins.allows("chrome-extension://abcdefghijklmnopabcdefghijklmnop", "x")).isTrue();
        assertThat(origins.allows("moz-extension://0b1e5c53-4c5e-4d0b-a0b5-6bd1f2a3c4d5", "x")).isTrue();
        assertThat(origins.allows("https://reader.example", "x")).isTrue();
        assertThat(origins.allows("chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil", "x")).isFalse();
        assertThat(origins.allows("chrome-extension://zzzz", "x")).isFalse();
        assertThat(origins.allows("https://reader.example.evil", "x")).isFalse();
    }
}
