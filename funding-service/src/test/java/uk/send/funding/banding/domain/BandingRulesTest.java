package uk.send.funding.banding.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BandingRulesTest {

    @Test
    void shouldUpliftDevonsBandsByThreePercentToThePenny() {
        Uplift threePercent = new Uplift(new BigDecimal("3"), null, Uplift.Rounding.NEAREST_PENNY);
        List<Band> next = threePercent.apply(List.of(new Band("M1", "Mainstream 1", Money.of("1600")),
                new Band("M2", "Mainstream 2", Money.of("3100")), new Band("SP", "Special per place", Money.of("11796"))));
        assertThat(next).extracting(Band::annualValue).containsExactly(Money.of("1648.00"), Money.of("3193.00"), Money.of("12149.88"));
    }

    @Test
    void shouldRoundAnUpliftByTheStatedRule() {
        BigDecimal value = Money.of("1234.01"); // × 1.025 = 1264.86025
        assertThat(new Uplift(new BigDecimal("2.5"), null, Uplift.Rounding.NEAREST_PENNY).apply(value)).isEqualTo(Money.of("1264.86"));
        assertThat(new Uplift(new BigDecimal("2.5"), null, Uplift.Rounding.NEAREST_POUND).apply(value)).isEqualTo(Money.of("1265.00"));
        assertThat(new Uplift(new BigDecimal("2.5"), null, Uplift.Rounding.UP_TO_POUND).apply(Money.of("1000.10"))).isEqualTo(Money.of("1026.00"));
        assertThat(new Uplift(new BigDecimal("2.5"), null, Uplift.Rounding.NEAREST_POUND).apply(Money.of("1000.10"))).isEqualTo(Money.of("1025.00"));
        assertThat(new Uplift(null, Money.of("100"), null).apply(value)).isEqualTo(Money.of("1334.01"));
        assertThatThrownBy(() -> new Uplift(new BigDecimal("3"), Money.of("1"), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSuggestABandFromTheNeedsMatrix() {
        NeedsMatrix matrix = new NeedsMatrix(1,
                List.of(new NeedsMatrix.Area("CI", 2), new NeedsMatrix.Area("CL", 2), new NeedsMatrix.Area("SEMH", 3), new NeedsMatrix.Area("SP", 1)),
                List.of(new NeedsMatrix.Threshold(0, "B1"), new NeedsMatrix.Threshold(8, "B2"), new NeedsMatrix.Threshold(16, "B3")));
        assertThat(matrix.score(Map.of("CI", 2, "SEMH", 2))).isEqualTo(10);
        assertThat(matrix.suggest(Map.of("CI", 2, "SEMH", 2))).contains("B2");
        assertThat(matrix.suggest(Map.of("CI", 4, "CL", 2, "SEMH", 2))).contains("B3");
        assertThat(matrix.suggest(Map.of())).contains("B1");
        assertThatThrownBy(() -> matrix.score(Map.of("CI", 5))).hasMessageContaining("0 to 4");
    }

    @Test
    void shouldPriceABandByTheVersionInForceEachDay() {
        FinancialYear fy = new FinancialYear(2025);
        SchemeVersion v1 = new SchemeVersion(UUID.randomUUID(), fy, FundingCategory.MAINSTREAM, 1, fy.start(), SchemeStatus.APPROVED,
                List.of(new Band("B1", "", Money.of("1600"))), null);
        SchemeVersion v2 = new SchemeVersion(UUID.randomUUID(), fy, FundingCategory.MAINSTREAM, 2, LocalDate.parse("2025-09-01"), SchemeStatus.APPROVED,
                List.of(new Band("B1", "", Money.of("1700"))), null);
        SchemeVersion draft = new SchemeVersion(UUID.randomUUID(), fy, FundingCategory.MAINSTREAM, 3, LocalDate.parse("2025-10-01"), SchemeStatus.DRAFT,
                List.of(new Band("B1", "", Money.of("9999"))), null);
        SchemeBook book = new SchemeBook(List.of(v2, draft, v1));
        var prices = book.prices(FundingCategory.MAINSTREAM, "B1", new DateRange(fy.start(), fy.end()));
        assertThat(prices).extracting(SchemeBook.Price::annualValue).containsExactly(Money.of("1600"), Money.of("1700"));
        assertThat(prices.get(0).days().to()).isEqualTo(LocalDate.parse("2025-08-31"));
        assertThat(book.prices(FundingCategory.SPECIAL, "B1", new DateRange(fy.start(), fy.end()))).isEmpty();
    }

    @Test
    void shouldPriceAPlaceAsItsPlaceValuePlusTheTopUpToThePenny() {
        FinancialYear fy = new FinancialYear(2025);
        SchemeVersion perPlace = new SchemeVersion(UUID.randomUUID(), fy, FundingCategory.SPECIAL, 1, fy.start(), SchemeStatus.APPROVED,
                List.of(new Band("P1", "", Money.of("19500.50"))), null, Pricing.PER_PLACE, Money.of("10000"));
        assertThat(perPlace.value("P1")).contains(Money.of("9500.50"));
        // Half a year in the place: half the top-up; the place funding is paid apart, per commissioned place.
        var prices = new SchemeBook(List.of(perPlace)).prices(FundingCategory.SPECIAL, "P1", new DateRange(fy.start(), fy.end()));
        assertThat(prices).extracting(SchemeBook.Price::annualValue).containsExactly(Money.of("9500.50"));
        var calendar = new TermCalendar(List.of(), 190);
        var cells = ProRata.allocate(fy, List.of(new ProRata.Period("200001", "P1",
                prices.get(0).annualValue(), new DateRange(fy.start(), LocalDate.parse("2025-09-30")))),
                ProRataMethod.WHOLE_MONTHS, calendar);
        assertThat(cells.stream().map(ProRata.Cell::amount).reduce(Money.ZERO, BigDecimal::add))
                .isEqualByComparingTo("4750.25");
    }

    @Test
    void shouldRefuseAPerPlaceSchemeForMainstreamOrBelowItsPlaceValue() {
        FinancialYear fy = new FinancialYear(2025);
        NewScheme mainstream = new NewScheme(fy, FundingCategory.MAINSTREAM, null, List.of(new Band("P1", "", Money.of("19500"))), null,
                Pricing.PER_PLACE, null);
        assertThat(mainstream.placeValue()).isEqualByComparingTo(NewScheme.STANDARD_PLACE_VALUE);
        assertThat(mainstream.problems()).extracting(p -> p[0]).containsExactly("pricing");
        NewScheme cheap = new NewScheme(fy, FundingCategory.SPECIAL, null, List.of(new Band("P1", "", Money.of("9999.99"))), null,
                Pricing.PER_PLACE, Money.of("10000"));
        assertThat(cheap.problems()).extracting(p -> p[0]).containsExactly("bands[0].annualValue");
        NewScheme banded = new NewScheme(fy, FundingCategory.SPECIAL, null, List.of(new Band("B1", "", Money.of("100"))), null, null, Money.of("10000"));
        assertThat(banded.pricing()).isEqualTo(Pricing.BANDED);
        assertThat(banded.placeValue()).isNull();
        assertThat(banded.problems()).isEmpty();
    }
}
