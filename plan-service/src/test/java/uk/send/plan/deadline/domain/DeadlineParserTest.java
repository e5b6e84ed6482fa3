package uk.send.plan.deadline.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.send.plan.deadline.domain.DeadlineParser.ParseResult;
import uk.send.plan.deadline.domain.DueDate.InMonth;
import uk.send.plan.deadline.domain.DueDate.OnDay;
import uk.send.plan.deadline.domain.DueDate.Recurring;
import uk.send.plan.deadline.domain.DueDate.Window;
import uk.send.plan.text.Homoglyphs;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DeadlineParserTest {

    /** The recovery plan was written in November 2021: two-digit years up to 41 are 20yy. */
    private static final LocalDate REFERENCE = LocalDate.of(2021, 11, 15);

    private final DeadlineParser parser = new DeadlineParser();

    private ParseResult parse(String cell) {
        return parser.parse(cell, REFERENCE);
    }

    /** The one deadline {@code cell} holds, checking nothing else was in it. */
    private DueDate only(String cell) {
        ParseResult result = parse(cell);
        assertThat(result.problems()).as("problems reading '%s'", cell).isEmpty();
        assertThat(result.dates()).as("dates read from '%s'", cell).hasSize(1);
        return result.dates().get(0);
    }

    private static Window window(String text, String start, String end) {
        return new Window(LocalDate.parse(start), LocalDate.parse(end), text);
    }

    @Nested
    class DayForms {

        @ParameterizedTest(name = "''{0}'' is due {1}")
        @CsvSource(delimiter = '|', value = {
            "29 Oct 21          | 2021-10-29",
            "29 October 2021    | 2021-10-29",
            "1st April 2001     | 2001-04-01",
            "2nd May 2022       | 2022-05-02",
            "3rd June 2022      | 2022-06-03",
            "21ST JULY 2022     | 2022-07-21",
            "1st of April 2001  | 2001-04-01",
            "11/07/2012         | 2012-07-11",
            "1/4/2001           | 2001-04-01",
            "11.07.2012         | 2012-07-11",
            "11-07-2012         | 2012-07-11",
            "11/07/12           | 2012-07-11",
            "2021-10-29         | 2021-10-29",
            "29Oct21            | 2021-10-29",
            "Nov 22, 2022       | 2022-11-22",
            "March 1st 2022     | 2022-03-01",
            "29 Oct, 2021       | 2021-10-29",
            "by 31 March 2022   | 2022-03-31",
            "31 Dec 2021.       | 2021-12-31"
        })
        void shouldReadADay(String cell, LocalDate expected) {
            DueDate due = only(cell);

            assertThat(due).isInstanceOf(OnDay.class);
            assertThat(((OnDay) due).date()).isEqualTo(expected);
        }

        @Test
        void shouldKeepTheTextAsWritten() {
            assertThat(only("29 Oct 21")).isEqualTo(new OnDay(LocalDate.of(2021, 10, 29), "29 Oct 21"));
            assertThat(only("By 1st April 2001.")).isEqualTo(new OnDay(LocalDate.of(2001, 4, 1), "1st April 2001"));
        }

        @Test
        void shouldReadALeapDayOnlyInALeapYear() {
            assertThat(only("29 Feb 2024")).isEqualTo(new OnDay(LocalDate.of(2024, 2, 29), "29 Feb 2024"));
            assertThat(only("29/02/2028")).isEqualTo(new OnDay(LocalDate.of(2028, 2, 29), "29/02/2028"));

            assertThat(parse("29 Feb 2023").problems()).containsExactly("'29 Feb 2023' is not a real date");
            assertThat(parse("29/02/2100").problems()).containsExactly("'29/02/2100' is not a real date");
        }

        @Test
        void shouldRefuseDaysThatDoNotExist() {
            assertThat(parse("31 April 2022").problems()).containsExactly("'31 April 2022' is not a real date");
            assertThat(parse("30/02/2021").problems()).containsExactly("'30/02/2021' is not a real date");
            assertThat(parse("2021-02-30").problems()).containsExactly("'2021-02-30' is not a real date");
            assertThat(parse("31 April 2022").dates()).isEmpty();
        }

        @Test
        void shouldReportADayNumberTheMonthCannotHaveRatherThanReadTheMonth() {
            assertThat(parse("32 Jan 2022").problems()).containsExactly("'32 Jan 2022' is not a real date");
            assertThat(parse("0 Jan 2022").problems()).containsExactly("'0 Jan 2022' is not a real date");
            assertThat(parse("32 Jan 2022").dates()).isEmpty();
        }

        @Test
        void shouldSayDatesAreReadDayFirstWhenAMonthIsOverTwelve() {
            ParseResult result = parse("07/13/2012");

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).containsExactly("'07/13/2012' is not a real date (dates are read day/month/year)");
        }

        @Test
        void shouldReadANumericMonthAndYear() {
            assertThat(only("10/2022")).isEqualTo(new InMonth(YearMonth.of(2022, 10), "10/2022"));
        }
    }

    @Nested
    class MonthForms {

        @ParameterizedTest(name = "''{0}'' is {1}")
        @CsvSource(delimiter = '|', value = {
            "Mar 2022        | 2022-03",
            "SEPT 2022       | 2022-09",
            "Sept 2003       | 2003-09",
            "Sep 2003        | 2003-09",
            "Nov2022         | 2022-11",
            "NOV 22          | 2022-11",
            "September 2010  | 2010-09",
            "June 2022       | 2022-06",
            "Jun 2022        | 2022-06",
            "July 2011       | 2011-07",
            "Jul 2011        | 2011-07",
            "jan 2023        | 2023-01",
            "Febuary 2023    | 2023-02",
            "Sept. 2003      | 2003-09",
            "By July 2011    | 2011-07",
            "End July 2010   | 2010-07",
            "by end July 2010 | 2010-07",
            "by the end of July 2010 | 2010-07",
            "Late March 2022 | 2022-03",
            "End-March 2022  | 2022-03",
            "December 2010:  | 2010-12"
        })
        void shouldReadAMonth(String cell, YearMonth expected) {
            DueDate due = only(cell);

            assertThat(due).isInstanceOf(InMonth.class);
            assertThat(((InMonth) due).month()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "''{0}'' is due {1}")
        @CsvSource(delimiter = '|', value = {
            "Early Sept 2010         | 2010-09-10",
            "By early September 2010 | 2010-09-10",
            "Mid March 2022          | 2022-03-15",
            "mid-March 2022          | 2022-03-15",
            "Middle of May 2022      | 2022-05-15",
            "Start of April 2022     | 2022-04-01",
            "Beginning of June 2022  | 2022-06-01"
        })
        void shouldReadEarlyMidAndStartAsADay(String cell, LocalDate expected) {
            DueDate due = only(cell);

            assertThat(due).isInstanceOf(OnDay.class);
            assertThat(((OnDay) due).date()).isEqualTo(expected);
        }

        @Test
        void shouldKeepTheQualifierInTheText() {
            assertThat(only("End July 2010")).isEqualTo(new InMonth(YearMonth.of(2010, 7), "End July 2010"));
            assertThat(only("Early Sept 2010")).isEqualTo(new OnDay(LocalDate.of(2010, 9, 10), "Early Sept 2010"));
        }

        @ParameterizedTest(name = "''{0}'' is due {1}")
        @CsvSource(delimiter = '|', value = {
            "Feb 2024          | 2024-02-29",
            "February 2028     | 2028-02-29",
            "End February 2028 | 2028-02-29",
            "Feb 2000          | 2000-02-29",
            "Feb 2023          | 2023-02-28",
            "Feb 2100          | 2100-02-28",
            "Late Feb 2026     | 2026-02-28",
            "Apr 2022          | 2022-04-30",
            "Dec 2022          | 2022-12-31",
            "End December 2010 | 2010-12-31"
        })
        void shouldFallDueAtTheMonthsEnd(String cell, LocalDate expected) {
            assertThat(only(cell).dueAsOf(REFERENCE)).isEqualTo(expected);
        }

        @Test
        void shouldReadEndOfAYearAsDecember() {
            assertThat(only("End 2022")).isEqualTo(new InMonth(YearMonth.of(2022, 12), "End 2022"));
            assertThat(only("by end of 2022").dueAsOf(REFERENCE)).isEqualTo(LocalDate.of(2022, 12, 31));
        }
    }

    @Nested
    class CyrillicLookalikes {

        @Test
        void shouldReadACyrillicMonthButKeepTheTextAsWritten() {
            String cyrillicOct = "\u041E\u0441\u0442 2020";

            assertThat(only(cyrillicOct)).isEqualTo(new InMonth(YearMonth.of(2020, 10), cyrillicOct));
            assertThat(Homoglyphs.containsLookalikes(only(cyrillicOct).text())).isTrue();
        }

        @Test
        void shouldReadCyrillicLettersInsideAnOtherwiseLatinCell() {
            assertThat(only("S\u0415PT 2022")).isEqualTo(new InMonth(YearMonth.of(2022, 9), "S\u0415PT 2022"));
            assertThat(only("\u0415V\u0415RY J\u0410NU\u0410RY")).isEqualTo(new Recurring(Month.JANUARY, null, "\u0415V\u0415RY J\u0410NU\u0410RY"));
            assertThat(only("29 \u041E\u0441t 21")).isEqualTo(new OnDay(LocalDate.of(2021, 10, 29), "29 \u041E\u0441t 21"));
        }

        @Test
        void shouldReadGreekCapitalsToo() {
            assertThat(only("N\u039FV 2022").dueAsOf(REFERENCE)).isEqualTo(LocalDate.of(2022, 11, 30));
        }

        @Test
        void shouldReadTypographicDashesAndNonBreakingSpaces() {
            // The dash stays as written; the non-breaking spaces are layout and read as spaces.
            assertThat(only("June\u00A0\u2014\u00A0Nov\u00A02000")).isEqualTo(window("June \u2014 Nov 2000", "2000-06-01", "2000-11-30"));
            assertThat(only("Jan \u2212 June 2001")).isEqualTo(window("Jan \u2212 June 2001", "2001-01-01", "2001-06-30"));
        }
    }

    @Nested
    class TwoDigitYears {

        @ParameterizedTest(name = "''{0}'' read in {1} is {2}")
        @CsvSource(delimiter = '|', value = {
            "Oct 21 | 2021-11-15 | 2021-10",
            "Oct 41 | 2021-11-15 | 2041-10",
            "Oct 42 | 2021-11-15 | 1942-10",
            "Oct 00 | 2021-11-15 | 2000-10",
            "Oct 99 | 2021-11-15 | 1999-10",
            "Oct 20 | 2000-06-01 | 2020-10",
            "Oct 21 | 2000-06-01 | 1921-10",
            "Oct 99 | 2085-01-01 | 2099-10",
            "Oct 45 | 2025-12-31 | 2045-10",
            "Oct 46 | 2025-12-31 | 1946-10"
        })
        void shouldPivotTwentyYearsPastTheReference(String cell, LocalDate reference, YearMonth expected) {
            ParseResult result = parser.parse(cell, reference);

            assertThat(result.problems()).isEmpty();
            assertThat(result.dates()).containsExactly(new InMonth(expected, cell));
        }

        @Test
        void shouldPivotDayFormsAndNumericDatesTheSameWay() {
            assertThat(parser.parse("29 Oct 41", REFERENCE).dates().get(0).dueAsOf(REFERENCE)).isEqualTo(LocalDate.of(2041, 10, 29));
            assertThat(parser.parse("29 Oct 42", REFERENCE).dates().get(0).dueAsOf(REFERENCE)).isEqualTo(LocalDate.of(1942, 10, 29));
            assertThat(parser.parse("01/04/42", REFERENCE).dates().get(0).dueAsOf(REFERENCE)).isEqualTo(LocalDate.of(1942, 4, 1));
        }
    }

    @Nested
    class Windows {

        @ParameterizedTest(name = "''{0}'' runs {1} to {2}")
        @CsvSource(delimiter = '|', value = {
            "June – Nov 2000             | 2000-06-01 | 2000-11-30",
            "Jan - June 2001             | 2001-01-01 | 2001-06-30",
            "Jan to June 2001            | 2001-01-01 | 2001-06-30",
            "Jan until June 2001         | 2001-01-01 | 2001-06-30",
            "Nov – Feb 2000/1            | 2000-11-01 | 2001-02-28",
            "Oct – Mar 2002/3            | 2002-10-01 | 2003-03-31",
            "Oct – Mar 2002/03           | 2002-10-01 | 2003-03-31",
            "Oct – Mar 2002/2003         | 2002-10-01 | 2003-03-31",
            "Sept – July 2009/10         | 2009-09-01 | 2010-07-31",
            "Nov – Feb 2023/4            | 2023-11-01 | 2024-02-29",
            "Sept – Dec 2000/1           | 2000-09-01 | 2000-12-31",
            "November 2010 – March 2011  | 2010-11-01 | 2011-03-31",
            "Mar 2022 - Apr 2022         | 2022-03-01 | 2022-04-30",
            "October/November 2010       | 2010-10-01 | 2010-11-30",
            "Oct/Nov 2010                | 2010-10-01 | 2010-11-30",
            "2001 - 2004                 | 2001-01-01 | 2004-12-31",
            "2001-2004                   | 2001-01-01 | 2004-12-31",
            "Nov – Feb 2001              | 2000-11-01 | 2001-02-28",
            "March 2010 - June           | 2010-03-01 | 2010-06-30",
            "Nov 2010 - Feb              | 2010-11-01 | 2011-02-28",
            "1 - 15 April 2021           | 2021-04-01 | 2021-04-15",
            "1 March - 15 April 2021     | 2021-03-01 | 2021-04-15",
            "Early Sept - Nov 2010       | 2010-09-10 | 2010-11-30",
            "Sept 2022 - 2023            | 2022-09-01 | 2023-12-31",
            "Sept – Sept 2000/1          | 2000-09-01 | 2001-09-30",
            "Mar – Mar 2022              | 2021-03-01 | 2022-03-31",
            "Mar 2021 – Mar              | 2021-03-01 | 2022-03-31",
            "1 March - 15 March 2021     | 2021-03-01 | 2021-03-15",
            "15 March - 1 March 2021     | 2020-03-15 | 2021-03-01",
            "1 March - 1 March 2021      | 2021-03-01 | 2021-03-01",
            "Early Sept - Mid Sept 2010  | 2010-09-10 | 2010-09-15",
            "Mid Sept - Early Sept 2010  | 2009-09-15 | 2010-09-10",
            "Early Sept - End Sept 2010/11 | 2010-09-10 | 2010-09-30"
        })
        void shouldReadAWindowDueAtItsEnd(String cell, LocalDate start, LocalDate end) {
            DueDate due = only(cell);

            assertThat(due).isEqualTo(new Window(start, end, cell));
            assertThat(due.dueAsOf(REFERENCE)).isEqualTo(end);
        }

        @Test
        void shouldReadTwoWindowsInOneCell() {
            ParseResult result = parse("Nov – Feb 2000/1 Oct – Mar 2000/1");

            assertThat(result.problems()).isEmpty();
            assertThat(result.dates()).containsExactly(
                    window("Nov – Feb 2000/1", "2000-11-01", "2001-02-28"),
                    window("Oct – Mar 2000/1", "2000-10-01", "2001-03-31"));
        }

        @Test
        void shouldLeaveLeadingWordsOutOfTheText() {
            assertThat(only("from Jan to June 2001")).isEqualTo(window("Jan to June 2001", "2001-01-01", "2001-06-30"));
        }

        @Test
        void shouldReadAWindowWrappedOverTwoLines() {
            assertThat(only("October/November\n2010")).isEqualTo(window("October/November 2010", "2010-10-01", "2010-11-30"));
            assertThat(only("November 2010 –\nMarch 2011")).isEqualTo(window("November 2010 – March 2011", "2010-11-01", "2011-03-31"));
        }

        @Test
        void shouldReportAWindowThatEndsBeforeItStarts() {
            ParseResult result = parse("March 2022 – January 2022");

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).containsExactly("'March 2022 – January 2022' ends before it starts");
        }

        @Test
        void shouldReportAWindowWithoutAYear() {
            assertThat(parse("June - Nov").problems()).containsExactly("no year in 'June - Nov'");
        }

        @Test
        void shouldReportYearPairsThatAreNotConsecutive() {
            assertThat(parse("Nov - Feb 2000/3").problems()).containsExactly("could not tell which years 'Nov - Feb 2000/3' spans");
        }

        @Test
        void shouldReadAMonthSlashYearAsTheMonthNotAWindow() {
            assertThat(only("October/2010")).isEqualTo(new InMonth(YearMonth.of(2010, 10), "October/2010"));
        }
    }

    @Nested
    class SeveralInOneCell {

        @Test
        void shouldReadTwoMonths() {
            ParseResult result = parse("JULY 2022 SEPT 2022");

            assertThat(result.problems()).isEmpty();
            assertThat(result.dates()).containsExactly(
                    new InMonth(YearMonth.of(2022, 7), "JULY 2022"),
                    new InMonth(YearMonth.of(2022, 9), "SEPT 2022"));
        }

        @Test
        void shouldReadTwoDays() {
            ParseResult result = parse("1 April 2001 1 April 2001");

            assertThat(result.problems()).isEmpty();
            assertThat(result.dates()).containsExactly(
                    new OnDay(LocalDate.of(2001, 4, 1), "1 April 2001"),
                    new OnDay(LocalDate.of(2001, 4, 1), "1 April 2001"));
        }

        @Test
        void shouldReadDatesWrappedOverLines() {
            ParseResult result = parse("JULY 2022\nSEPT 2022");

            assertThat(result.dates()).extracting(d -> d.dueAsOf(REFERENCE))
                    .containsExactly(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 9, 30));
        }

        @Test
        void shouldReadAListWithTheYearWrittenOnce() {
            ParseResult result = parse("June and July 2022");

            assertThat(result.problems()).isEmpty();
            assertThat(result.dates()).containsExactly(
                    new InMonth(YearMonth.of(2022, 6), "June"),
                    new InMonth(YearMonth.of(2022, 7), "July 2022"));
        }

        @Test
        void shouldPutTheEarlierListedMonthInTheYearBeforeWhenItComesLaterInTheYear() {
            assertThat(parse("Dec and Jan 2022").dates()).containsExactly(
                    new InMonth(YearMonth.of(2021, 12), "Dec"),
                    new InMonth(YearMonth.of(2022, 1), "Jan 2022"));
            assertThat(parse("Jan and Jan 2022").dates()).extracting(d -> d.dueAsOf(REFERENCE))
                    .containsExactly(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 1, 31));
        }

        @Test
        void shouldReadAListSeparatedByCommasAndAmpersands() {
            ParseResult result = parse("Mar 2022, Jun 2022 & 29 Oct 22");

            assertThat(result.problems()).isEmpty();
            assertThat(result.dates()).extracting(d -> d.dueAsOf(REFERENCE))
                    .containsExactly(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 10, 29));
        }

        @Test
        void shouldReadAWindowAndADayTogether() {
            ParseResult result = parse("June – Nov 2000 1 April 2001");

            assertThat(result.dates()).containsExactly(
                    window("June – Nov 2000", "2000-06-01", "2000-11-30"),
                    new OnDay(LocalDate.of(2001, 4, 1), "1 April 2001"));
        }
    }

    @Nested
    class RecurringForms {

        @ParameterizedTest(name = "''{0}''")
        @CsvSource(delimiter = '|', value = {
            "EVERY JANUARY          | JANUARY",
            "every January          | JANUARY",
            "Annually in January    | JANUARY",
            "each September         | SEPTEMBER",
            "every year in January  | JANUARY",
            "yearly in March        | MARCH",
            "January each year      | JANUARY",
            "January annually       | JANUARY",
            "End of January annually | JANUARY"
        })
        void shouldReadAMonthThatRecurs(String cell, Month month) {
            assertThat(only(cell)).isEqualTo(new Recurring(month, null, cell));
        }

        @Test
        void shouldReadARecurringDay() {
            assertThat(only("every 15 February")).isEqualTo(new Recurring(Month.FEBRUARY, 15, "every 15 February"));
            assertThat(only("every January 15")).isEqualTo(new Recurring(Month.JANUARY, 15, "every January 15"));
            assertThat(only("annually on 31st March")).isEqualTo(new Recurring(Month.MARCH, 31, "annually on 31st March"));
            assertThat(only("every 29 February")).isEqualTo(new Recurring(Month.FEBRUARY, 29, "every 29 February"));
            assertThat(only("mid-January each year")).isEqualTo(new Recurring(Month.JANUARY, 15, "mid-January each year"));
        }

        @Test
        void shouldFallDueAtTheNextOccurrence() {
            DueDate everyJanuary = only("EVERY JANUARY");

            assertThat(everyJanuary.dueAsOf(REFERENCE)).isEqualTo(LocalDate.of(2022, 1, 31));
        }

        @Test
        void shouldReportARecurringDayThatNeverComes() {
            ParseResult result = parse("every 30 February");

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).containsExactly("'every 30 February' is not a real date");
        }

        @Test
        void shouldNotTreatADatedMonthAsRecurring() {
            ParseResult result = parse("every January 2023");

            assertThat(result.dates()).containsExactly(new InMonth(YearMonth.of(2023, 1), "January 2023"));
            assertThat(result.problems()).containsExactly("could not read 'every' as a date");
        }

        @Test
        void shouldReportRecurrenceWithoutAMonth() {
            assertThat(parse("every term").problems()).containsExactly("could not read 'every term' as a date");
            assertThat(parse("annually").problems()).containsExactly("could not read 'annually' as a date");
        }
    }

    @Nested
    class Problems {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t", "\u00A0", "-", "–", "•"})
        void shouldReadNothingAndComplainOfNothingInAnEmptyCell(String cell) {
            ParseResult result = parse(cell);

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).isEmpty();
            assertThat(result.hasProblems()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"TBC", "ongoing", "Ongoing", "n/a", "to be confirmed", "termly", "ASAP", "£6,000", "end"})
        void shouldNameAFragmentItCannotRead(String cell) {
            ParseResult result = parse(cell);

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).containsExactly("could not read '" + cell + "' as a date");
            assertThat(result.hasProblems()).isTrue();
        }

        @Test
        void shouldNotTakeABareYearForADeadline() {
            ParseResult result = parse("2022");

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).singleElement().asString().contains("only a year").contains("'2022'");
        }

        @Test
        void shouldNotTakeAVagueYearForADeadline() {
            assertThat(parse("Mid 2022").problems()).singleElement().asString().contains("only a year").contains("'Mid 2022'");
        }

        @Test
        void shouldReadAnUnknownWordBeforeAYearAsOnePhrase() {
            assertThat(parse("Spring 2022").problems()).containsExactly("could not read 'Spring 2022' as a date");
            assertThat(parse("Q3 2022").problems()).containsExactly("could not read 'Q3 2022' as a date");
        }

        @Test
        void shouldNotLetStrayDashesSwallowABareYear() {
            assertThat(parse("- 2022").problems()).singleElement().asString().contains("only a year in '2022'");
        }

        @Test
        void shouldReportAMonthWithoutAYear() {
            ParseResult result = parse("July");

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).containsExactly("no year in 'July'");
        }

        @Test
        void shouldNotGuessWhichYearOfAnAcademicYearAMonthIsIn() {
            assertThat(parse("Sept 2000/1").problems()).containsExactly("could not tell which year of 'Sept 2000/1' is meant");
            assertThat(parse("2000/1").problems()).containsExactly("'2000/1' is only a span of years; say which months");
        }

        @Test
        void shouldKeepTheDatesItCouldReadAlongsideTheProblems() {
            ParseResult result = parse("Mar 2022 ongoing Apr 2022 TBC");

            assertThat(result.dates()).containsExactly(
                    new InMonth(YearMonth.of(2022, 3), "Mar 2022"),
                    new InMonth(YearMonth.of(2022, 4), "Apr 2022"));
            assertThat(result.problems()).containsExactly(
                    "could not read 'ongoing' as a date",
                    "could not read 'TBC' as a date");
        }

        @Test
        void shouldReportSeparatedFragmentsSeparately() {
            assertThat(parse("TBC, ongoing").problems()).containsExactly(
                    "could not read 'TBC' as a date", "could not read 'ongoing' as a date");
        }

        @Test
        void shouldNotMistakeANumberForADay() {
            ParseResult result = parse("3 weeks");

            assertThat(result.dates()).isEmpty();
            assertThat(result.problems()).containsExactly("could not read '3 weeks' as a date");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "99/99/9999", "0 Jan 2022", "32 Jan 2022", "every", "every 31 February", "2000/", "/", "----", "1st", "Mid",
            "End of year", "Nov –", "– Feb 2000/1", "2000/1 - 2003/4", "Sept 2000/1 - Oct", "13/2022", "2022-13-01",
            "0000-00-00", "9999/9", "Jan 1900 - Dec 2199", "12345678901234567890", "\u0000", "\uD83D\uDCC5 Mar 2022",
            "İstanbul 2022", "31st", "Mar Mar Mar", "- - 2022 - -", "every year", "1 -", "1 - 2022", "Oct 42 - Mar 41"
        })
        void shouldNeverThrow(String cell) {
            assertThatCode(() -> parse(cell)).doesNotThrowAnyException();
        }

        @Test
        void shouldNeverThrowOnRandomCells() {
            Random random = new Random(20211115);
            String[] pieces = {"1", "29", "2000", "2000/1", "/", "-", "–", " ", "Nov", "Feb", "Sept", "every", "End", "Early",
                "and", ",", "TBC", "31", "02", "12", "\u041E\u0441\u0442", "st", ".", "year", "to", "annually"};
            for (int n = 0; n < 5_000; n++) {
                StringBuilder cell = new StringBuilder();
                int length = random.nextInt(8);
                for (int p = 0; p < length; p++) {
                    cell.append(pieces[random.nextInt(pieces.length)]);
                    if (random.nextBoolean()) {
                        cell.append(' ');
                    }
                }
                String text = cell.toString();
                assertThatCode(() -> parse(text)).as(text).doesNotThrowAnyException();
            }
        }
    }

    /** Every deadline written in seed 000, a county's SEN work programme of 2000. */
    @Nested
    class CountyWorkProgramme {

        @ParameterizedTest(name = "planning window ''{0}''")
        @CsvSource(delimiter = '|', value = {
            "June – Nov 2000   | 2000-06-01 | 2000-11-30",
            "June – Dec 2000   | 2000-06-01 | 2000-12-31",
            "Oct – Feb 2000/1  | 2000-10-01 | 2001-02-28",
            "Jan – June 2001   | 2001-01-01 | 2001-06-30",
            "Jan - June 2001   | 2001-01-01 | 2001-06-30",
            "June – Nov 2001   | 2001-06-01 | 2001-11-30",
            "Nov – June 2001/2 | 2001-11-01 | 2002-06-30",
            "Jan – Oct 2002    | 2002-01-01 | 2002-10-31",
            "Oct – Mar 2002/3  | 2002-10-01 | 2003-03-31",
            "2001 - 2004       | 2001-01-01 | 2004-12-31"
        })
        void shouldReadEachPlanningWindow(String cell, LocalDate start, LocalDate end) {
            assertThat(only(cell)).isEqualTo(new Window(start, end, cell));
        }

        @Test
        void shouldReadTheCellWithTwoWindows() {
            assertThat(parse("Nov – Feb 2000/1 Oct – Mar 2000/1").dates()).containsExactly(
                    window("Nov – Feb 2000/1", "2000-11-01", "2001-02-28"),
                    window("Oct – Mar 2000/1", "2000-10-01", "2001-03-31"));
        }

        @ParameterizedTest(name = "implementation ''{0}''")
        @CsvSource(delimiter = '|', value = {
            "1 April 2001 | 2001-04-01",
            "1 April 2002 | 2002-04-01",
            "1 Sept 2002  | 2002-09-01",
            "1 Sept 2001  | 2001-09-01",
            "1 April 2003 | 2003-04-01"
        })
        void shouldReadEachImplementationDay(String cell, LocalDate expected) {
            assertThat(only(cell)).isEqualTo(new OnDay(expected, cell));
        }

        @Test
        void shouldReadTheOtherImplementationCells() {
            assertThat(only("Sept 2003")).isEqualTo(new InMonth(YearMonth.of(2003, 9), "Sept 2003"));
            assertThat(only("2001 - 2004")).isEqualTo(window("2001 - 2004", "2001-01-01", "2004-12-31"));
            assertThat(parse("1 April 2001 1 April 2001").dates()).hasSize(2)
                    .allMatch(d -> d.dueAsOf(REFERENCE).equals(LocalDate.of(2001, 4, 1)));
        }
    }

    /** Every deadline written in seed 001, Kent's SEN strategy project plan of 2010. */
    @Nested
    class KentActionPlan {

        private final LocalDate writtenIn = LocalDate.of(2010, 6, 1);

        private DueDate onlyAsOf2010(String cell) {
            ParseResult result = parser.parse(cell, writtenIn);
            assertThat(result.problems()).as(cell).isEmpty();
            assertThat(result.dates()).as(cell).hasSize(1);
            return result.dates().get(0);
        }

        @Test
        void shouldReadTheSummaryActionPlanTimeframes() {
            assertThat(onlyAsOf2010("End July 2010")).isEqualTo(new InMonth(YearMonth.of(2010, 7), "End July 2010"));
            assertThat(onlyAsOf2010("Early Sept 2010")).isEqualTo(new OnDay(LocalDate.of(2010, 9, 10), "Early Sept 2010"));
            assertThat(onlyAsOf2010("End September 2010")).isEqualTo(new InMonth(YearMonth.of(2010, 9), "End September 2010"));
            assertThat(onlyAsOf2010("September 2010")).isEqualTo(new InMonth(YearMonth.of(2010, 9), "September 2010"));
            assertThat(onlyAsOf2010("October/November 2010")).isEqualTo(window("October/November 2010", "2010-10-01", "2010-11-30"));
            assertThat(onlyAsOf2010("October 2010")).isEqualTo(new InMonth(YearMonth.of(2010, 10), "October 2010"));
            assertThat(onlyAsOf2010("November 2010 – March 2011")).isEqualTo(window("November 2010 – March 2011", "2010-11-01", "2011-03-31"));
            assertThat(onlyAsOf2010("December 2010")).isEqualTo(new InMonth(YearMonth.of(2010, 12), "December 2010"));
            assertThat(onlyAsOf2010("July 2011")).isEqualTo(new InMonth(YearMonth.of(2011, 7), "July 2011"));
            assertThat(onlyAsOf2010("September 2011")).isEqualTo(new InMonth(YearMonth.of(2011, 9), "September 2011"));
        }

        @Test
        void shouldReadTheCellsAsTheyWrapInTheExtractedTable() {
            assertThat(onlyAsOf2010("October/November \n2010").dueAsOf(writtenIn)).isEqualTo(LocalDate.of(2010, 11, 30));
            assertThat(onlyAsOf2010("November 2010 – \nMarch 2011").dueAsOf(writtenIn)).isEqualTo(LocalDate.of(2011, 3, 31));
        }

        @ParameterizedTest(name = "''{0}''")
        @CsvSource(delimiter = '|', value = {
            "By end July 2010                  | 2010-07-31",
            "By early September 2010           | 2010-09-10",
            "By end September 2010             | 2010-09-30",
            "September 2010                    | 2010-09-30",
            "October 2010                      | 2010-10-31",
            "November 2010 – March 2011:       | 2011-03-31",
            "December 2010:                    | 2010-12-31",
            "By July 2011:                     | 2011-07-31",
            "September 2011:                   | 2011-09-30"
        })
        void shouldReadTheDatesLeadingTheBulletedActionPlan(String lead, LocalDate due) {
            assertThat(onlyAsOf2010(lead).dueAsOf(writtenIn)).isEqualTo(due);
        }

        @Test
        void shouldReportTheProseAfterADate() {
            ParseResult result = parser.parse("September 2011: commence implementation", writtenIn);

            assertThat(result.dates()).containsExactly(new InMonth(YearMonth.of(2011, 9), "September 2011"));
            assertThat(result.problems()).containsExactly("could not read 'commence implementation' as a date");
        }
    }

    /** The forms of the recovery plan's deadline column (November 2021). */
    @Nested
    class RecoveryPlan {

        @Test
        void shouldReadEachForm() {
            assertThat(only("Mar 2022")).isEqualTo(new InMonth(YearMonth.of(2022, 3), "Mar 2022"));
            assertThat(only("SEPT 2022")).isEqualTo(new InMonth(YearMonth.of(2022, 9), "SEPT 2022"));
            assertThat(only("29 Oct 21")).isEqualTo(new OnDay(LocalDate.of(2021, 10, 29), "29 Oct 21"));
            assertThat(only("Nov2022")).isEqualTo(new InMonth(YearMonth.of(2022, 11), "Nov2022"));
            assertThat(only("NOV 22")).isEqualTo(new InMonth(YearMonth.of(2022, 11), "NOV 22"));
            assertThat(only("EVERY JANUARY")).isEqualTo(new Recurring(Month.JANUARY, null, "EVERY JANUARY"));
            assertThat(only("\u041E\u0441\u0442 2020")).isEqualTo(new InMonth(YearMonth.of(2020, 10), "\u041E\u0441\u0442 2020"));
        }
    }
}
