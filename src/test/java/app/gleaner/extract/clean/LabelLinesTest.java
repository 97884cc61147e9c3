package app.gleaner.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.gleaner.extract.clean.LabelLines.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelLinesTest {

    private static final LabelLines LINES = new LabelLines();

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Ada Quimby", "(Image credit: River Trust)", "Foto: dpa", "Credit: Harbour Board",
        "Updated 9:41 AM, June 12", "PUBLISHED: 00:01, Tue, Nov 19", "Veröffentlicht am 3. Mai 2024",
        "Publié le 4 juin 2024 à 10h", "Actualizado 12/05/2024", "Pubblicato il 3 marzo 2024",
        "Erstellt am: 30.01.2022 18:36", "Geplaatst op 02-06-2009 om 14:12",
        "Crédits photos : Ada Roe", "Courtesy of the Harbour Trust", "Photo courtesy Ada Roe",
        "Updated: Monday 3 March 2025, 10:00.", "Aktualizacja (1 grudnia, 15.20):",
        "Published: 3 May 2024, 10:00. Updated: 5 May 2024, 09:12.", "Updated: 3 May 2024 by Ada Roe, Staff Writer.",
        "Posted: June 12, 2024. Updated: June 14, 2024 at 3 p.m.", "Publié : 3 mars 2025. Mis à jour : 4 mars 2025.",
        "Published 3 days ago by Ada Roe and Tom Vale.", "Updated on Mon 5 May 2024 10.00 BST.",
        "Published 3 May 2025 at 09:15 in Local Politics.", "Aktualisiert am 3. Mai 2025 in der Rubrik Wirtschaft.",
        "Atualizado em 3 de maio de 2025 às 17h30, horário de Brasília.", "Published 2 hours ago in World News.",
        "Aktualisiert: vor 3 Stunden.", "Updated 3 May 2025. Reading time: about four minutes.", "责任编辑：周闻",
        "責任編輯：林家豪"})
    void recognizesShortCreditAndDateLinesByTheirOpening(String line) {
        assertEquals(Label.OPENING, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photographers gathered at the gate before dawn.", "Updated guidance arrives next week.",
        "Published in 1998, the novel sold 3 million copies and was translated into forty languages within "
            + "a decade of its first print run.", "Images from the probe show a thin ring.", "",
        "Aktualizacja (1 grudnia, 15.20): Dodaliśmy stanowisko zarządu spółki w sprawie odpraw.",
        "Updated 3 May: Adds the minister's reply to the council.",
        "Aktualizacja, godz. 13:20: dodaliśmy komentarz burmistrza.",
        "Updated at 14:05 with a statement from the harbour board.",
        "Atualizado às 17h30 com a reação do ministério da Educação.",
        "Aggiornato alle 15:10 con la replica del sindaco di Verona."})
    void leavesProseThatMerelyStartsWithAPrefixWord(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Roe | Getty Images", "(Tom Vale / Associated Press)", "Ines Halm/dpa",
        "© 2024 The Harbour Gazette", "Copyright © Quay Media", "Copyright 2023 Tidewater News",
        "Alle Rechte vorbehalten.", "Tous droits réservés",
        "The contents of this site are ©2024 Quay Media Corp., a subsidiary of Harbour Holdings", "© Ada Roe", "Image 2 of 13", "Foto 3 von 8", "4 / 12",
        "Quelle: Ada Roe / Fotolia.com", "Ada Roe / Unsplash", "Mara Lind, AP", "(AP)", "Reading time: 4 min", "Tempo de leitura: 1 minuto",
        "版权所有 © 2025 北方科技报", "ⓒ 해솔일보 무단전재 및 재배포 금지", "Copyright 2025 Kita Shimbun 無断転載を禁じます"})
    void recognizesCreditsByTheirEndingCopyrightNoticesAndGalleryCounters(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"You are receiving this email because you signed up at harbournotes.example",
        "View this email in your browser", "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.",
        "Cet e-mail a été envoyé à lecteur@example.fr.", "Tämä sähköposti on lähetetty osoitteeseen a@example.fi",
        "Nezobrazuje se vám e-mail správně?", "Forward to a friend"})
    void recognizesTheLinesOfAnEmailsWebVersion(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Last month forty of you unsubscribed, and I wrote to every one of them.",
        "Reply to this email and tell me which ferry you missed.",
        "Why do readers unsubscribe? Mostly because a letter arrives when they have no time for it.",
        "If you buy through the co-operative, the ferry fare is a third lower, the council said."})
    void leavesALettersOwnWordsAboutItsReaders(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council met the reporters from Reuters", "The © sign was added to the harbour board's logo in 1990, and the board", "Copyright law changed in 2019, and "
        + "the harbour board's archive moved online.", "Chapter 2 of the plan", "2024 was a wet year", "",
        "A long caption that describes the harbour at dawn and the boats going out, by Getty Images",
        "© Ada Roe Gulls over the harbour wall at low tide, seen from the lighthouse gallery"})
    void leavesLinesThatOnlyLookLikeLabels(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"November 18, 2019", "Wednesday, 20 November 2019 08:05 GMT", "12.12.2022, 08:30 Uhr",
        "03.04.2020", "11 Jan 2019", "7. oktober 2020", "Nov 15, 2019 5:45 AM",
        "segunda-feira, 22 de janeiro de 2018 às 0:13", "Mittwoch, 3. Mai 2024", "2019-11-20 17:27",
        "2024年3月11日 19:20", "2025-06-09 13:42 发布", "2025년 6월 9일 오후 1:42", "입력 2025.06.09 13:42",
        "2025年6月9日（星期一）"})
    void recognizesLinesThatAreOnlyADateOrATime(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "2024", "of 8", "At 10 the gates open", "May 2024 bring rain to the valley",
        "Jeongdong Hall, 2018.04.05", "4:14 p.m.", "10 p.m.", "On March 3 the harbour board voted to close the pier",
        "2025年の売上は3月に発表", "第3日目", "4月から", "最終更新 16:40", "2019年", "2020년"})
    void leavesLinesWithMoreThanADate(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Ada Roe", "By ADA ROE AND TOM VALE", "by Tom Vale — November 18, 2019",
        "By Ines Halm - 11/18/19 11:04 PM EST", "Von: Jan Berg", "Par Léa Martin, 3 mai 2024", "By Anna van Dijk,",
        "Por María de la Fuente"})
    void recognizesBylines(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the numbers", "By Tuesday, the harbour will reopen", "Bylines matter",
        "By Ada Roe, who spent a year on the boats", "Von der Quelle bis zur Mündung", "By 2030"})
    void leavesLinesThatOnlyOpenLikeAByline(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"If you buy through links on this page, we may earn a small commission.",
        "*Anzeige: Dieser Beitrag enthält Affiliate-Links.", "Cet article contient des liens affiliés.",
        "The views of guest writers do not necessarily reflect those of the Harbour Times.",
        "Dieser Gastbeitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.",
        "The Quay Review is paid for by its readers: if you buy through a shop link here we may get a small cut.",
        "Primim un mic comision când cumperi prin linkurile din această pagină.",
        "A Revista do Cais pode receber uma comissão pelas compras feitas através dos links desta página.",
        "Este guia contém links de afiliado: quem compra por eles apoia a revista.",
        "이 글은 제휴 마케팅 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
        "当ブログはアフィリエイト広告を利用しています。"})
    void recognizesAffiliateDisclosuresAndEditorialDisclaimers(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"This article is not financial advice. Do your own research before you trade.",
        "Les cours affichés sont des données différées d'au moins quinze minutes.",
        "Die Inhalte stellen keine Anlageberatung dar und ersetzen keine Aufforderung zum Kauf.",
        "O texto do portal não substitui a consulta com um profissional de saúde.",
        "Informacje w serwisie nie zastępują konsultacji z lekarzem.",
        "Sitedeki yorumlar yatırım danışmanlığı kapsamında değildir.",
        "以上内容仅供参考，不构成投资建议。",
        "当ページの情報は投資勧誘を目的としたものではありません。"})
    void recognizesDisclaimersOfAdviceAsSmallPrintSetApart(String line) {
        assertEquals(Label.SET_APART, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Past performance is no guarantee of future returns, so spread your savings.",
        "The regulator said the data delayed by the strike would be published on Monday next week."})
    void leavesAnExplainersOwnWordsOfCaution(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Die Bank verlangt eine Provision von zwei Prozent.",
        "The agency will receive a report from the commission next week.",
        "A comissão de inquérito ouviu o ministro sobre as compras de vacinas.",
        "La carte ne prélève aucune commission sur les achats à l'étranger.",
        "La tarjeta no cobra comisión por compras en el extranjero.",
        "O cartão não cobra comissão por compras no exterior."})
    void leavesProseThatMentionsCommissions(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Autoren: Jan Berg, Eva Lind", "Aufrufe: 1.204", "Category : Harbour news", "Von:",
        "Publikacja: 3.04.2024"})
    void recognizesMetadataLines(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comments from readers poured in: 300 in one day.",
        "Views: the harbour from the lighthouse at dawn, in winter, with the boats out and the gulls following"})
    void leavesLinesThatOnlyOpenWithAFieldName(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aufrufe: 88 | Hinzugefügt von: Mika | Tags: Hafen, Fähre | Bewertung: 4.5/5",
        "Verfasst von: hafenkind | 3. Mai 2021", "Views: 1,204 · Filed under: Ferries"})
    void recognizesRowsOfMetadataFields(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe · Feb 27, 2025 · 5 min read", "January 9, 2024 · 12 minute read",
        "Von Jana Berg · 27.02.2025 · 6 Min. Lesezeit", "18 de abril de 2024 · 6 minutos de lectura",
        "By Sam Okafor · 3 May 2025 · 6 min"})
    void readsAReadingTimeAsAFieldOfARow(String line) {
        assertEquals(Label.WHOLE_LINE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 min read", "Prep 5 min · Cook 10 min · 2 servings",
        "It takes 5 min to read the manual · and longer to follow it", "14 March · 98 min",
        "Saturday 14 June · 90 min · Price: £45", "Samedi 14 juin · lecture 45 min"})
    void leavesAReadingTimeWithoutADateOrAFieldAndALengthBesideADateAlone(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Berlin | Hamburg", "Harbour: the old pier | Town: the new square",
        "Ferries return: two late sailings a week from April, the operator said on Monday | Harbour news"})
    void leavesBarredLinesWithoutAKnownFieldOrDate(String line) {
        assertEquals(Label.NONE, LINES.classify(line), line);
    }

    @Test
    void readsPubliziertAsADateline() {
        assertEquals(Label.OPENING, LINES.classify("Publiziert: 03.04.2020, 12:35"));
    }
}
