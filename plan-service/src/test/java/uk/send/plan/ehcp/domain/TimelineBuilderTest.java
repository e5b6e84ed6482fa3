package uk.send.plan.ehcp.domain;

import org.junit.jupiter.api.Test;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;
import uk.send.platform.events.EhcpDecisionRecorded.TribunalOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.send.plan.ehcp.domain.Decisions.correction;
import static uk.send.plan.ehcp.domain.Decisions.decision;
import static uk.send.plan.ehcp.domain.Decisions.exception;
import static uk.send.plan.ehcp.domain.Decisions.finalPlan;
import static uk.send.plan.ehcp.domain.Decisions.order;
import static uk.send.plan.ehcp.domain.Decisions.request;
import static uk.send.plan.ehcp.domain.Decisions.review;

class TimelineBuilderTest {

    private static final String REF = "EHCP-T-1";

    private static Map<String, Clock> clocks(List<EhcpDecisionRecorded> decisions) {
        return TimelineBuilder.build(REF, decisions).clocks().stream().collect(Collectors.toMap(Clock::key, Function.identity()));
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Monday 5 January 2026: the request; NCY 3. */
    private static List<EhcpDecisionRecorded> wholeAssessment() {
        return List.of(
                request("R1", REF, "2026-01-05", 3, "jo.case"),
                decision("R2", REF, EhcpDecisionKind.DECIDED_TO_ASSESS, "2026-02-09"),
                decision("R3", REF, EhcpDecisionKind.DRAFT_PLAN_ISSUED, "2026-04-13"),
                finalPlan("R4", REF, "2026-05-11", null));
    }

    @Test
    void shouldStartTheSixSixteenAndTwentyWeekClocksOnARequest() {
        Timeline t = TimelineBuilder.build(REF, List.of(request("R1", REF, "2026-01-05", 3, "jo.case")));

        assertThat(t.caseOfficerId()).isEqualTo("jo.case");
        assertThat(t.clocks()).extracting(Clock::rule, Clock::due, Clock::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ClockRule.DECIDE_TO_ASSESS, d("2026-02-16"), ClockState.OPEN),
                org.assertj.core.groups.Tuple.tuple(ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, d("2026-04-27"), ClockState.OPEN),
                org.assertj.core.groups.Tuple.tuple(ClockRule.FINAL_PLAN, d("2026-05-25"), ClockState.OPEN));
    }

    @Test
    void shouldMeetEachStepDoneInTimeAndStartReviewsTransfersAndTheAppealClock() {
        Map<String, Clock> c = clocks(wholeAssessment());

        assertThat(c.get("DECIDE_TO_ASSESS:2026-01-05").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("DECIDE_TO_ASSESS:2026-01-05").stopped()).isEqualTo(d("2026-02-09"));
        assertThat(c.get("DRAFT_OR_NOTICE_NOT_TO_ISSUE:2026-01-05").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("FINAL_PLAN:2026-01-05").state()).isEqualTo(ClockState.MET);
        // the family had 13 to 27 April; the plan was finalised after
        assertThat(c.get("FAMILY_TIME_ON_DRAFT:2026-04-13").due()).isEqualTo(d("2026-04-27"));
        assertThat(c.get("FAMILY_TIME_ON_DRAFT:2026-04-13").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("ANNUAL_REVIEW:2026-05-11").due()).isEqualTo(d("2027-05-10"));
        // 11 July 2026 is a Saturday
        assertThat(c.get("APPEAL:2026-05-11").due()).isEqualTo(d("2026-07-13"));
        // NCY 3 in 2025/26: into Year 7 in September 2029 (by 15 February 2029), into post-16 in 2034 (31 March)
        assertThat(c.get("PHASE_TRANSFER:2029").due()).isEqualTo(d("2029-02-15"));
        assertThat(c.get("PHASE_TRANSFER:2029").started()).isEqualTo(d("2028-09-01"));
        assertThat(c.get("PHASE_TRANSFER:2034").due()).isEqualTo(d("2034-03-31"));
        assertThat(c).doesNotContainKey("PHASE_TRANSFER:2022");
    }

