package uk.send.funding.clusters.domain;

import org.junit.jupiter.api.Test;
import uk.send.platform.domain.BusinessRuleBroken;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationRuleTest {

    private static final UUID NORTH = UUID.randomUUID();
    private static final UUID SOUTH = UUID.randomUUID();

    private static Formula formula(String budget, String total, String fixed, String contingency, int pupils, int sen, int deprivation) {
        return new Formula(new BigDecimal(budget), new BigDecimal(total), new BigDecimal("85.00"), new BigDecimal(fixed), new BigDecimal(contingency),
                new Formula.Weights(BigDecimal.valueOf(pupils), BigDecimal.valueOf(sen), BigDecimal.valueOf(deprivation)));
    }

    private static Member member(UUID cluster, String urn, int pupils, int sen, String deprivation) {
        return new Member(cluster, cluster == NORTH ? "North" : "South", cluster == NORTH ? "100001" : "200001", urn,
                new Factors(urn, pupils, sen, new BigDecimal(deprivation)));
    }

    private static BigDecimal sum(List<SchoolAllocation> a) {
        return a.stream().map(SchoolAllocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void shouldShareThreeEqualSchoolsToThePennyByLargestRemainder() {
        List<Member> members = List.of(member(NORTH, "100001", 100, 10, "1"), member(NORTH, "100002", 100, 10, "1"), member(NORTH, "100003", 100, 10, "1"));
        List<SchoolAllocation> a = AllocationRule.allocate(formula("1000.00", "1000.00", "0", "0", 1, 0, 0), members);
        // £333.333... each: the one missing penny goes to the first URN (equal fractions, ties by URN).
        assertThat(a).extracting(SchoolAllocation::amount).map(BigDecimal::toPlainString).containsExactly("333.34", "333.33", "333.33");
        assertThat(sum(a)).isEqualByComparingTo("1000.00");
    }

    @Test
    void shouldGiveFixedSumsKeepTheContingencyAndWeightTheRest() {
        // £31m as in seed 002's Norfolk, 2% contingency kept back, £5,000 a school, the rest 60/30/10.
        List<Member> members = List.of(member(NORTH, "100001", 300, 30, "0.2"), member(NORTH, "100002", 100, 20, "0.4"), member(SOUTH, "200001", 600, 50, "0.1"));
        Formula f = formula("31000000.00", "36000000.00", "5000.00", "2.00", 60, 30, 10);
        Allocation result = Allocation.run(f, members);
        assertThat(result.delegated()).isEqualByComparingTo("30380000.00");
        assertThat(result.contingency()).isEqualByComparingTo("620000.00");
        assertThat(sum(result.schools())).isEqualByComparingTo(result.delegated());
        // 100001: 5,000 + 30,365,000 × (0.6 × 300/1000 + 0.3 × 30/100 + 0.1 × 0.2/0.7)
        BigDecimal rest = new BigDecimal("30365000");
        BigDecimal expected = new BigDecimal("5000").add(rest.multiply(new BigDecimal("0.18")).add(rest.multiply(new BigDecimal("0.09")))
                .add(rest.multiply(new BigDecimal("0.02")).divide(new BigDecimal("0.7"), 10, java.math.RoundingMode.HALF_UP)));
        assertThat(result.schools().get(0).amount().subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(result.delegationRatePercent()).isEqualByComparingTo("84.39");
        assertThat(result.meetsTarget()).isFalse();
        assertThat(result.neededForTarget()).isEqualByComparingTo("30600000.00");
        assertThat(result.shortfall()).isEqualByComparingTo("220000.00");
        assertThat(result.clusters()).extracting(Allocation.ClusterTotal::schools).containsExactly(2, 1);
        assertThat(result.clusters().get(0).allocation().add(result.clusters().get(1).allocation())).isEqualByComparingTo("30380000.00");
    }

    @Test
    void shouldAlwaysSumToThePotExactlyWhateverTheNumbers() {
        Random random = new Random(12);
        for (int run = 0; run < 200; run++) {
            List<Member> members = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int pupils = random.nextInt(1500);
                members.add(member(i % 2 == 0 ? NORTH : SOUTH, String.valueOf(100000 + i), pupils, pupils == 0 ? 0 : random.nextInt(pupils + 1),
                        BigDecimal.valueOf(random.nextInt(10000), 4).toPlainString()));
            }
            String budget = BigDecimal.valueOf(100_000 + random.nextInt(900_000_000), 2).toPlainString();
            Formula f = formula(budget, budget, BigDecimal.valueOf(random.nextInt(100), 2).toPlainString(), BigDecimal.valueOf(random.nextInt(500), 2).toPlainString(),
                    random.nextInt(5), random.nextInt(5), random.nextInt(5));
            List<SchoolAllocation> a = AllocationRule.allocate(f, members);
            assertThat(sum(a)).as("run %d", run).isEqualByComparingTo(AllocationRule.delegated(f));
            assertThat(a).allSatisfy(s -> assertThat(s.amount().scale()).isEqualTo(2));
        }
    }

    @Test
    void shouldRefuseFixedSumsAboveTheBudget() {
        List<Member> members = List.of(member(NORTH, "100001", 10, 1, "0"), member(NORTH, "100002", 10, 1, "0"));
        assertThatThrownBy(() -> AllocationRule.allocate(formula("9000.00", "9000.00", "5000.00", "0", 1, 1, 1), members))
                .isInstanceOf(BusinessRuleBroken.class).hasMessageContaining("more than the £9000.00");
    }
}
