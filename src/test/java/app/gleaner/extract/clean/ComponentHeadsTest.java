package app.gleaner.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentHeadsTest {

    private static final ComponentHeads HEADS = new ComponentHeads(2);

    @Test
    void readsTheLastWordsOfACssModulesComponentName() {
        assertThat(HEADS.of("ArchivePromo_container__9dLqe", "")).containsExactly("promo", "archive-promo");
        assertThat(HEADS.of("AudioUpsell-module__wrapper___3kP1x x", "")).containsExactly("upsell", "audio-upsell");
        assertThat(HEADS.of("MostReadStoriesList_box", "")).containsExactly("list", "stories-list");
    }

    @Test
    void readsAFrameworksComponentNameAsWritten() {
        assertThat(HEADS.of(" ", "ReadingQuest")).containsExactly("quest", "reading-quest");
    }

    @Test
    void readsNoHashOrBareClassOrSingleWord() {
        assertThat(HEADS.of("sc-bdnxRM kmXpAd BuvAd", "")).isEmpty();
        assertThat(HEADS.of("FRoAd_x Body_list__kXpAd promo_box", "")).isEmpty();
        assertThat(HEADS.of("aB".repeat(50_000) + "_x", "")).isEmpty();
    }
}
