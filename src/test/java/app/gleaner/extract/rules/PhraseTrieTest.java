package app.gleaner.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

    private final PhraseTrie trie = new PhraseTrie(List.of("sign in", "sign in or register", "cookie", "e-mail"));

    @Test
    void longestPhraseWinsAtAStart() {
        assertThat(trie.longestAt("sign in or register now", 0, false)).isEqualTo("sign in or register".length());
        assertThat(trie.longestAt("sign in or leave", 0, false)).isEqualTo("sign in".length());
    }

    @Test
    void phraseMustEndAtAWordBoundary() {
        assertThat(trie.longestAt("sign inside", 0, false)).isEqualTo(-1);
        assertThat(trie.longestAt("cookie.", 0, false)).isEqualTo("cookie".length());
        assertThat(trie.longestAt("e-mail2", 0, false)).isEqualTo(-1);
    }

    @Test
    void pluralIsTakenOnlyWhenAsked() {
        assertThat(trie.longestAt("cookies ok", 0, true)).isEqualTo("cookies".length());
        assertThat(trie.longestAt("cookies ok", 0, false)).isEqualTo(-1);
        assertThat(trie.longestAt("cookiesx", 0, true)).isEqualTo(-1);
    }

    @Test
    void wordStartsOnlyAfterANonLetter() {
        assertThat(PhraseTrie.wordStartsAt("resign in", 2)).isFalse();
        assertThat(PhraseTrie.wordStartsAt("re sign in", 3)).isTrue();
        assertThat(PhraseTrie.wordStartsAt("x", 0)).isTrue();
        assertThat(PhraseTrie.wordStartsAt("²sign", 1)).isFalse();
    }

    @Test
    void chineseAndJapanesePhrasesMatchInsideRunningTextButEndOnlyBeforeKanaOrPunctuation() {
        PhraseTrie cjk = new PhraseTrie(List.of("ログイン", "登录"));
        String japanese = "続きはログインしてお読みください";
        assertThat(PhraseTrie.wordStartsAt(japanese, 3)).isTrue();
        assertThat(cjk.longestAt(japanese, 3, false)).isEqualTo(3 + "ログイン".length());
        assertThat(cjk.longestAt("请先登录，再继续阅读", 2, false)).isEqualTo(4);
        assertThat(cjk.longestAt("无法登录账户", 2, false)).isEqualTo(-1); // 登录账户: the word goes on
        assertThat(cjk.longestAt("ログインアカウント", 0, false)).isEqualTo(-1);
        assertThat(trie.longestAt("sign in后", 0, false)).isEqualTo("sign in".length());
        assertThat(PhraseTrie.wordStartsAt("resign in", 2)).isFalse();
    }

    @Test
    void aStemMatchesWithTheEndingWrittenOntoItsLastWordAndKeepsOneKey() {
        PhraseTrie stems = new PhraseTrie(List.of("hirdetésblokkoló*", "로그인*", "reklam engelleyici*"));
        assertThat(stems.longestAt("hirdetésblokkolót használsz?", 0, false)).isEqualTo("hirdetésblokkolót".length());
        assertThat(stems.longestAt("로그인하시면 됩니다", 0, false)).isEqualTo("로그인하시면".length());
        assertThat(stems.longestAt("로그인", 0, false)).isEqualTo("로그인".length());
        assertThat(stems.longestMatchAt("reklam engelleyicinizi kapatın", 0, false))
                .isEqualTo(new PhraseTrie.Match("reklam engelleyici", "reklam engelleyicinizi".length()));
        assertThat(stems.longestAt("reklam engel", 0, false)).isEqualTo(-1);
        assertThat(trie.longestMatchAt("cookies ok", 0, true)).isEqualTo(new PhraseTrie.Match("cookies", 7));
    }
}
