package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePhrasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Mar 2022;Mar 2022",
        "JULY 2022 SEPT 2022;JULY 2022|SEPT 2022",
        "29 Oct 21;29 Oct 21",
        "Nov2022;Nov2022",
        "EVERY JANUARY;EVERY JANUARY",
        "Ост 2020;Ост 2020",
        "Nov – Feb 2000/1 Oct – Mar 2000/1;Nov – Feb 2000/1|Oct – Mar 2000/1",
        "1 April 2001 1 April 2001;1 April 2001|1 April 2001",
        "2001 - 2004;2001 - 2004",
        "November 2010 – March 2011;November 2010 – March 2011",
        "October/November 2010;October/November 2010",
        "Oct 21 Nov 21;Oct 21|Nov 21",
        "JULY 2022, SEPT 2022;JULY 2022|SEPT 2022",
        "Mar 2022 then termly;Mar 2022 then|termly",
        "EVERY JANUARY EVERY JULY;EVERY JANUARY|EVERY JULY",
        "June to Nov 2000;June to Nov 2000",
        "Ongoing;Ongoing",
    })
    void splitsACellIntoItsDates(String cell, String expected) {
        assertThat(DatePhrases.split(cell)).containsExactlyElementsOf(Arrays.asList(expected.split("\\|")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "End July 2010 Constitute Strategy Group;End July 2010;Constitute Strategy Group;false",
        "By end July 2010 constitute the groups;By end July 2010;constitute the groups;false",
        "November 2010 – March 2011: prepare proposals;November 2010 – March 2011;: prepare proposals;false",
        "November 2010 –;November 2010 –;'';true",
        "Early Sept 2010 Hold a meeting;Early Sept 2010;Hold a meeting;false",
        "April 2011, to Schools Funding Forum;April 2011;, to Schools Funding Forum;false",
        "September 2010 May consider;September 2010;May consider;false",
        "2010;2010;'';false",
        "End of July 2010 Review;End of July 2010;Review;false",
        "1 April 2001 Start;1 April 2001;Start;false",
    })
    void findsTheDateALineOpensWith(String line, String phrase, String rest, boolean dangling) {
        assertThat(DatePhrases.leading(line)).isEqualTo(new DatePhrases.Leading(phrase, rest, dangling));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16. The purpose of the new strategy", "2 years of protection", "By the end of term",
        "Constitute Strategy Group", "2. ACTION PLAN", ""})
    void findsNoDateWhereNoMonthOrYearOpensTheLine(String line) {
        assertThat(DatePhrases.leading(line)).isNull();
    }
}
