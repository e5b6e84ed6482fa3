package uk.send.funding.topup.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.payments.domain.PaymentFrequency;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bringing the shared month prices up to date: which change in place, and which send their children to be priced one by one. */
class MonthPricesTest {

    private static final FundingCategory MAINSTREAM = FundingCategory.MAINSTREAM;

    private static MonthPrices.Key key(String band, String month, String payMonth) {
        return new MonthPrices.Key(MAINSTREAM, band, YearMonth.parse(month), YearMonth.parse(payMonth));
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void shouldKeyEachCellByTheMonthItIsPaidIn() {
        var cells = List.of(new WholeYearPrices.Cell(MAINSTREAM, "B3", YearMonth.parse("2025-05"), m("400.00")),
                new WholeYearPrices.Cell(MAINSTREAM, "B3", YearMonth.parse("2025-10"), m("400.00")));
        assertThat(MonthPrices.of(cells, PaymentFrequency.TERMLY::payMonth)).containsOnlyKeys(key("B3", "2025-05", "2025-04"), key("B3", "2025-10", "2025-09"));
        assertThat(MonthPrices.of(cells, PaymentFrequency.MONTHLY::payMonth)).containsOnlyKeys(key("B3", "2025-05", "2025-05"), key("B3", "2025-10", "2025-10"));
    }

    @Test
    void shouldChangeUnpaidPricesInPlaceAndCreateOnlyWhatIsMissing() {
        var stored = List.of(new MonthPrices.Stored(1, key("B3", "2025-06", "2025-06"), m("400.00")),
                new MonthPrices.Stored(2, key("B3", "2025-09", "2025-09"), m("400.00")),
                new MonthPrices.Stored(3, key("B2", "2025-09", "2025-09"), m("250.00")));
        Map<MonthPrices.Key, BigDecimal> due = Map.of(key("B3", "2025-06", "2025-06"), m("400.00"), key("B3", "2025-09", "2025-09"), m("450.00"),
                key("B2", "2025-09", "2025-09"), m("250.00"), key("B4", "2025-09", "2025-09"), m("600.00"));

        var resync = MonthPrices.resync(stored, due, YearMonth.parse("2025-06"));

        assertThat(resync.update()).containsExactly(Map.entry(2L, m("450.00")));
        assertThat(resync.delta()).containsExactly(Map.entry(2L, m("50.00")));
        assertThat(resync.insert()).containsExactly(Map.entry(key("B4", "2025-09", "2025-09"), m("600.00")));
        assertThat(resync.oneByOne()).isEmpty();
    }

    @Test
    void shouldSendChildrenOneByOneWhenAPaidMonthsPriceChanges() {
        var stored = List.of(new MonthPrices.Stored(1, key("B3", "2025-06", "2025-06"), m("400.00")),
                new MonthPrices.Stored(2, key("B3", "2025-07", "2025-07"), m("400.00")),
                new MonthPrices.Stored(3, key("B2", "2025-07", "2025-07"), m("250.00")));
        Map<MonthPrices.Key, BigDecimal> due = Map.of(key("B3", "2025-06", "2025-06"), m("450.00"), key("B3", "2025-07", "2025-07"), m("450.00"),
                key("B2", "2025-07", "2025-07"), m("300.00"));

        var resync = MonthPrices.resync(stored, due, YearMonth.parse("2025-06"));

        // June is paid: B3's children need an adjustment each, which only their own pricing writes. B2's June is unchanged.
        assertThat(resync.oneByOne()).containsExactly(new MonthPrices.CategoryBand(MAINSTREAM, "B3"));
        assertThat(resync.update()).containsOnlyKeys(1L, 2L, 3L);
    }

    @Test
    void shouldSendChildrenOneByOneWhenAPriceFallsToNothing() {
        // B3 left the scheme from September; and the LA now pays termly, so August's monthly pay month has no cell either.
        var stored = List.of(new MonthPrices.Stored(1, key("B3", "2025-09", "2025-09"), m("400.00")),
                new MonthPrices.Stored(2, key("B2", "2025-08", "2025-08"), m("250.00")),
                new MonthPrices.Stored(3, key("B2", "2025-08", "2025-04"), m("0.00")));
        Map<MonthPrices.Key, BigDecimal> due = Map.of(key("B2", "2025-08", "2025-04"), m("250.00"));

        var resync = MonthPrices.resync(stored, due, null);

        assertThat(resync.update()).containsOnly(Map.entry(1L, m("0.00")), Map.entry(2L, m("0.00")), Map.entry(3L, m("250.00")));
        assertThat(resync.oneByOne()).containsExactlyInAnyOrder(new MonthPrices.CategoryBand(MAINSTREAM, "B3"), new MonthPrices.CategoryBand(MAINSTREAM, "B2"));
        assertThat(resync.insert()).isEmpty();
    }

    @Test
    void shouldLeaveAPriceThatIsDueNothingAndHoldsNothing() {
        var stored = List.of(new MonthPrices.Stored(1, key("B3", "2025-09", "2025-09"), m("0.00")));
        var resync = MonthPrices.resync(stored, Map.of(), YearMonth.parse("2025-10"));
        assertThat(resync.update()).isEmpty();
        assertThat(resync.oneByOne()).isEmpty();
    }

    @Test
    void shouldAccountEachSettingForTheUnpaidMonthsItsChildrenReadAChangedPrice() {
        var year = new uk.send.funding.money.domain.FinancialYear(2025);
        var stored = List.of(new MonthPrices.Stored(1, key("B3", "2025-06", "2025-06"), m("400.00")),
                new MonthPrices.Stored(2, key("B3", "2025-09", "2025-09"), m("400.00")),
                new MonthPrices.Stored(3, key("B3", "2025-10", "2025-10"), m("400.00")),
                new MonthPrices.Stored(4, key("B2", "2025-10", "2025-10"), m("250.00")));
        Map<MonthPrices.Key, BigDecimal> due = Map.of(key("B3", "2025-06", "2025-06"), m("400.00"), key("B3", "2025-09", "2025-09"), m("450.00"),
                key("B3", "2025-10", "2025-10"), m("450.00"), key("B2", "2025-10", "2025-10"), m("250.00"));
        var resync = MonthPrices.resync(stored, due, YearMonth.parse("2025-06"));
        var b3 = new MonthPrices.CategoryBand(MAINSTREAM, "B3");
        int all = MonthPrices.dueMonths(year, due).get(b3);
        int untilSeptember = all & ~MonthPrices.monthBit(year, YearMonth.parse("2025-10"));

        // Two children at 100001 read September and October; one at 100002 only September; B2 did not change.
        var bySetting = MonthPrices.changeBySetting(year, stored, resync, Map.of(new MonthPrices.Reader("100001", b3, all), 2,
                new MonthPrices.Reader("100002", b3, untilSeptember), 1,
                new MonthPrices.Reader("100003", new MonthPrices.CategoryBand(MAINSTREAM, "B2"), all), 1), YearMonth.parse("2025-06"));

        assertThat(bySetting).containsOnly(Map.entry("100001", new MonthPrices.Change(m("200.00"), 4)),
                Map.entry("100002", new MonthPrices.Change(m("50.00"), 1)));
    }
}
