package uk.send.funding.benchmarks.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.modelling.domain.Position;
import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NeighbourBenchmarkRulesTest {

    private static final LocalDate DAY = LocalDate.parse("2025-10-01");
    private static final SchemeBook SCHEMES = new SchemeBook(List.of(
            scheme(FundingCategory.MAINSTREAM, new Band("B1", "low", new BigDecimal("1600.00")), new Band("B2", "high", new BigDecimal("3100.00"))),
            scheme(FundingCategory.SPECIAL, new Band("S1", "one", new BigDecimal("12000.00")))));

    private static SchemeVersion scheme(FundingCategory category, Band... bands) {
        return new SchemeVersion(UUID.randomUUID(), new FinancialYear(2025), category, 1, LocalDate.parse("2025-04-01"), SchemeStatus.APPROVED,
                List.of(bands), null);
    }

    @Test
    void shouldAverageTopUpPerEhcpAndSuppressItBelowFiveEhcpsOrFiveSettings() {
        List<Position> positions = List.of(
                new Position("1", "MAINSTREAM_PRIMARY", "B1", 2), new Position("2", "MAINSTREAM_PRIMARY", "B2", 1),
                new Position("3", "MAINSTREAM_SECONDARY", "B1", 1), new Position("4", "MAINSTREAM_PRIMARY", "B1", 1),
                new Position("5", "MAINSTREAM_PRIMARY", "B2", 1), new Position("5", "MAINSTREAM_PRIMARY", null, 4),
                // 9 EHCPs but only 2 special schools: its average is suppressed
                new Position("8", "SPECIAL", "S1", 5), new Position("9", "SPECIAL", "S1", 4));

        List<Aggregate> figures = Aggregates.of(positions, SCHEMES, DAY);

        // mainstream: 2 × 1,600 + 3,100 + 1,600 + 1,600 + 3,100 = 12,600 over 6 priced EHCPs in 5 settings = 2,100 each
        assertThat(figures).contains(
                new Aggregate(FundingCategory.MAINSTREAM, BenchmarkMeasure.AVERAGE_TOP_UP_PER_EHCP, new BigDecimal("2100.00")),
                new Aggregate(FundingCategory.MAINSTREAM, BenchmarkMeasure.LOWEST_BAND_VALUE, new BigDecimal("1600.00")),
                new Aggregate(FundingCategory.MAINSTREAM, BenchmarkMeasure.HIGHEST_BAND_VALUE, new BigDecimal("3100.00")),
                new Aggregate(FundingCategory.SPECIAL, BenchmarkMeasure.LOWEST_BAND_VALUE, new BigDecimal("12000.00")));
        assertThat(figures).noneMatch(a -> a.category() == FundingCategory.SPECIAL && a.measure() == BenchmarkMeasure.AVERAGE_TOP_UP_PER_EHCP);
        assertThat(Aggregates.of(positions.subList(0, 4), SCHEMES, DAY))
                .noneMatch(a -> a.measure() == BenchmarkMeasure.AVERAGE_TOP_UP_PER_EHCP);
    }

    @Test
    void shouldRankFromTheHighestAndGiveThePercentileWithTiesCountingHalf() {
        Standing s = Standing.of(new BigDecimal("5000"), List.of(new BigDecimal("7000"), new BigDecimal("5000"), new BigDecimal("4000"),
                new BigDecimal("3000")));
        assertThat(s.rank()).isEqualTo(2);
        assertThat(s.of()).isEqualTo(5);
        assertThat(s.percentile()).isEqualByComparingTo("62.5");
        assertThat(Standing.of(BigDecimal.ONE, List.of())).isEqualTo(new Standing(1, 1, null));
        assertThat(Standing.of(BigDecimal.TEN, List.of(BigDecimal.ONE)).percentile()).isEqualByComparingTo("100.0");
    }
}
