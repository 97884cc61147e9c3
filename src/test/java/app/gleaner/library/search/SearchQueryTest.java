package app.gleaner.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void lastTermIsAPrefixWhileStillBeingTyped() {
        SearchQuery query = SearchQuery.parse("old lighth");
        assertThat(query.terms()).containsExactly("old", "lighth");
        assertThat(query.lastIsPrefix()).isTrue();
        assertThat(query.matches("lighthouse")).isTrue();
        assertThat(query.matches("older")).isFalse();
    }

    @Test
    void trailingSpaceOrShortTermMeansExactMatch() {
        assertThat(SearchQuery.parse("lighth ").lastIsPrefix()).isFalse();
        assertThat(SearchQuery.parse("ox").lastIsPrefix()).isFalse();
    }

    @Test
    void dropsDuplicateTermsAndCapsTheirNumber() {
        assertThat(SearchQuery.parse("Quay quay QUAY").terms()).containsExactly("quay");
        assertThat(SearchQuery.parse("a b c d e f g h i j k l m n o p").terms()).hasSize(SearchQuery.MAX_TERMS);
    }

    @Test
    void punctuationOnlyIsEmpty() {
        assertThat(SearchQuery.parse("?!").isEmpty()).isTrue();
    }
}
