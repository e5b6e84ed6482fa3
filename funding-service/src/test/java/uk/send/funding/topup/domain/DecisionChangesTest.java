package uk.send.funding.topup.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.topup.rest.DecisionLogHelper;
import uk.send.platform.events.EhcpDecisionKind;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DecisionChangesTest {

    @Test
    void shouldStopFundingFromTheFirstDayACeasedPlanIsNoLongerMaintained() {
        // Decided on 11 May to cease from 1 September: August is the last month funded.
        assertThat(DecisionChanges.of(DecisionLogHelper.cease("E1", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 9, 1))))
                .extracting(PlanChange::kind, PlanChange::effective)
                .containsExactly(tuple(PlanChange.Kind.CEASED, LocalDate.of(2026, 9, 1)));
        // No date given: the plan stops being maintained on the day of the decision.
        assertThat(DecisionChanges.of(DecisionLogHelper.cease("E1", LocalDate.of(2026, 5, 11), null)))
                .extracting(PlanChange::effective).containsExactly(LocalDate.of(2026, 5, 11));
    }

    @Test
    void shouldMarkForRepricingOnlyTheKindsPricingReads() {
        assertThat(DecisionChanges.FUNDING_KINDS).containsExactlyInAnyOrder(EhcpDecisionKind.FINAL_PLAN_ISSUED, EhcpDecisionKind.AMENDED_PLAN_ISSUED,
                EhcpDecisionKind.TRANSFER_IN, EhcpDecisionKind.REVIEW_DECISION, EhcpDecisionKind.CORRECTION);
        // Every kind outside the list gives no funding change, whatever it carries.
        Arrays.stream(EhcpDecisionKind.values()).filter(k -> !DecisionChanges.FUNDING_KINDS.contains(k)).forEach(k ->
                assertThat(DecisionChanges.of(DecisionLogHelper.plan(k, "E1", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 6, 1), "118234", "B3")))
                        .as(k.name()).isEmpty());
    }
}
