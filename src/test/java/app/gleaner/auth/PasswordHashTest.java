package app.gleaner.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    /** Few rounds keep the tests fast; the production count is checked on its own below. */
    private static final int FAST = PasswordHash.MIN_ITERATIONS;
    /** Made by Python's hashlib.pbkdf2_hmac('sha256', password, bytes(range(16)), 1000, 32): another implementation. */
    private static final String FROM_PYTHON =
            "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4";
    /** The same, for an NFC-normalized password with accents. */
    private static final String ACCENTS_FROM_PYTHON =
            "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$3ody/VviIQGo4UnEwl+bCU9fW37+VV0Y1xsFa7j5zKo";

    @Test
    void roundTripThroughTheEncodingMatchesTheSamePasswordOnly() {
        PasswordHash hash = PasswordHash.of("correct horse battery staple", FAST);
        PasswordHash read = PasswordHash.parse(hash.encoded());

        assertThat(read.matches("correct horse battery staple")).isTrue();
        assertThat(read.encoded()).isEqualTo(hash.encoded());
    }

    @Test
    void wrongPasswordsDoNotMatch() {
        PasswordHash hash = PasswordHash.of("correct horse battery staple", FAST);

        assertThat(hash.matches("correct horse battery stapl")).isFalse();
        assertThat(hash.matches("correct horse battery staple ")).isFalse();
        assertThat(hash.matches("Correct horse battery staple")).isFalse();
        assertThat(hash.matches("")).isFalse();
        assertThat(hash.matches(null)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSaltAndTheEncodingNeverHoldsThePassword() {
        PasswordHash one = PasswordHash.of("correct horse battery staple", FAST);
        PasswordHash two = PasswordHash.of("correct horse battery staple", FAST);

        assertThat(one.encoded()).isNotEqualTo(two.encoded()).doesNotContain("horse");
        assertThat(one.saltLength()).isEqualTo(PasswordHash.SALT_BYTES);
    }

    @Test
    void parametersAreReadFromTheEncoding() {
        PasswordHash hash = PasswordHash.parse(FROM_PYTHON);

        assertThat(hash.iterations()).isEqualTo(1000);
        assertThat(hash.saltLength()).isEqualTo(16);
        assertThat(hash.weakerThan(PasswordHash.ITERATIONS)).isTrue();
        assertThat(hash.weakerThan(1000)).isFalse();
        assertThat(PasswordHash.of("x").encoded()).startsWith("$pbkdf2-sha256$i=600000$");
    }

    @Test
    void agreesWithAnotherPbkdf2Implementation() {
        assertThat(PasswordHash.parse(FROM_PYTHON).matches("correct horse battery staple")).isTrue();
        assertThat(PasswordHash.parse(FROM_PYTHON).matches("correct horse battery staples")).isFalse();
    }

    @Test
    void composedAndDecomposedAccentsAreTheSamePassword() {
        PasswordHash hash = PasswordHash.parse(ACCENTS_FROM_PYTHON);

        assertThat(hash.matches("Caf\u00e9 au lait, s'il vous pla\u00eet")).isTrue();
        assertThat(hash.matches("Cafe\u0301 au lait, s'il vous plai\u0302t")).isTrue();
        assertThat(hash.matches("Cafe au lait, s'il vous plait")).isFalse();
    }

    @Test
    void aChangedHashOrSaltNoLongerMatches() {
        String[] parts = FROM_PYTHON.split("\\$");
        String otherHash = "$pbkdf2-sha256$i=1000$" + parts[3] + "$" + flipFirst(parts[4]);
        String otherSalt = "$pbkdf2-sha256$i=1000$" + flipFirst(parts[3]) + "$" + parts[4];
        String moreRounds = "$pbkdf2-sha256$i=1001$" + parts[3] + "$" + parts[4];

        for (String tampered : new String[] {otherHash, otherSalt, moreRounds}) {
            assertThat(PasswordHash.parse(tampered).matches("correct horse battery staple")).as(tampered).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "correct horse battery staple",
        "pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha1$i=1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=-1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=01000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=1$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=999999999$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=99999999999$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQ$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4Kry",
        "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw==$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODx$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=1000$AAECAwQF-gcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
        "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4$",
        "$pbkdf2-sha256$i=1000$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4$extra",
        "$pbkdf2-sha256$i=1000,l=32$AAECAwQFBgcICQoLDA0ODw$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4",
    })
    void tamperedOrForeignEncodingsAreRefused(String encoded) {
        assertThatThrownBy(() -> PasswordHash.parse(encoded)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingEncodingIsRefused() {
        assertThatThrownBy(() -> PasswordHash.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEncodingTellsOnlyTheParameters() {
        assertThat(PasswordHash.parse(FROM_PYTHON)).hasToString("PasswordHash[pbkdf2-sha256, 1000 iterations]");
    }

    private static String flipFirst(String base64) {
        char first = base64.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64.substring(1);
    }
}
