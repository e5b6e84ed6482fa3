package uk.send.plan.deadline.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected lists as gov.uk publishes them for England and Wales. */
class EnglishBankHolidaysTest {

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void shouldGiveAnOrdinaryYearWithBoxingDayMovedOffASaturday() {
        assertThat(EnglishBankHolidays.of(2026)).containsExactlyElementsOf(dates("2026-01-01", "2026-04-03", "2026-04-06",
                "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"));
    }

    @Test
    void shouldMoveChristmasOffASaturdayAndEasterIntoMarch() {
        assertThat(EnglishBankHolidays.of(2027)).containsExactlyElementsOf(dates("2027-01-01", "2027-03-26", "2027-03-29",
                "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"));
    }

    @Test
    void shouldKeepThePlatinumJubileeAndTheStateFuneralAndTheSubstituteDays() {
        assertThat(EnglishBankHolidays.of(2022)).containsExactlyElementsOf(dates("2022-01-03", "2022-04-15", "2022-04-18",
                "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"));
    }

    @Test
    void shouldKeepTheCoronationAndANewYearsDayMovedOffASunday() {
        assertThat(EnglishBankHolidays.of(2023)).containsExactlyElementsOf(dates("2023-01-02", "2023-04-07", "2023-04-10",
                "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"));
    }

    @Test
    void shouldMoveTheEarlyMayHolidayToVeDayIn2020() {
        assertThat(EnglishBankHolidays.of(2020)).containsExactlyElementsOf(dates("2020-01-01", "2020-04-10", "2020-04-13",
                "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"));
    }

    @ParameterizedTest
    @CsvSource({"2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31",
            "2025, 2025-04-20", "2028, 2028-04-16", "2038, 2038-04-25"})
    void shouldFindEasterSunday(int year, LocalDate easter) {
        assertThat(EnglishBankHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void shouldTellWorkingDays() {
        assertThat(EnglishBankHolidays.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(EnglishBankHolidays.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(EnglishBankHolidays.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(EnglishBankHolidays.workingDayFrom(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
