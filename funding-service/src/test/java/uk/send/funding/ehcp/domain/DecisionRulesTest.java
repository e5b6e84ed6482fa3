package uk.send.funding.ehcp.domain;

import org.junit.jupiter.api.Test;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;
import uk.send.platform.events.EhcpDecisionRecorded.TribunalOrder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static DecisionDraft base(EhcpDecisionKind kind) {
        return new DecisionDraft("S-1", "EHCP-1", kind, TODAY.minusDays(3), 4, "jsmith", null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static List<String> fields(DecisionDraft d) {
        return DecisionRules.check(d.normalised(), "LAX", TODAY).stream().map(Violation::field).toList();
    }

    private static DecisionDraft finalPlan(List<String> urns, List<String> needs, LocalDate start) {
        return new DecisionDraft("S-1", "EHCP-1", EhcpDecisionKind.FINAL_PLAN_ISSUED, TODAY, 4, null, null, urns, needs, "b3", start,
                null, null, null, null, null, null, null, null);
    }

    @Test
    void shouldAcceptEveryKindWithTheFieldsItNeeds() {
        assertThat(fields(base(EhcpDecisionKind.ASSESSMENT_REQUESTED))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.DECIDED_TO_ASSESS))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.REFUSED_TO_ASSESS))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.DECIDED_NOT_TO_ISSUE))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.DRAFT_PLAN_ISSUED))).isEmpty();
        assertThat(fields(finalPlan(List.of("118234", "10012345"), List.of("asd", "SLCN"), TODAY.plusDays(20)))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.ANNUAL_REVIEW_HELD))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.AMENDMENT_NOTICE_ISSUED))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.MEDIATION_CERTIFICATE_ISSUED))).isEmpty();
        assertThat(fields(base(EhcpDecisionKind.APPEAL_REGISTERED))).isEmpty();
        DecisionDraft b = base(EhcpDecisionKind.REVIEW_DECISION);
        assertThat(fields(with(b, ReviewOutcome.CEASE, "3"))).isEmpty();
        assertThat(fields(with(b, ReviewOutcome.MAINTAIN, null))).isEmpty();
        assertThat(fields(new DecisionDraft("S", "E", EhcpDecisionKind.EXCEPTION_APPLIED, TODAY, 0, null, null, null, null, null, null, null, null,
                ExceptionReason.SETTING_CLOSED, null, null, null, null, null))).isEmpty();
        assertThat(fields(new DecisionDraft("S", "E", EhcpDecisionKind.TRIBUNAL_ORDER, TODAY, 0, null, null, null, null, null, null, null, null,
                null, null, TribunalOrder.MAKE_PLAN, null, null, null))).isEmpty();
        assertThat(fields(new DecisionDraft("S", "E", EhcpDecisionKind.TRANSFER_IN, TODAY, 11, null, null, null, List.of("SEMH"), null, TODAY.minusDays(7),
                null, null, null, null, null, "e10000016", null, null))).isEmpty();
        assertThat(fields(new DecisionDraft("S", "E", EhcpDecisionKind.AMENDED_PLAN_ISSUED, TODAY, 11, null, null, null, null, "B4", TODAY.plusDays(30),
                null, null, null, null, null, null, null, null))).isEmpty();
        assertThat(fields(new DecisionDraft("S-2", "E", EhcpDecisionKind.CORRECTION, TODAY, 11, null, true, null, null, null, null,
                null, null, null, null, null, null, "S-1", EhcpDecisionKind.ASSESSMENT_REQUESTED))).isEmpty();
    }

    private static DecisionDraft with(DecisionDraft d, ReviewOutcome outcome, String reason) {
        return new DecisionDraft(d.sourceId(), d.ehcpRef(), d.kind(), d.decisionDate(), d.ncy(), d.caseOfficerId(), null, null, null, null, null,
                outcome, reason, null, null, null, null, null, null);
    }

    private static DecisionDraft review(ReviewOutcome outcome, String reason, LocalDate effective) {
        return new DecisionDraft("S", "E", EhcpDecisionKind.REVIEW_DECISION, TODAY, 4, null, null, null, null, null, effective,
                outcome, reason, null, null, null, null, null, null);
    }

    @Test
    void shouldTakeTheDayACeasedPlanStopsAndNothingElseFromAReviewDecision() {
        // Decided today to cease the plan from the start of next term: the first day it is no longer maintained.
        assertThat(fields(review(ReviewOutcome.CEASE, "3", TODAY.plusDays(60)))).isEmpty();
        assertThat(fields(review(ReviewOutcome.CEASE, "3", TODAY))).isEmpty();
        assertThat(fields(review(ReviewOutcome.CEASE, "3", TODAY.minusDays(1)))).as("a plan cannot cease before the decision to cease it")
                .containsExactly("effectiveDate");
        assertThat(fields(review(ReviewOutcome.MAINTAIN, null, TODAY.plusDays(60)))).containsExactly("effectiveDate");
        assertThat(fields(review(ReviewOutcome.AMEND, null, TODAY.plusDays(60)))).containsExactly("effectiveDate");
    }

    @Test
    void shouldRefuseFieldsAKindNeedsButLacks() {
        assertThat(fields(finalPlan(null, null, null))).containsExactlyInAnyOrder("settingUrns", "needTypes", "effectiveDate");
        assertThat(fields(base(EhcpDecisionKind.REVIEW_DECISION))).containsExactly("reviewOutcome");
        assertThat(fields(with(base(EhcpDecisionKind.REVIEW_DECISION), ReviewOutcome.CEASE, null))).containsExactly("ceaseReason");
        assertThat(fields(base(EhcpDecisionKind.EXCEPTION_ENDED))).containsExactly("exceptionReason");
        assertThat(fields(base(EhcpDecisionKind.TRIBUNAL_ORDER))).containsExactly("tribunalOrder");
        assertThat(fields(base(EhcpDecisionKind.TRANSFER_IN))).containsExactlyInAnyOrder("fromLa", "effectiveDate");
        assertThat(fields(base(EhcpDecisionKind.CORRECTION))).containsExactlyInAnyOrder("supersedesSourceId", "correctedKind");
    }

    @Test
    void shouldRefuseFieldsThatDoNotApplyToTheKind() {
        DecisionDraft draftWithBand = new DecisionDraft("S", "E", EhcpDecisionKind.DRAFT_PLAN_ISSUED, TODAY, 0, null, null, null, null, "B1", null,
                null, null, null, null, null, null, null, null);
        assertThat(fields(draftWithBand)).containsExactly("bandCode");
        assertThat(fields(with(base(EhcpDecisionKind.REVIEW_DECISION), ReviewOutcome.MAINTAIN, "3"))).containsExactly("ceaseReason");
        DecisionDraft requestWithSupersedes = new DecisionDraft("S", "E", EhcpDecisionKind.ASSESSMENT_REQUESTED, TODAY, 0, null, null, null, null, null, null,
                null, null, null, null, null, null, "S-0", null);
        assertThat(fields(requestWithSupersedes)).containsExactly("supersedesSourceId");
    }

    @Test
    void shouldRefuseInsaneValues() {
        assertThat(fields(new DecisionDraft("S 1", "Jane Smith", EhcpDecisionKind.DECIDED_TO_ASSESS, TODAY.plusDays(2), 22, "jane@la.gov.uk",
                null, null, null, null, null, null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("sourceId", "ehcpRef", "decisionDate", "ncy", "caseOfficerId");
        assertThat(fields(finalPlan(List.of("12345", "118234", "118234"), List.of("ASD", "XYZ", "asd"), TODAY.plusYears(3))))
                .containsExactlyInAnyOrder("settingUrns[0]", "settingUrns[2]", "needTypes[1]", "needTypes[2]", "effectiveDate");
        assertThat(fields(new DecisionDraft("S", "E", EhcpDecisionKind.DECIDED_TO_ASSESS, LocalDate.of(2014, 8, 31), -5, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null))).containsExactlyInAnyOrder("decisionDate", "ncy");
        assertThat(fields(with(base(EhcpDecisionKind.REVIEW_DECISION), ReviewOutcome.CEASE, "12"))).containsExactly("ceaseReason");
        assertThat(fields(new DecisionDraft("S", "E", EhcpDecisionKind.TRANSFER_IN, TODAY, 11, null, null, null, null, null, TODAY,
                null, null, null, null, null, "lax", null, null))).containsExactly("fromLa");
        assertThat(fields(new DecisionDraft("S", "E", EhcpDecisionKind.CORRECTION, TODAY, 11, null, null, null, null, null, null,
                null, null, null, null, null, null, "S", EhcpDecisionKind.CORRECTION))).containsExactly("correctedKind");
    }

    @Test
    void shouldAllowTomorrowForTheHourWhenTheUkIsADayAheadOfUtc() {
        DecisionDraft tomorrow = new DecisionDraft("S", "E", EhcpDecisionKind.DECIDED_TO_ASSESS, TODAY.plusDays(1), 0, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(fields(tomorrow)).isEmpty();
    }

    @Test
    void shouldTreatAResendDifferingOnlyInFormAsTheSameDecision() {
        DecisionDraft first = finalPlan(List.of("118234"), List.of("asd", " slcn "), TODAY).normalised();
        DecisionDraft again = finalPlan(List.of(" 118234 "), List.of("ASD", "SLCN"), TODAY).normalised();
        assertThat(again.differencesFrom(first)).isEmpty();
        DecisionDraft changed = finalPlan(List.of("118234"), List.of("SLCN", "ASD"), TODAY.minusDays(1)).normalised();
        assertThat(changed.differencesFrom(first)).extracting(Violation::field).containsExactly("needTypes", "effectiveDate");
        assertThat(base(EhcpDecisionKind.ASSESSMENT_REQUESTED).normalised().reassessment()).isFalse();
    }
}
