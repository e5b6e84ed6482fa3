package uk.send.funding.forum.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.money.domain.Apportionment;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForumRulesTest {

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    @Test
    void shouldShareASumToThePennyByLargestRemainder() {
        assertThat(Apportionment.byLargestRemainder(money("100.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(money("33.34"), money("33.33"), money("33.33"));
        // 10.00 by 1:2:3 is 1.666.., 3.333.., 5.00: the penny left goes to the largest remainder (0.666.. > 0.333..)
        assertThat(Apportionment.byLargestRemainder(money("10.00"), List.of(money("1"), money("2"), money("3"))))
                .containsExactly(money("1.67"), money("3.33"), money("5.00"));
        assertThat(Apportionment.byLargestRemainder(money("0.00"), List.of(BigDecimal.ONE))).containsExactly(money("0.00"));
    }

    @Test
    void shouldAlwaysAddUpToTheSumWhateverTheWeights() {
        Random random = new Random(12);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(700);
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                weights.add(BigDecimal.valueOf(random.nextInt(5_000_000), 2));
            }
            weights.set(0, weights.get(0).add(BigDecimal.ONE));
            BigDecimal sum = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            List<BigDecimal> shares = Apportionment.byLargestRemainder(sum, weights);
            assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(sum);
            assertThat(shares).allMatch(s -> s.scale() == 2 && s.signum() >= 0);
        }
    }

    @Test
    void shouldRefuseASumInFractionsOfAPennyOrNoWeight() {
        assertThatThrownBy(() -> Apportionment.byLargestRemainder(money("1.005"), List.of(BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.byLargestRemainder(money("1.00"), List.of(BigDecimal.ZERO))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLeaveOutSettingsWithoutABaseAndOutsideScope() {
        List<SettingBudget> register = List.of(
                new SettingBudget("100003", "C", SettingType.MAINSTREAM_SECONDARY, true, money("300000.00"), 900, "f", null),
                new SettingBudget("100001", "A", SettingType.MAINSTREAM_PRIMARY, true, money("100000.00"), 200, "f", null),
                new SettingBudget("100002", "B", SettingType.MAINSTREAM_PRIMARY, true, null, 210, "f", null),
                new SettingBudget("100004", "D", SettingType.SPECIAL, true, money("900000.00"), 90, "f", null),
                new SettingBudget("100005", "E", SettingType.MAINSTREAM_PRIMARY, false, money("500000.00"), 300, "f", null));
        TopSliceCalculation.Result r = TopSliceCalculation.run(new TopSliceDraft("x", "y", new FinancialYear(2026), money("1000.00"),
                TopSliceBase.BUDGET_SHARE, null), register);
        assertThat(r.deductions()).extracting(Deduction::urn).containsExactly("100001", "100003");
        assertThat(r.deductions()).extracting(Deduction::deduction).containsExactly(money("250.00"), money("750.00"));
        assertThat(r.deductions()).extracting(Deduction::percentOfBudget).containsExactly(money("0.250"), money("0.250"));
        assertThat(r.settingsWithoutBase()).isEqualTo(1);
        assertThat(r.phases()).containsExactlyInAnyOrder(Phase.PRIMARY, Phase.SECONDARY);
    }

    @Test
    void shouldCountOnlyTheMembersTheRuleLetsVote() {
        List<ForumVote> votes = List.of(
                new ForumVote("P1", MemberCategory.MAINTAINED_PRIMARY, VoteChoice.AGAINST, false),
                new ForumVote("P2", MemberCategory.ACADEMY_PRIMARY, VoteChoice.AGAINST, false),
                new ForumVote("S1", MemberCategory.MAINTAINED_SECONDARY, VoteChoice.FOR, false),
                new ForumVote("N1", MemberCategory.NON_SCHOOL_OTHER, VoteChoice.FOR, false),
                new ForumVote("E1", MemberCategory.EARLY_YEARS_PVI, VoteChoice.FOR, false));
        // Top-slice of primary schools only: secondary and non-school members do not vote on it.
        Tally primaryOnly = VotingRule.defaultFor(ForumDecision.TOP_SLICE).count(votes, EnumSet.of(Phase.PRIMARY));
        assertThat(primaryOnly.votesFor()).isZero();
        assertThat(primaryOnly.votesAgainst()).isEqualTo(2);
        assertThat(primaryOnly.notEligible()).isEqualTo(3);
        assertThat(primaryOnly.carried()).isFalse();
        // A block transfer: the whole forum votes (reg. 8(9)), 3 for and 2 against.
        Tally whole = VotingRule.defaultFor(ForumDecision.BLOCK_TRANSFER).count(votes, EnumSet.allOf(Phase.class));
        assertThat(whole.carried()).isTrue();
        assertThat(whole.notEligible()).isZero();
    }

    @Test
    void shouldApplyTheThresholdAndTheQuorum() {
        List<ForumVote> votes = List.of(
                new ForumVote("A", MemberCategory.MAINTAINED_PRIMARY, VoteChoice.FOR, false),
                new ForumVote("B", MemberCategory.MAINTAINED_PRIMARY, VoteChoice.FOR, false),
                new ForumVote("C", MemberCategory.MAINTAINED_PRIMARY, VoteChoice.AGAINST, false),
                new ForumVote("D", MemberCategory.MAINTAINED_PRIMARY, VoteChoice.ABSTAIN, false),
                new ForumVote("E", MemberCategory.MAINTAINED_PRIMARY, VoteChoice.ABSTAIN, false));
        EnumSet<MemberCategory> primary = EnumSet.of(MemberCategory.MAINTAINED_PRIMARY);
        EnumSet<Phase> phases = EnumSet.of(Phase.PRIMARY);
        assertThat(new VotingRule(ForumDecision.TOP_SLICE, VoteThreshold.SIMPLE_MAJORITY, primary, true, null, 0).count(votes, phases).carried()).isTrue();
        assertThat(new VotingRule(ForumDecision.TOP_SLICE, VoteThreshold.MAJORITY_OF_MEMBERS_VOTING, primary, true, null, 0).count(votes, phases).carried()).isFalse();
        assertThat(new VotingRule(ForumDecision.TOP_SLICE, VoteThreshold.TWO_THIRDS, primary, true, null, 0).count(votes, phases).carried()).isTrue();
        // Two fifths of 13 members is 5.2: five present is not quorate, and an inquorate vote fails.
        Tally inquorate = new VotingRule(ForumDecision.TOP_SLICE, VoteThreshold.SIMPLE_MAJORITY, primary, true, 13, 0).count(votes, phases);
        assertThat(inquorate.quorate()).isFalse();
        assertThat(inquorate.carried()).isFalse();
        assertThat(new VotingRule(ForumDecision.TOP_SLICE, VoteThreshold.SIMPLE_MAJORITY, primary, true, 12, 0).count(votes, phases).quorate()).isTrue();
        assertThatThrownBy(() -> VotingRule.defaultFor(ForumDecision.TOP_SLICE).count(List.of(votes.get(0), votes.get(0)), phases))
                .hasMessageContaining("voted twice");
    }

    @Test
    void shouldFlagOnlyATransferOverHalfAPercent() {
        BigDecimal block = money("109000000.00");
        assertThat(BlockTransferLimit.limit(block)).isEqualByComparingTo("545000.00");
        assertThat(BlockTransferLimit.needsDisapplication(money("545000.00"), block)).isFalse();
        assertThat(BlockTransferLimit.needsDisapplication(money("545000.01"), block)).isTrue();
        assertThat(BlockTransferLimit.needsDisapplication(money("654000.00"), block)).isTrue();
        assertThat(BlockTransferLimit.percent(money("654000.00"), block)).isEqualByComparingTo("0.6000");
    }
}