    @Test
    void shouldBuildTheSameTimelineWhateverTheOrderOfArrivalAndRepeats() {
        List<EhcpDecisionRecorded> inOrder = new ArrayList<>(wholeAssessment());
        inOrder.add(exception("R5", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2026-03-02", ExceptionReason.SETTING_CLOSED));
        inOrder.add(decision("R6", REF, EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2027-04-20"));
        inOrder.add(correction("R7", REF, "2026-01-06", "R1", EhcpDecisionKind.ASSESSMENT_REQUESTED, 3, "sam.case"));
        Timeline expected = TimelineBuilder.build(REF, inOrder);

        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            List<EhcpDecisionRecorded> shuffled = new ArrayList<>(inOrder);
            shuffled.addAll(inOrder.subList(0, random.nextInt(inOrder.size())));
            Collections.shuffle(shuffled, random);
            Timeline t = TimelineBuilder.build(REF, shuffled);
            assertThat(t.clocks()).containsExactlyInAnyOrderElementsOf(expected.clocks());
            assertThat(t.caseOfficerId()).isEqualTo(expected.caseOfficerId());
            assertThat(t.decisions()).isEqualTo(expected.decisions());
        }
    }

    @Test
    void shouldBreachALateFinalPlanAndExcuseItWhenAnExceptionApplied() {
        List<EhcpDecisionRecorded> late = List.of(request("R1", REF, "2026-01-05", 3, null), finalPlan("R2", REF, "2026-06-01", null));
        assertThat(clocks(late).get("FINAL_PLAN:2026-01-05").state()).isEqualTo(ClockState.BREACHED);

        List<EhcpDecisionRecorded> excused = new ArrayList<>(late);
        excused.add(exception("R3", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2026-03-02", ExceptionReason.ABSENT_FROM_AREA));
        excused.add(exception("R4", REF, EhcpDecisionKind.EXCEPTION_ENDED, "2026-04-10", ExceptionReason.ABSENT_FROM_AREA));
        Clock twentyWeeks = clocks(excused).get("FINAL_PLAN:2026-01-05");
        assertThat(twentyWeeks.state()).isEqualTo(ClockState.EXCUSED);
        assertThat(twentyWeeks.exceptionReason()).isEqualTo("ABSENT_FROM_AREA");
        assertThat(twentyWeeks.stopped()).isEqualTo(d("2026-06-01"));
    }

    @Test
    void shouldRecordAnExceptionOnAPlanIssuedInTimeButKeepItMet() {
        Clock c = clocks(List.of(request("R1", REF, "2026-01-05", 3, null),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2026-02-02", ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES),
                finalPlan("R3", REF, "2026-05-20", null))).get("FINAL_PLAN:2026-01-05");
        assertThat(c.state()).isEqualTo(ClockState.MET);
        assertThat(c.exceptionReason()).isEqualTo("EXCEPTIONAL_PERSONAL_CIRCUMSTANCES");
    }

    @Test
    void shouldMoveTheClocksWhenACorrectionChangesTheRequestDateWhicheverArrivesFirst() {
        EhcpDecisionRecorded original = request("R1", REF, "2026-01-05", 3, "jo.case");
        EhcpDecisionRecorded corrected = correction("C1", REF, "2026-01-12", "R1", EhcpDecisionKind.ASSESSMENT_REQUESTED, 3, "jo.case");

        for (List<EhcpDecisionRecorded> arrival : List.of(List.of(original, corrected), List.of(corrected, original), List.of(corrected))) {
            Map<String, Clock> c = clocks(arrival);
            assertThat(c).doesNotContainKey("DECIDE_TO_ASSESS:2026-01-05");
            assertThat(c.get("DECIDE_TO_ASSESS:2026-01-12").due()).isEqualTo(d("2026-02-23"));
            assertThat(c.get("FINAL_PLAN:2026-01-12").due()).isEqualTo(d("2026-06-01"));
        }
    }

    @Test
    void shouldApplyTheLatestOfACorrectionChain() {
        Map<String, Clock> c = clocks(List.of(request("R1", REF, "2026-01-05", 3, null),
                correction("C1", REF, "2026-01-12", "R1", EhcpDecisionKind.ASSESSMENT_REQUESTED, 3, null),
                correction("C2", REF, "2026-01-19", "C1", EhcpDecisionKind.ASSESSMENT_REQUESTED, 3, null)));
        assertThat(c.keySet()).containsExactlyInAnyOrder("DECIDE_TO_ASSESS:2026-01-19", "DRAFT_OR_NOTICE_NOT_TO_ISSUE:2026-01-19", "FINAL_PLAN:2026-01-19");
    }

    @Test
    void shouldEndThePlanClocksAndStartTheAppealWhenTheLaRefusesToAssessLate() {
        Map<String, Clock> c = clocks(List.of(request("R1", REF, "2026-01-05", 3, null),
                decision("R2", REF, EhcpDecisionKind.REFUSED_TO_ASSESS, "2026-02-20")));
        assertThat(c.get("DECIDE_TO_ASSESS:2026-01-05").state()).isEqualTo(ClockState.BREACHED);
        assertThat(c.get("FINAL_PLAN:2026-01-05").state()).isEqualTo(ClockState.ENDED);
        assertThat(c.get("FINAL_PLAN:2026-01-05").endReason()).isEqualTo("REFUSED_TO_ASSESS");
        assertThat(c.get("APPEAL:2026-02-20").due()).isEqualTo(d("2026-04-20"));
    }

    @Test
    void shouldReviewAnUnderFiveEverySixMonthsAndTransferThemIntoReception() {
        Map<String, Clock> c = clocks(List.of(finalPlan("R1", REF, "2025-10-01", -1)));
        assertThat(c.get("ANNUAL_REVIEW:2025-10-01").due()).isEqualTo(d("2026-03-31"));
        assertThat(c.get("PHASE_TRANSFER:2026").due()).isEqualTo(d("2026-02-15"));
        assertThat(c.get("PHASE_TRANSFER:2026").started()).isEqualTo(d("2025-10-01"));
    }

    @Test
    void shouldChainReviewsDecisionsAndAmendments() {
        List<EhcpDecisionRecorded> decisions = new ArrayList<>(wholeAssessment());
        decisions.add(decision("R5", REF, EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2027-04-01"));
        decisions.add(decision("R6", REF, EhcpDecisionKind.AMENDMENT_NOTICE_ISSUED, "2027-04-20"));
        decisions.add(decision("R7", REF, EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2027-06-20"));
        Map<String, Clock> c = clocks(decisions);

        assertThat(c.get("ANNUAL_REVIEW:2026-05-11").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("ANNUAL_REVIEW:2027-04-01").due()).isEqualTo(d("2028-03-31"));
        assertThat(c.get("ANNUAL_REVIEW:2027-04-01").state()).isEqualTo(ClockState.OPEN);
        assertThat(c.get("REVIEW_DECISION:2027-04-01").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("AMENDED_PLAN:2027-04-20").due()).isEqualTo(d("2027-06-15"));
        assertThat(c.get("AMENDED_PLAN:2027-04-20").state()).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void shouldExtendTheAppealByAMediationCertificateAndMeetItWhenRegistered() {
        List<EhcpDecisionRecorded> decisions = new ArrayList<>(wholeAssessment());
        decisions.add(decision("R5", REF, EhcpDecisionKind.MEDIATION_CERTIFICATE_ISSUED, "2026-07-01"));
        decisions.add(decision("R6", REF, EhcpDecisionKind.APPEAL_REGISTERED, "2026-08-20"));
        Clock appeal = clocks(decisions).get("APPEAL:2026-05-11");
        // a month from 1 July is Saturday 1 August: August moves it to Tuesday 1 September
        assertThat(appeal.due()).isEqualTo(d("2026-09-01"));
        assertThat(appeal.state()).isEqualTo(ClockState.MET);
    }

    @Test
    void shouldEndReviewsAndTransfersWhenThePlanCeasesAndResumeThemOnATribunalOrder() {
        List<EhcpDecisionRecorded> decisions = new ArrayList<>(wholeAssessment());
        decisions.add(decision("R5", REF, EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2027-04-01"));
        decisions.add(review("R6", REF, "2027-04-15", ReviewOutcome.CEASE));
        Map<String, Clock> ceased = clocks(decisions);
        assertThat(ceased.get("ANNUAL_REVIEW:2027-04-01").state()).isEqualTo(ClockState.ENDED);
        assertThat(ceased.get("PHASE_TRANSFER:2029").state()).isEqualTo(ClockState.ENDED);
        assertThat(ceased.get("APPEAL:2027-04-15").state()).isEqualTo(ClockState.OPEN);

        decisions.add(order("R7", REF, "2027-09-14", TribunalOrder.MAINTAIN_WITH_AMENDMENTS));
        Map<String, Clock> resumed = clocks(decisions);
        assertThat(resumed.get("ORDER_AMEND_PLAN:2027-09-14").due()).isEqualTo(d("2027-10-19"));
        assertThat(resumed.get("ANNUAL_REVIEW:2027-09-14").state()).isEqualTo(ClockState.OPEN);
    }

    @Test
    void shouldKeepTheTribunalsPeriodsForAnOrderToMakeAPlan() {
        Map<String, Clock> c = clocks(List.of(decision("R1", REF, EhcpDecisionKind.DECIDED_NOT_TO_ISSUE, "2026-01-05"),
                order("R2", REF, "2026-03-03", TribunalOrder.MAKE_PLAN),
                decision("R3", REF, EhcpDecisionKind.DRAFT_PLAN_ISSUED, "2026-04-01"),
                finalPlan("R4", REF, "2026-05-26", 4)));
        assertThat(c.get("ORDER_DRAFT_PLAN:2026-03-03").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("ORDER_FINAL_PLAN:2026-03-03").due()).isEqualTo(d("2026-05-19"));
        assertThat(c.get("ORDER_FINAL_PLAN:2026-03-03").state()).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void shouldStartAFourteenWeekClockOnAReassessment() {
        Map<String, Clock> c = clocks(List.of(Decisions.reassessment("R1", REF, "2025-11-03"),
                decision("R2", REF, EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2026-02-02")));
        assertThat(c.get("REASSESSMENT:2025-11-03").due()).isEqualTo(d("2026-02-09"));
        assertThat(c.get("REASSESSMENT:2025-11-03").state()).isEqualTo(ClockState.MET);
        assertThat(c).doesNotContainKey("FINAL_PLAN:2025-11-03");
    }
}
