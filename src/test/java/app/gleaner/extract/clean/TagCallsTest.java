package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagCallsTest {

    private static final TagCalls CALLS = new TagCalls();

    @ParameterizedTest
    @ValueSource(strings = {
        "Baked it? Tag @nellskitchen on Instagram so I can see your loaf!",
        "Schon nachgekocht? Markiere @spaetzlebrett auf Instagram und zeig uns deine Spätzle!",
        "¿La preparaste? Etiquétame en Instagram como @sazon_norte y usa #sazonnorteno.",
        "L'hai preparata? Condividi la foto con #cucinaintasca e ti ripostiamo nelle storie.",
        "이 레시피로 요리하셨나요? 인스타그램에서 @hankki_table 을 태그해 주세요!",
        "Tried this recipe? Tell us how it went. Tag us at @plumandpine or leave a comment below."})
    void findsAQuestionToTheReaderAndThenAnAccountToTag(String call) {
        assertTrue(CALLS.in(call), call);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sieh dir diesen Beitrag auf Instagram an. Ein Beitrag geteilt von Mirja (@seiten.verkehrt)", // an embed
        "Anyone else watching the debate? #DemDebate", // a tweet asks and tags, but calls no one to tag
        "Did you try rebooting? @ada_roe had the same issue.",
        "Who's next? The #10 seed meets the champion on Sunday, and tickets are on sale.",
        "Who wins it? Share your pick for the #10 seed below.", // a seed's number is no hashtag
        "@BuildingTwenty: Both of us wrote the same critique, yet only one was piled on. Who'd have guessed?",
        "@ada_roe so I should ignore it and wait until it reconnects? Then try again?", // a forum's reply
        "“Is anyone else seeing this?” @janedoe wrote on Saturday.", // the question is quoted
        "Did you make this recipe? Leave a comment below.", // no account: the phrases' question, not this rule's
        "@ada_roe did that fix it? Ask @modteam if not.", // a reply opens with its account
        "Seen something? Write to tips@harbourtimes.example.", // an e-mail address is no account
        "What happened next surprised the whole town and its council, who had met on Friday? Ask @cityhall.",
        "Did it work? The council says the new ferry timetable, which @harbourferries posted on Monday, will hold "
                + "through the winter and be reviewed again in March."})
    void leavesAnEmbedAReplyAQuotationAndALongQuestion(String text) {
        assertFalse(CALLS.in(text), text);
    }
}
