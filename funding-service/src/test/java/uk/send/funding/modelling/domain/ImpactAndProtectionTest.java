package uk.send.funding.modelling.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.banding.domain.Uplift;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked example: Devon-like mainstream bands B1 £1,600 / B2 £3,100 / B3 £4,500 and a special band B3 £12,000,
 * proposed as two mainstream bands M1 £2,000 / M2 £4,000 (B1, B2 → M1; B3 → M2) with a 3% uplift on everything.
 */
class ImpactAndProtectionTest {

    private static final FinancialYear FY = new FinancialYear(2025);
    private static final LocalDate AS_AT = LocalDate.parse("2026-03-31");

    private static Band band(String code, String value) {
        return new Band(code, code, Money.of(value));
    }

    private static final SchemeBook BOOK = new SchemeBook(List.of(
            new SchemeVersion(UUID.randomUUID(), FY, FundingCategory.MAINSTREAM, 1, FY.start(), SchemeStatus.APPROVED,
                    List.of(band("B1", "1600"), band("B2", "3100"), band("B3", "4500")), null),
            new SchemeVersion(UUID.randomUUID(), FY, FundingCategory.SPECIAL, 1, FY.start(), SchemeStatus.APPROVED,
                    List.of(band("B3", "12000")), null)));

    private static final Proposal PROPOSAL = new Proposal(Map.of(FundingCategory.MAINSTREAM, List.of(band("M1", "2000"), band("M2", "4000"))),
            Map.of(FundingCategory.MAINSTREAM, Map.of("B1", "M1", "B2", "M1", "B3", "M2")), new Uplift(new BigDecimal("3"), null, Uplift.Rounding.NEAREST_PENNY));

    private static final List<Position> POSITIONS = List.of(
            new Position("100001", "MAINSTREAM_PRIMARY", "B1", 3),
            new Position("100002", "MAINSTREAM_PRIMARY", "B2", 4),
            new Position("100003", "MAINSTREAM_SECONDARY", "B3", 2),
            new Position("100003", "MAINSTREAM_SECONDARY", null, 1),
            new Position("100004", "MAINSTREAM_PRIMARY", "B1", 7),
            new Position("100005", "MAINSTREAM_SECONDARY", "B1", 10),
            new Position("100005", "MAINSTREAM_SECONDARY", "B3", 1),
            new Position("200001", "SPECIAL", "B3", 1));

    private static Impact impact() {
        return ImpactModel.run(POSITIONS, new PriceTable(BOOK, AS_AT, PROPOSAL));
    }

    private static Map<String, SettingImpact> byUrn(Impact i) {
        return i.settings().stream().collect(Collectors.toMap(SettingImpact::settingUrn, Function.identity()));
    }

