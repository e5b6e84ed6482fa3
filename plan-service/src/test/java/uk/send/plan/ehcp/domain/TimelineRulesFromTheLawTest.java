package uk.send.plan.ehcp.domain;

import org.junit.jupiter.api.Test;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.send.plan.ehcp.domain.Decisions.decision;
import static uk.send.plan.ehcp.domain.Decisions.exception;
import static uk.send.plan.ehcp.domain.Decisions.finalPlan;
import static uk.send.plan.ehcp.domain.Decisions.reassessment;
import static uk.send.plan.ehcp.domain.Decisions.request;
import static uk.send.plan.ehcp.domain.Decisions.review;

/**
 * An EHCP's timeline against the law, with dates worked out by hand: which decision starts, stops or excuses which
 * clock (SEND Regulations 2014, SI 2014/1530; HESC Rules 2008, SI 2008/2699).
 */
class TimelineRulesFromTheLawTest {

    private static final String REF = "EHCP-LAW-1";

    private static Map<String, Clock> clocks(List<EhcpDecisionRecorded> decisions) {
        return TimelineBuilder.build(REF, decisions).clocks().stream().collect(Collectors.toMap(Clock::key, Function.identity()));
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Reg 27(2): "within 14 weeks of the notification under regulation 25(1)", the decision to re-assess, not the request. */
    @Test
    void shouldCountTheFourteenWeeksOfAReassessmentFromTheDecisionToReassess() {
        // request Monday 3 January 2028, decision to re-assess Tuesday 18 January 2028 (within the 15 days of reg 25(1))
        Map<String, Clock> c = clocks(List.of(reassessment("R1", REF, "2028-01-03"),
                decision("R2", REF, EhcpDecisionKind.DECIDED_TO_ASSESS, "2028-01-18"),
                decision("R3", REF, EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2028-04-20")));
        Clock fourteenWeeks = c.get("REASSESSMENT:2028-01-03");
        // 18 January + 98 days: 13 days to 31 January, 29 of February 2028, 31 of March, 25 of April: Tuesday 25 April 2028
        assertThat(fourteenWeeks.due()).isEqualTo(d("2028-04-25"));
        // 20 April is after 14 weeks from the request (10 April) but within 14 weeks of the decision
        assertThat(fourteenWeeks.state()).isEqualTo(ClockState.MET);
    }

    @Test
    void shouldKeepTheFirstDecisionToReassessWhenTheCmsSendsTwo() {
        Map<String, Clock> c = clocks(List.of(reassessment("R1", REF, "2028-01-03"),
                decision("R2", REF, EhcpDecisionKind.DECIDED_TO_ASSESS, "2028-01-18"),
                decision("R3", REF, EhcpDecisionKind.DECIDED_TO_ASSESS, "2028-02-01")));
        assertThat(c.get("REASSESSMENT:2028-01-03").due()).isEqualTo(d("2028-04-25"));
    }

    /**
     * Reg 13(3) / 10(4): the LA need not meet the 20 weeks where that was impractical because of an exception. One that began
     * only after the limit had passed cannot have made meeting it impractical: the plan stays late, and SEN2 counts it so.
     */
    @Test
    void shouldNotExcuseALatePlanByAnExceptionThatBeganAfterTheLimit() {
        // request Tuesday 29 February 2028: 20 weeks end Tuesday 18 July 2028
        List<EhcpDecisionRecorded> decisions = List.of(request("R1", REF, "2028-02-29", 4, null),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2028-07-19", ExceptionReason.ABSENT_FROM_AREA),
                finalPlan("R3", REF, "2028-09-05", null));
        Clock twentyWeeks = clocks(decisions).get("FINAL_PLAN:2028-02-29");
        assertThat(twentyWeeks.due()).isEqualTo(d("2028-07-18"));
        assertThat(twentyWeeks.state()).isEqualTo(ClockState.BREACHED);
        assertThat(twentyWeeks.exceptionReason()).isNull();
    }

    /** The same exception beginning on the limit's last day does excuse it. */
    @Test
    void shouldExcuseALatePlanByAnExceptionThatBeganOnTheLimitsLastDay() {
        Clock twentyWeeks = clocks(List.of(request("R1", REF, "2028-02-29", 4, null),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2028-07-18", ExceptionReason.ABSENT_FROM_AREA),
                finalPlan("R3", REF, "2028-09-05", null))).get("FINAL_PLAN:2028-02-29");
        assertThat(twentyWeeks.state()).isEqualTo(ClockState.EXCUSED);
        assertThat(twentyWeeks.exceptionReason()).isEqualTo("ABSENT_FROM_AREA");
    }

    /**
     * An exception disapplies the limit; it does not pause the clock. After it ends the due date is still 20 weeks from the
     * request (DOMAIN.md: "pause or excuse"; the regulations only excuse), and the clock, still open, stays excused.
     */
    @Test
    void shouldNeitherMoveNorRestartTheTwentyWeeksWhenAnExceptionEnds() {
        Clock open = clocks(List.of(request("R1", REF, "2028-02-29", 4, null),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2028-04-03", ExceptionReason.SETTING_CLOSED),
                exception("R3", REF, EhcpDecisionKind.EXCEPTION_ENDED, "2028-05-08", ExceptionReason.SETTING_CLOSED)))
                .get("FINAL_PLAN:2028-02-29");
        assertThat(open.due()).isEqualTo(d("2028-07-18"));
        assertThat(open.state()).isEqualTo(ClockState.EXCUSED);
    }

    /**
     * Reg 13(3): the 20 weeks are excused only for the reasons of reg 10(4)(a) to (d) (settings closed, exceptional personal
     * circumstances, absence from the area); a body's advice arriving late is not one of them, so SEN2 counts the plan as late.
     */
    @Test
    void shouldNotExcuseTheTwentyWeeksBecauseAdviceArrivedLate() {
        List<EhcpDecisionRecorded> adviceLate = List.of(request("R1", REF, "2028-02-29", 4, null),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2028-04-10", ExceptionReason.ADVICE_NOT_RECEIVED),
                reassessment("R3", REF, "2029-03-05"),
                exception("R4", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2029-03-12", ExceptionReason.ADVICE_NOT_RECEIVED),
                finalPlan("R5", REF, "2028-08-01", null),
                decision("R6", REF, EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2029-07-02"));
        Map<String, Clock> c = clocks(adviceLate);
        assertThat(c.get("FINAL_PLAN:2028-02-29").state()).isEqualTo(ClockState.BREACHED);
        assertThat(c.get("FINAL_PLAN:2028-02-29").exceptionReason()).isNull();
        // 5 March 2029 + 14 weeks = 11 June 2029 (no decision to re-assess recorded): late, and not excused either (reg 27(3))
        assertThat(c.get("REASSESSMENT:2029-03-05").due()).isEqualTo(d("2029-06-11"));
        assertThat(c.get("REASSESSMENT:2029-03-05").state()).isEqualTo(ClockState.BREACHED);

        Clock closed = clocks(List.of(request("R1", REF, "2028-02-29", 4, null),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2028-04-10", ExceptionReason.SETTING_CLOSED),
                finalPlan("R5", REF, "2028-08-01", null))).get("FINAL_PLAN:2028-02-29");
        assertThat(closed.state()).isEqualTo(ClockState.EXCUSED);
    }

    /**
     * A correction of the final plan's date, whichever arrives first, decides whether the 20 weeks were met: recorded as
     * 19 July 2028 (a day late for a request of 29 February), corrected to 18 July, the limit's last day.
     */
    @Test
    void shouldMeetTheTwentyWeeksWhenACorrectionMovesThePlanOntoTheLastDay() {
        EhcpDecisionRecorded requested = request("R1", REF, "2028-02-29", 4, null);
        EhcpDecisionRecorded late = finalPlan("R2", REF, "2028-07-19", null);
        EhcpDecisionRecorded corrected = Decisions.correction("C1", REF, "2028-07-18", "R2", EhcpDecisionKind.FINAL_PLAN_ISSUED, null, null);
        assertThat(clocks(List.of(requested, late)).get("FINAL_PLAN:2028-02-29").state()).isEqualTo(ClockState.BREACHED);
        for (List<EhcpDecisionRecorded> arrival : List.of(List.of(requested, late, corrected), List.of(corrected, late, requested),
                List.of(corrected, requested))) {
            Clock twentyWeeks = clocks(arrival).get("FINAL_PLAN:2028-02-29");
            assertThat(twentyWeeks.stopped()).isEqualTo(d("2028-07-18"));
            assertThat(twentyWeeks.state()).isEqualTo(ClockState.MET);
        }
    }

    /** An exception that ended before the request has nothing to excuse. */
    @Test
    void shouldIgnoreAnExceptionThatEndedBeforeTheRequest() {
        Clock late = clocks(List.of(exception("R1", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2028-01-03", ExceptionReason.ABSENT_FROM_AREA),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_ENDED, "2028-02-28", ExceptionReason.ABSENT_FROM_AREA),
                request("R3", REF, "2028-02-29", 4, null), finalPlan("R4", REF, "2028-07-19", null))).get("FINAL_PLAN:2028-02-29");
        assertThat(late.state()).isEqualTo(ClockState.BREACHED);
    }

    /**
     * Reg 13(1)(a): at least 15 days beginning with the day the draft was served. Served Tuesday 15 February 2028, the 15th day is
     * 29 February: a plan finalised that day cut the family's time short; from 1 March it did not.
     */
    @Test
    void shouldBreachTheFamilysFifteenDaysWhenThePlanIsFinalisedOnTheFifteenthDay() {
        List<EhcpDecisionRecorded> onDay15 = List.of(request("R1", REF, "2027-11-01", 4, null),
                decision("R2", REF, EhcpDecisionKind.DRAFT_PLAN_ISSUED, "2028-02-15"), finalPlan("R3", REF, "2028-02-29", null));
        Clock cutShort = clocks(onDay15).get("FAMILY_TIME_ON_DRAFT:2028-02-15");
        assertThat(cutShort.due()).isEqualTo(d("2028-02-29"));
        assertThat(cutShort.state()).isEqualTo(ClockState.BREACHED);

        List<EhcpDecisionRecorded> onDay16 = List.of(request("R1", REF, "2027-11-01", 4, null),
                decision("R2", REF, EhcpDecisionKind.DRAFT_PLAN_ISSUED, "2028-02-15"), finalPlan("R3", REF, "2028-03-01", null));
        assertThat(clocks(onDay16).get("FAMILY_TIME_ON_DRAFT:2028-02-15").state()).isEqualTo(ClockState.MET);
    }

    /** Act s44(1): a plan made on the leap day is reviewed within the 12 months starting with it, which end 28 February 2029. */
    @Test
    void shouldDueTheFirstReviewOfALeapDayPlanOnTheLastDayOfFebruary() {
        Map<String, Clock> c = clocks(List.of(finalPlan("R1", REF, "2028-02-29", 4)));
        assertThat(c.get("ANNUAL_REVIEW:2028-02-29").due()).isEqualTo(d("2029-02-28"));
        // the appeal: 29 April 2028 is a Saturday and Monday 1 May the early May bank holiday (HESC rule 12(2))
        assertThat(c.get("APPEAL:2028-02-29").due()).isEqualTo(d("2028-05-02"));
    }

    /**
     * HESC rules 20(1)(c) and 12(3)(a): a decision to cease on 25 October 2027 can be appealed until 25 December 2027, which moves
     * past Christmas and the New Year substitute (Monday 3 January 2028) to Tuesday 4 January 2028.
     */
    @Test
    void shouldGiveTheFamilyUntilAfterNewYearToAppealACeaseDecisionOfLateOctober() {
        Map<String, Clock> c = clocks(List.of(finalPlan("R1", REF, "2026-11-02", 9),
                decision("R2", REF, EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2027-10-04"),
                review("R3", REF, "2027-10-25", ReviewOutcome.CEASE)));
        assertThat(c.get("REVIEW_DECISION:2027-10-04").due()).isEqualTo(d("2027-11-01"));
        assertThat(c.get("REVIEW_DECISION:2027-10-04").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("APPEAL:2027-10-25").due()).isEqualTo(d("2028-01-04"));
    }

    /**
     * Reg 22(2)(c): proposed amendments give the family "at least 15 days, beginning with the day on which the draft plan was
     * served", like a first draft. Served 15 February 2028, an amended plan on 29 February cut the 15 days short.
     */
    @Test
    void shouldGiveTheFamilyFifteenDaysOnProposedAmendments() {
        List<EhcpDecisionRecorded> decisions = new ArrayList<>(List.of(finalPlan("R1", REF, "2027-03-01", 5),
                decision("R2", REF, EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2028-01-24"),
                decision("R3", REF, EhcpDecisionKind.AMENDMENT_NOTICE_ISSUED, "2028-02-15")));
        List<EhcpDecisionRecorded> early = new ArrayList<>(decisions);
        early.add(decision("R4", REF, EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2028-02-29"));
        Clock cutShort = clocks(early).get("FAMILY_TIME_ON_DRAFT:2028-02-15");
        assertThat(cutShort.due()).isEqualTo(d("2028-02-29"));
        assertThat(cutShort.state()).isEqualTo(ClockState.BREACHED);
        assertThat(clocks(early).get("AMENDED_PLAN:2028-02-15").due()).isEqualTo(d("2028-04-11"));

        decisions.add(decision("R4", REF, EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2028-03-01"));
        assertThat(clocks(decisions).get("FAMILY_TIME_ON_DRAFT:2028-02-15").state()).isEqualTo(ClockState.MET);
    }

    /**
     * Reg 15(5): after a transfer in, the review is due before the later of the 12 months starting with the plan or its last
     * review and the 3 months starting with the transfer.
     */
    @Test
    void shouldGiveATransferredPlanAtLeastThreeMonthsToItsReview() {
        // plan 1 June 2027: 12 months end 31 May 2028; transferred 20 April 2028: 3 months end 19 July 2028, the later
        Map<String, Clock> near = clocks(List.of(finalPlan("R1", REF, "2027-06-01", 5), decision("R2", REF, EhcpDecisionKind.TRANSFER_IN, "2028-04-20")));
        assertThat(near.get("ANNUAL_REVIEW:2027-06-01").due()).isEqualTo(d("2028-07-19"));

        // plan 10 January 2028: 12 months end 9 January 2029, later than the 3 months: it stands
        Map<String, Clock> far = clocks(List.of(finalPlan("R1", REF, "2028-01-10", 5), decision("R2", REF, EhcpDecisionKind.TRANSFER_IN, "2028-04-20")));
        assertThat(far.get("ANNUAL_REVIEW:2028-01-10").due()).isEqualTo(d("2029-01-09"));

        // no earlier decisions: the old LA's dates are unknown, so 12 months starting with the transfer
        Map<String, Clock> unknown = clocks(List.of(decision("R2", REF, EhcpDecisionKind.TRANSFER_IN, "2028-04-20")));
        assertThat(unknown.get("ANNUAL_REVIEW:2028-04-20").due()).isEqualTo(d("2029-04-19"));
    }

    private static EhcpDecisionRecorded recordedAt(EhcpDecisionRecorded d, String instant) {
        return new EhcpDecisionRecorded(d.decisionId(), d.sourceId(), d.ehcpRef(), d.kind(), d.decisionDate(), Instant.parse(instant), d.ncy(),
                d.caseOfficerId(), d.reassessment(), d.settingUrns(), d.needTypes(), d.bandCode(), d.effectiveDate(), d.reviewOutcome(),
                d.ceaseReason(), d.exceptionReason(), d.refusalAppealable(), d.tribunalOrder(), d.fromLa(), d.supersedesSourceId(),
                d.correctedKind());
    }

    /**
     * Two steps taken the same day (a review meeting and the decision after it; a request refused at once; an order to assess
     * and the LA's notice) are applied in the order the process takes them, whichever the CMS recorded first: the order of
     * arrival never changes a timeline.
     */
    @Test
    void shouldApplyTwoStepsOfTheSameDayInTheProcessesOrderWhateverWasRecordedFirst() {
        List<EhcpDecisionRecorded> decisionRecordedFirst = List.of(finalPlan("R1", REF, "2027-03-01", 5),
                recordedAt(decision("R2", REF, EhcpDecisionKind.ANNUAL_REVIEW_HELD, "2028-02-28"), "2028-02-28T16:00:00Z"),
                recordedAt(review("R3", REF, "2028-02-28", ReviewOutcome.MAINTAIN), "2028-02-28T09:00:00Z"),
                recordedAt(request("R4", REF, "2028-03-06", 5, null), "2028-03-06T16:00:00Z"),
                recordedAt(decision("R5", REF, EhcpDecisionKind.REFUSED_TO_ASSESS, "2028-03-06"), "2028-03-06T09:00:00Z"),
                recordedAt(decision("R6", REF, EhcpDecisionKind.DECIDED_TO_ASSESS, "2028-06-05"), "2028-06-05T09:00:00Z"),
                recordedAt(Decisions.order("R7", REF, "2028-06-05", EhcpDecisionRecorded.TribunalOrder.ASSESS), "2028-06-05T16:00:00Z"));
        Map<String, Clock> c = clocks(decisionRecordedFirst);
        assertThat(c.get("REVIEW_DECISION:2028-02-28").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("DECIDE_TO_ASSESS:2028-03-06").state()).isEqualTo(ClockState.MET);
        assertThat(c.get("FINAL_PLAN:2028-03-06").state()).isEqualTo(ClockState.ENDED);
        assertThat(c.get("ORDER_NOTIFY_ASSESSMENT:2028-06-05").state()).isEqualTo(ClockState.MET);

        List<EhcpDecisionRecorded> reversed = new ArrayList<>(decisionRecordedFirst);
        Collections.reverse(reversed);
        assertThat(TimelineBuilder.build(REF, reversed).clocks()).containsExactlyInAnyOrderElementsOf(TimelineBuilder.build(REF, decisionRecordedFirst).clocks());
    }

    /** A timeline with a re-assessment and an exception is the same whatever the order and repeats of arrival. */
    @Test
    void shouldBuildTheSameReassessmentTimelineWhateverTheOrderOfArrival() {
        List<EhcpDecisionRecorded> inOrder = List.of(finalPlan("R0", REF, "2026-03-02", 5), reassessment("R1", REF, "2028-01-03"),
                exception("R2", REF, EhcpDecisionKind.EXCEPTION_APPLIED, "2028-01-10", ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES),
                decision("R3", REF, EhcpDecisionKind.DECIDED_TO_ASSESS, "2028-01-18"),
                decision("R4", REF, EhcpDecisionKind.AMENDED_PLAN_ISSUED, "2028-05-02"));
        Timeline expected = TimelineBuilder.build(REF, inOrder);
        Clock fourteenWeeks = expected.clocks().stream().filter(c -> c.rule() == ClockRule.REASSESSMENT).findFirst().orElseThrow();
        assertThat(fourteenWeeks.due()).isEqualTo(d("2028-04-25"));
        assertThat(fourteenWeeks.state()).isEqualTo(ClockState.EXCUSED);

        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            List<EhcpDecisionRecorded> shuffled = new ArrayList<>(inOrder);
            shuffled.addAll(inOrder.subList(0, random.nextInt(inOrder.size())));
            Collections.shuffle(shuffled, random);
            assertThat(TimelineBuilder.build(REF, shuffled).clocks()).containsExactlyInAnyOrderElementsOf(expected.clocks());
        }
    }
}
