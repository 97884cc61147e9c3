package app.gleaner.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules for choosing and changing the password, without HTTP; the pages' contract is in the web tests. */
class SignInTest {

    private static final String TOKEN = "the-api-token";
    private static final String PASSWORD = "gannet cliffs at dawn";

    @TempDir
    Path dataDir;

    private Sessions sessions;

    private SignIn signIn(String configuredPassword) {
        return signIn(configuredPassword, 10_000);
    }

    private SignIn signIn(String configuredPassword, int attemptsPerMinute) {
        sessions = new Sessions(new SessionSecret(new byte[32]), Duration.ofDays(30), Clock.systemUTC());
        PasswordStore store = new PasswordStore(Optional.ofNullable(configuredPassword),
                dataDir.resolve(PasswordStore.FILE_NAME), PasswordHash.MIN_ITERATIONS);
        return new SignIn(new ApiToken(TestConfigs.of(dataDir, TOKEN, null)), store, sessions,
                TestConfigs.of(dataDir, TOKEN, null, attemptsPerMinute));
    }

    @Test
    void withoutAPasswordWrongSecretsAndWrongTokensAlsoSpendTheBudget() {
        SignIn signIn = signIn(null, 2);
        assertThat(signIn.accepts("guess one")).isFalse();
        rejected(() -> signIn.choose("guess two", PASSWORD, PASSWORD), PasswordRejected.Reason.WRONG_CREDENTIAL);
        rejected(() -> signIn.accepts("guess three"), PasswordRejected.Reason.TOO_MANY_ATTEMPTS);
        rejected(() -> signIn.choose("guess four", PASSWORD, PASSWORD), PasswordRejected.Reason.TOO_MANY_ATTEMPTS);
        assertThat(signIn.accepts(TOKEN)).isTrue();
        signIn.choose(TOKEN, PASSWORD, PASSWORD);
    }

    @Test
    void passwordChecksOverTheBudgetAreRefusedUncheckedWhileTheTokenStillSignsIn() {
        SignIn signIn = signIn(null, 4);
        assertThat(signIn.accepts("no password yet")).isFalse();
        signIn.choose(TOKEN, PASSWORD, PASSWORD);
        assertThat(signIn.accepts("wrong one")).isFalse();
        assertThat(signIn.accepts("wrong two")).isFalse();
        assertThat(signIn.accepts(PASSWORD)).isTrue();

        PasswordRejected refused = rejected(() -> signIn.accepts(PASSWORD), PasswordRejected.Reason.TOO_MANY_ATTEMPTS);
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
        rejected(() -> signIn.change(PASSWORD, "a new password", "a new password"),
                PasswordRejected.Reason.TOO_MANY_ATTEMPTS);
        assertThat(signIn.accepts(TOKEN)).isTrue();
        signIn.change(TOKEN, "a new password", "a new password");
        assertThat(signIn.accepts("")).isFalse();
    }

    @Test
    void choosingTheFirstPasswordNeedsTheTokenThenTheTokenAndPasswordBothSignIn() {
        SignIn signIn = signIn(null);
        assertThat(signIn.accepts(PASSWORD)).isFalse();

        rejected(() -> signIn.choose("not-the-token", PASSWORD, PASSWORD), PasswordRejected.Reason.WRONG_CREDENTIAL);
        rejected(() -> signIn.choose(null, PASSWORD, PASSWORD), PasswordRejected.Reason.WRONG_CREDENTIAL);
        assertThat(signIn.passwordSource()).isEqualTo(PasswordStore.Source.NONE);

        signIn.choose("  " + TOKEN + "\n", PASSWORD, PASSWORD);

        assertThat(signIn.passwordSource()).isEqualTo(PasswordStore.Source.CHOSEN);
        assertThat(signIn.accepts(PASSWORD)).isTrue();
        assertThat(signIn.accepts(TOKEN)).isTrue();
        assertThat(signIn.accepts(" " + PASSWORD)).isFalse();
        rejected(() -> signIn.choose(TOKEN, "another password", "another password"),
                PasswordRejected.Reason.ALREADY_CHOSEN);
        assertThat(signIn.accepts("another password")).isFalse();
    }

    @Test
    void aNewPasswordMustBeLongEnoughAndTypedTwiceTheSame() {
        SignIn signIn = signIn(null);

        assertThat(rejected(() -> signIn.choose(TOKEN, "short", "short"), PasswordRejected.Reason.TOO_SHORT))
                .hasMessage("Choose a password of at least 10 characters; that one has 5.");
        rejected(() -> signIn.choose(TOKEN, null, null), PasswordRejected.Reason.TOO_SHORT);
        rejected(() -> signIn.choose(TOKEN, "x".repeat(1025), "x".repeat(1025)), PasswordRejected.Reason.TOO_LONG);
        rejected(() -> signIn.choose(TOKEN, PASSWORD, PASSWORD + "!"), PasswordRejected.Reason.MISMATCH);
        rejected(() -> signIn.choose(TOKEN, PASSWORD, null), PasswordRejected.Reason.MISMATCH);
        assertThat(signIn.passwordSource()).isEqualTo(PasswordStore.Source.NONE);

        signIn.choose(TOKEN, "\uD83D\uDC26".repeat(10), "\uD83D\uDC26".repeat(10));
        assertThat(signIn.accepts("\uD83D\uDC26".repeat(10))).isTrue();
    }

    @Test
    void changingNeedsTheCurrentPasswordOrTheTokenAndEndsEverySession() {
        SignIn signIn = signIn(null);
        signIn.choose(TOKEN, PASSWORD, PASSWORD);
        String before = sessions.issue();

        rejected(() -> signIn.change("not it", "puffin burrows at noon", "puffin burrows at noon"),
                PasswordRejected.Reason.WRONG_CREDENTIAL);
        assertThat(sessions.verify(before)).isPresent();

        signIn.change(PASSWORD, "puffin burrows at noon", "puffin burrows at noon");

        assertThat(sessions.verify(before)).isEmpty();
        assertThat(signIn.accepts(PASSWORD)).isFalse();
        assertThat(signIn.accepts("puffin burrows at noon")).isTrue();
        signIn.change(TOKEN, "shearwater nights", "shearwater nights");
        assertThat(signIn.accepts("shearwater nights")).isTrue();
    }

    @Test
    void aConfiguredPasswordCanBeNeitherChosenNorChanged() {
        SignIn signIn = signIn("from the configuration");

        assertThat(signIn.passwordSource()).isEqualTo(PasswordStore.Source.CONFIGURED);
        rejected(() -> signIn.choose(TOKEN, PASSWORD, PASSWORD), PasswordRejected.Reason.CONFIGURED);
        rejected(() -> signIn.change(TOKEN, PASSWORD, PASSWORD), PasswordRejected.Reason.CONFIGURED);
        assertThat(signIn.accepts("from the configuration")).isTrue();
        assertThat(signIn.accepts(PASSWORD)).isFalse();
    }

    private static PasswordRejected rejected(ThrowingCallable call, PasswordRejected.Reason reason) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PasswordRejected.class);
        assertThat(((PasswordRejected) thrown).reason()).isEqualTo(reason);
        return (PasswordRejected) thrown;
    }
}