    @Test
    void shouldPriceEverySettingNowAndUnderTheProposalByTheBandingEngine() {
        Impact i = impact();
        Map<String, SettingImpact> s = byUrn(i);
        assertThat(s.get("100001").incomeNow()).isEqualByComparingTo("4800.00");
        assertThat(s.get("100001").incomeProposed()).isEqualByComparingTo("6180.00");
        assertThat(s.get("100002").change()).isEqualByComparingTo("-4160.00");
        assertThat(s.get("100002").changePercent()).isEqualByComparingTo("-33.55");
        assertThat(s.get("100002").adverselyAffected()).isTrue();
        assertThat(s.get("100003").unpriced()).isEqualTo(1);
        assertThat(s.get("100003").ehcps()).isEqualTo(3);
        assertThat(s.get("100003").change()).isEqualByComparingTo("-760.00");
        // A category the proposal leaves out keeps its bands, uplifted: special B3 £12,000 → £12,360.
        assertThat(s.get("200001").incomeProposed()).isEqualByComparingTo("12360.00");
        assertThat(i.settings().get(0).settingUrn()).isEqualTo("100002");
        assertThat(i.totalNow()).isEqualByComparingTo("69900.00");
        assertThat(i.totalProposed()).isEqualByComparingTo("74160.00");
        assertThat(i.adverselyAffected()).isEqualTo(2);
        assertThat(i.byType()).extracting(Impact.TypeSummary::settingType, Impact.TypeSummary::winners, Impact.TypeSummary::losers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MAINSTREAM_PRIMARY", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("MAINSTREAM_SECONDARY", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("SPECIAL", 1, 0));
    }

    @Test
    void shouldMakeTheFloorCostExactlyWhatTheGainsCapRaisesToThePenny() {
        Protection p = Protection.of(impact(), new ProtectionPolicy(BigDecimal.ZERO, new BigDecimal("2.5"), true));
        // Year 1: no loss at all: 4,160 + 760 = 4,920.00, raised from gains of 9,180.00 in proportion.
        assertThat(p.year1().floorCost()).isEqualByComparingTo("4920.00");
        assertThat(p.year1().capRaised()).isEqualByComparingTo(p.year1().floorCost());
        assertThat(p.year1().netCost()).isEqualByComparingTo("0.00");
        // Year 2: at most 2.5% loss: (12,090 − 8,240) + (8,775 − 8,240) = 4,385.00.
        assertThat(p.year2().floorCost()).isEqualByComparingTo("4385.00");
        assertThat(p.year2().capRaised()).isEqualByComparingTo("4385.00");
        Map<String, Protection.SettingProtection> s = p.settings().stream()
                .collect(Collectors.toMap(Protection.SettingProtection::settingUrn, Function.identity()));
        assertThat(s.get("100002").year1Protection()).isEqualByComparingTo("4160.00");
        assertThat(s.get("100002").year2Protection()).isEqualByComparingTo("3850.00");
        // Shares rounded down (739.60, 1725.75, 2261.69, 192.94 = 4919.98); the 2 pennies left go to the largest remainders.
        assertThat(s.get("100001").year1CapDeduction()).isEqualByComparingTo("739.61");
        assertThat(s.get("100004").year1CapDeduction()).isEqualByComparingTo("1725.75");
        assertThat(s.get("100005").year1CapDeduction()).isEqualByComparingTo("2261.70");
        assertThat(s.get("200001").year1CapDeduction()).isEqualByComparingTo("192.94");
        assertThat(p.settings()).allSatisfy(x -> assertThat(x.year1CapDeduction()).isLessThanOrEqualTo(x.change().max(BigDecimal.ZERO)));
    }

    @Test
    void shouldLeaveTheFloorsUnfundedWithoutAGainsCap() {
        Protection p = Protection.of(impact(), new ProtectionPolicy(new BigDecimal("1.5"), new BigDecimal("3"), false));
        assertThat(p.year1().capRaised()).isEqualByComparingTo("0.00");
        // 12,400 × 98.5% = 12,214 → 3,974; 9,000 × 98.5% = 8,865 → 625.
        assertThat(p.year1().netCost()).isEqualByComparingTo("4599.00");
        assertThat(new ProtectionPolicy(new BigDecimal("3"), new BigDecimal("1"), false).problems(""))
                .extracting(f -> f.field()).containsExactly("year2MaxLossPercent");
    }

    @Test
    void shouldSplitAnAnnualAmountIntoTwelveMonthsThatAddUpExactly() {
        Map<java.time.YearMonth, BigDecimal> months = MonthlySplit.of(FY, new BigDecimal("1000.00"));
        assertThat(months).hasSize(12);
        assertThat(months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000.00");
        assertThat(months.get(java.time.YearMonth.of(2025, 4))).isEqualByComparingTo("83.33");
        assertThat(months.get(java.time.YearMonth.of(2025, 5))).isEqualByComparingTo("83.34");
        assertThat(MonthlySplit.of(FY, new BigDecimal("-739.61")).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("-739.61");
    }
}
