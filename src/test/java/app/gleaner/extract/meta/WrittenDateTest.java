package app.gleaner.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.gleaner.extract.meta.WrittenDate.DayOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 5, 2024                                  | en    | 2024-03-05",
        "By Ann Lee · Sept. 23 2022 · 4 min read         | en    | 2022-09-23",
        "5th of March, 2024                             | en-GB | 2024-03-05",
        "Mittwoch, 5. März 2024, 08:30 Uhr              | de    | 2024-03-05",
        "05.03.2024, 14:20 Uhr                          | en    | 2024-03-05",
        "Di., 05.03.24 - 14:45                          | de    | 2024-03-05",
        "Publié le 1er mars 2024 à 10h                  | fr    | 2024-03-01",
        "5 de marzo de 2024                             | es    | 2024-03-05",
        "quarta-feira, 14 de dezembro de 2011           | pt-BR | 2011-12-14",
        "12 settembre 2015 · 7 min                      | it    | 2015-09-12",
        "donderdag 23 oktober 2014, 11:08               | nl    | 2014-10-23",
        "17 lutego 2021, 08:15                          | pl    | 2021-02-17",
        "5 марта 2024 г.                                | ru    | 2024-03-05",
        "公開日：2012年4月7日                             | ja    | 2012-04-07",
        "2024년 3월 5일                                   | ko    | 2024-03-05",
        "2020-08-14 09:32:11 来源：江城晚报                | zh    | 2020-08-14",
        "Posted 4/9/2016 at 7:42 PM                     | en-US | 2016-04-09",
        "Posted 07/11/2018 at 16:20                     | en-GB | 2018-11-07",
        "09/08/2019 às 16h45                            | pt-BR | 2019-08-09",
        "Posted 3/25/2024                               | en    | 2024-03-25",
        "Mon Oct 11 14:57:21 CEST 2021                  | de    | 2021-10-11",
        "Fri Feb 18 10:27:24 2022                       |       | 2022-02-18",
        "updated 6 May 2024, published 5 May 2024       | en    | 2024-05-06"
    })
    void readsTheFirstDateAsWritten(String text, String language, String date) {
        assertEquals(date, WrittenDate.find(text, DayOrder.of(language)).date().toString(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Posted 4/9/2016",          // day and month either way, and the page's English names no region
        "5 March",                  // no year
        "March 2024",               // no day
        "31.02.2024",               // no such day
        "Born 12 May 1871",         // before the web
        "version 1.2.2024.5",       // part of a longer run of numbers
        "05/03/2567",               // a year of another calendar (Thailand's 2567 is 2024), or still to come
        "05.03.67",                 // 1967
        "Bruins (28-12-10)",        // a two-digit year only after a dot or a slash
        "3 out of 5 in 2024",       // a short form of a month in one language is a word in another
        "2 days ago"
    })
    void readsNoDateWhereTheNumbersAreNotOne(String text) {
        assertNull(WrittenDate.find(text, DayOrder.UNKNOWN), text);
    }
}
