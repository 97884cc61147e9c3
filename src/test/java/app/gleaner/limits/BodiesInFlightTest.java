package app.gleaner.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodiesInFlightTest {

    private final BodiesInFlight bodies = new BodiesInFlight(10_000, 20_000);

    @Test
    void bodiesAreLetInWhileTheirSumFitsTheBudget() {
        assertThat(bodies.tryTake(6_000)).isTrue();
        assertThat(bodies.tryTake(4_000)).isTrue();
        assertThat(bodies.tryTake(1)).isFalse();
        bodies.giveBack(4_000);
        assertThat(bodies.tryTake(3_000)).isTrue();
        assertThat(bodies.inFlight()).isEqualTo(9_000);
    }

    @Test
    void oneBodyIsAlwaysLetInHoweverLarge() {
        assertThat(bodies.tryTake(15_000)).isTrue();
        assertThat(bodies.tryTake(1)).isFalse();
        bodies.giveBack(15_000);
        assertThat(bodies.inFlight()).isZero();
        assertThat(bodies.tryTake(1)).isTrue();
    }
}
