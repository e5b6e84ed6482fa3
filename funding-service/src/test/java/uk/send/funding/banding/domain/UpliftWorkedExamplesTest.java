package uk.send.funding.banding.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples of the annual uplift (issue 10 "Annual uplift": this year's bands plus a percentage or a flat sum per
 * band, with the rounding rule stated; DOMAIN.md "Money in detail": Devon's special schools £11,796 → £12,132 a place),
 * every figure worked out by hand. Half-up means a half penny (or half pound) goes up, never to the even neighbour.
 */
class UpliftWorkedExamplesTest {

    static BigDecimal gbp(String s) {
        return Money.of(s);
    }

    static Uplift percent(String p, Uplift.Rounding rounding) {
        return new Uplift(new BigDecimal(p), null, rounding);
    }

    static Uplift flat(String pounds, Uplift.Rounding rounding) {
        return new Uplift(null, new BigDecimal(pounds), rounding);
    }

    @Test
    void shouldUpliftByAPercentageToThePennyHalfUp() {
        Uplift up = percent("3.4", Uplift.Rounding.NEAREST_PENNY);
        // 1,600 × 1.034 = 1,654.40; 3,100 × 1.034 = 3,205.40; 4,500 × 1.034 = 4,653.00; 12,132 × 1.034 = 12,544.488 → 12,544.49.
        assertThat(up.apply(List.of(new Band("M1", "", gbp("1600")), new Band("M2", "", gbp("3100")), new Band("M3", "", gbp("4500")),
                new Band("SP", "", gbp("12132"))))).extracting(Band::annualValue)
                .containsExactly(gbp("1654.40"), gbp("3205.40"), gbp("4653.00"), gbp("12544.49"));
        // 1,234.50 × 1.01 = 1,246.845: exactly half a penny, up to 1,246.85 (half-even would give 1,246.84).
        assertThat(percent("1", Uplift.Rounding.NEAREST_PENNY).apply(gbp("1234.50"))).isEqualTo(gbp("1246.85"));
    }

    @Test
    void shouldUpliftToWholePoundsByTheStatedRule() {
        // 1,150 × 1.03 = 1,184.50: half a pound, up to 1,185 (half-even would give 1,184).
        assertThat(percent("3", Uplift.Rounding.NEAREST_POUND).apply(gbp("1150"))).isEqualTo(gbp("1185.00"));
        assertThat(percent("3", Uplift.Rounding.NEAREST_POUND).apply(gbp("1150.01"))).isEqualTo(gbp("1185.00")); // 1,184.5103
        // Up to the pound: a whole pound stays (1,600 × 1.03 = 1,648.00); a part pound goes up (1,600.01 × 1.03 = 1,648.0103 → 1,649).
        assertThat(percent("3", Uplift.Rounding.UP_TO_POUND).apply(gbp("1600"))).isEqualTo(gbp("1648.00"));
        assertThat(percent("3", Uplift.Rounding.UP_TO_POUND).apply(gbp("1600.01"))).isEqualTo(gbp("1649.00"));
    }

    @Test
    void shouldUpliftByAFlatSumWithItsRoundingRule() {
        assertThat(flat("75.50", Uplift.Rounding.NEAREST_PENNY).apply(gbp("1600"))).isEqualTo(gbp("1675.50"));
        assertThat(flat("75.50", Uplift.Rounding.NEAREST_POUND).apply(gbp("1600"))).isEqualTo(gbp("1676.00"));
        assertThat(flat("75.01", Uplift.Rounding.UP_TO_POUND).apply(gbp("1600"))).isEqualTo(gbp("1676.00"));
        assertThat(flat("75.005", null).apply(gbp("1600"))).isEqualTo(gbp("1675.01")); // the default rule: half-up to the penny
        assertThatThrownBy(() -> flat("-1600.01", null).apply(gbp("1600"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldUpliftAPerPlacePriceAndLeaveThePlaceFundingAtTenThousand() {
        // Devon: £11,796 a place → £12,132, a flat £336. The place value stays £10,000: the top-up goes from 1,796 to 2,132.
        List<Band> next = flat("336", Uplift.Rounding.NEAREST_PENNY).apply(List.of(new Band("SP", "Special per place", gbp("11796"))));
        assertThat(next).extracting(Band::annualValue).containsExactly(gbp("12132.00"));
        FinancialYear fy = new FinancialYear(2027);
        SchemeVersion perPlace = new SchemeVersion(UUID.randomUUID(), fy, FundingCategory.SPECIAL, 1, fy.start(), SchemeStatus.APPROVED,
                next, null, Pricing.PER_PLACE, NewScheme.STANDARD_PLACE_VALUE);
        assertThat(perPlace.value("SP")).contains(gbp("2132.00"));
        assertThat(new NewScheme(fy, FundingCategory.SPECIAL, null, next, null, Pricing.PER_PLACE, null).problems()).isEmpty();
    }
    @Test
    void shouldLookUpTheValueInForceOnEachDayUpToTheYearEndAndNotBeyondIt() {
        FinancialYear fy = new FinancialYear(2027);
        SchemeVersion v1 = new SchemeVersion(UUID.randomUUID(), fy, FundingCategory.MAINSTREAM, 1, fy.start(), SchemeStatus.APPROVED,
                List.of(new Band("B2", "", gbp("3100"))), null);
        SchemeVersion v2 = new SchemeVersion(UUID.randomUUID(), fy, FundingCategory.MAINSTREAM, 2, LocalDate.parse("2027-11-10"),
                SchemeStatus.APPROVED, List.of(new Band("B2", "", gbp("3205.41"))), null);
        // Next year's scheme approved only from 1 May 2028: April 2028 is not priced by this year's (a scheme is per financial year).
        SchemeVersion next = new SchemeVersion(UUID.randomUUID(), fy.next(), FundingCategory.MAINSTREAM, 1, LocalDate.parse("2028-05-01"),
                SchemeStatus.APPROVED, List.of(new Band("B2", "", gbp("3300"))), null);
        SchemeBook book = new SchemeBook(List.of(next, v2, v1));
        assertThat(book.inForce(FundingCategory.MAINSTREAM, LocalDate.parse("2027-11-09"))).contains(v1);
        assertThat(book.inForce(FundingCategory.MAINSTREAM, LocalDate.parse("2027-11-10"))).contains(v2);
        assertThat(book.inForce(FundingCategory.MAINSTREAM, LocalDate.parse("2028-03-31"))).contains(v2);
        assertThat(book.inForce(FundingCategory.MAINSTREAM, LocalDate.parse("2028-04-01"))).isEmpty();
        assertThat(book.inForce(FundingCategory.MAINSTREAM, LocalDate.parse("2028-05-01"))).contains(next);
        assertThat(book.prices(FundingCategory.MAINSTREAM, "B2", new DateRange(LocalDate.parse("2028-04-01"), LocalDate.parse("2028-05-31"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.days()).isEqualTo(new DateRange(LocalDate.parse("2028-05-01"), LocalDate.parse("2028-05-31")));
                    assertThat(p.annualValue()).isEqualTo(gbp("3300.00"));
                });
    }

    @Test
    void shouldSuggestTheBandOfTheThresholdAScoreReachesExactly() {
        NeedsMatrix matrix = new NeedsMatrix(1, List.of(new NeedsMatrix.Area("CI", 2), new NeedsMatrix.Area("SEMH", 3)),
                List.of(new NeedsMatrix.Threshold(0, "B1"), new NeedsMatrix.Threshold(8, "B2"), new NeedsMatrix.Threshold(20, "B3")));
        assertThat(matrix.suggest(Map.of("CI", 4))).contains("B2"); // 4 × 2 = 8: exactly B2's threshold
        assertThat(matrix.suggest(Map.of("CI", 1, "SEMH", 1))).contains("B1"); // 2 + 3 = 5
        assertThat(matrix.suggest(Map.of("CI", 1, "SEMH", 2))).contains("B2"); // 2 + 6 = 8
        assertThat(matrix.suggest(Map.of("CI", 4, "SEMH", 4))).contains("B3"); // 8 + 12 = 20, the most a child can score
    }
}
