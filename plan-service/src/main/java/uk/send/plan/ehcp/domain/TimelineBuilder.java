package uk.send.plan.ehcp.domain;

import uk.send.plan.deadline.domain.EhcpTimescales;
import uk.send.plan.deadline.domain.EhcpTimescales.OrderStep;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds one EHCP's statutory clocks from all of its decisions. The result depends only on the set of
 * decisions, never on the order they arrived or on repeats: {@link DecisionsInEffect} settles which decisions
 * count and their order, and each is applied in turn to the EHCP's {@link ClockBook}, which starts, stops and
 * ends its clocks and finally excuses those an exception covered. Pure: no framework, no clock.
 *
 * <p>Phase transfers (SEND Regs 18(1)) are kept for the transfers every child makes: into reception (NCY 0,
 * from early years), into secondary (NCY 7) and into post-16 (NCY 12, due 31 March). Infant-to-junior and
 * middle-school transfers depend on the school, which the decisions do not say, so are not kept. A child's
 * NCY on any day is counted from the latest decision that gave one, a year per academic year (September).
 */
public final class TimelineBuilder {

    private static final int[] TRANSFER_INTO_NCY = {0, 7, 12};

    private TimelineBuilder() {
    }

    public static Timeline build(String ehcpRef, List<EhcpDecisionRecorded> arrived) {
        List<EhcpDecisionRecorded> decisions = DecisionsInEffect.of(arrived);
        return new Walk(ehcpRef, decisions).run();
    }

    /** One walk through an EHCP's decisions in effect: what each decision does to its clocks, plan and NCY. */
    private static final class Walk {
        private final String ehcpRef;
        private final List<EhcpDecisionRecorded> decisions;
        private final ClockBook clocks = new ClockBook();
        private final List<ClockBook.ExceptionSpell> exceptions = new ArrayList<>();
        private LocalDate ncyAnchorDate;
        private Integer ncyAnchor;
        private String officer;
        private LocalDate planIssued;
        private boolean ceased;

        Walk(String ehcpRef, List<EhcpDecisionRecorded> decisions) {
            this.ehcpRef = ehcpRef;
            this.decisions = decisions;
            for (EhcpDecisionRecorded d : decisions) {
                if (d.ncy() != null) {
                    ncyAnchor = d.ncy();
                    ncyAnchorDate = d.decisionDate();
                }
                if (d.caseOfficerId() != null && !d.caseOfficerId().isBlank()) {
                    officer = d.caseOfficerId();
                }
            }
        }

        Timeline run() {
            List<ClockBook.ExceptionSpell> open = new ArrayList<>();
            for (EhcpDecisionRecorded d : decisions) {
                LocalDate day = d.decisionDate();
                switch (d.kind()) {
                    case ASSESSMENT_REQUESTED -> {
                        clocks.endOpen(day, "NEW_REQUEST", ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.FINAL_PLAN,
                                ClockRule.REASSESSMENT);
                        if (Boolean.TRUE.equals(d.reassessment())) {
                            clocks.start(ClockRule.REASSESSMENT, day, EhcpTimescales.reassessment(day));
                        } else {
                            clocks.start(ClockRule.DECIDE_TO_ASSESS, day, EhcpTimescales.decideWhetherToAssess(day));
                            clocks.start(ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, day, EhcpTimescales.draftOrDecisionNotToIssue(day));
                            clocks.start(ClockRule.FINAL_PLAN, day, EhcpTimescales.finalPlan(day));
                        }
                    }
                    case DECIDED_TO_ASSESS -> {
                        clocks.stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.ORDER_NOTIFY_ASSESSMENT);
                        reassessmentDecided(day);
                    }
                    case REFUSED_TO_ASSESS -> {
                        clocks.stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.ORDER_NOTIFY_ASSESSMENT);
                        clocks.endOpen(day, "REFUSED_TO_ASSESS", ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.FINAL_PLAN, ClockRule.REASSESSMENT);
                        startAppeal(day);
                    }
                    case DECIDED_NOT_TO_ISSUE -> {
                        clocks.stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.REASSESSMENT,
                                ClockRule.ORDER_PLAN_AFTER_ASSESSMENT);
                        clocks.endOpen(day, "DECIDED_NOT_TO_ISSUE", ClockRule.FINAL_PLAN);
                        startAppeal(day);
                    }
                    case DRAFT_PLAN_ISSUED -> {
                        clocks.stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.ORDER_DRAFT_PLAN);
                        familyTimeOnDraft(day);
                    }
                    case FINAL_PLAN_ISSUED -> {
                        clocks.stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.FINAL_PLAN,
                                ClockRule.REASSESSMENT, ClockRule.FAMILY_TIME_ON_DRAFT, ClockRule.ORDER_DRAFT_PLAN, ClockRule.ORDER_FINAL_PLAN,
                                ClockRule.ORDER_PLAN_AFTER_ASSESSMENT);
                        planLive(day);
                        startAppeal(day);
                    }
                    case TRANSFER_IN -> transferIn(d.effectiveDate() != null ? d.effectiveDate() : day);
                    case ANNUAL_REVIEW_HELD -> {
                        clocks.stopOpen(day, ClockRule.ANNUAL_REVIEW);
                        if (!ceased) {
                            clocks.start(ClockRule.ANNUAL_REVIEW, day, EhcpTimescales.annualReview(day, ncyAt(day)));
                        }
                        clocks.start(ClockRule.REVIEW_DECISION, day, EhcpTimescales.reviewDecision(day));
                    }
                    case REVIEW_DECISION -> {
                        clocks.stopOpen(day, ClockRule.REVIEW_DECISION);
                        if (d.reviewOutcome() == EhcpDecisionRecorded.ReviewOutcome.MAINTAIN) {
                            clocks.stopOpen(day, ClockRule.PHASE_TRANSFER);
                            startAppeal(day);
                        } else if (d.reviewOutcome() == EhcpDecisionRecorded.ReviewOutcome.CEASE) {
                            cease(day);
                            startAppeal(day);
                        }
                    }
                    case AMENDMENT_NOTICE_ISSUED -> {
                        // The notice of proposed amendments is the review decision to amend (R (L, M, P) v Devon CC [2022] EWHC 493 (Admin)).
                        clocks.stopOpen(day, ClockRule.REVIEW_DECISION);
                        clocks.endOpen(day, "NEW_NOTICE", ClockRule.AMENDED_PLAN);
                        clocks.start(ClockRule.AMENDED_PLAN, day, EhcpTimescales.amendedPlan(day));
                        // Reg 22(2)(c): the family has the same 15 days, beginning with the day served, on proposed amendments
                        familyTimeOnDraft(day);
                    }
                    case AMENDED_PLAN_ISSUED -> {
                        clocks.stopOpen(day, ClockRule.AMENDED_PLAN, ClockRule.PHASE_TRANSFER, ClockRule.REASSESSMENT, ClockRule.ORDER_AMEND_PLAN,
                                ClockRule.FAMILY_TIME_ON_DRAFT);
                        startAppeal(day);
                    }
                    case EXCEPTION_APPLIED -> open.add(new ClockBook.ExceptionSpell(d.exceptionReason(), day, null));
                    case EXCEPTION_ENDED -> {
                        Optional<ClockBook.ExceptionSpell> ending = open.stream()
                                .filter(s -> d.exceptionReason() == null || s.reason() == d.exceptionReason()).reduce((a, b) -> b);
                        ending.ifPresent(s -> {
                            open.remove(s);
                            exceptions.add(new ClockBook.ExceptionSpell(s.reason(), s.from(), day));
                        });
                    }
                    case MEDIATION_CERTIFICATE_ISSUED -> clocks.latestOpen(ClockRule.APPEAL)
                            .ifPresent(a -> a.due = EhcpTimescales.appealLimit(a.started, Optional.of(day)));
                    case APPEAL_REGISTERED -> clocks.latestOpen(ClockRule.APPEAL).ifPresent(a -> ClockBook.stop(a, day));
                    case TRIBUNAL_ORDER -> order(d, day);
                    case CORRECTION -> {
                        // a correction of a decision never received, without the kind it corrects to: nothing to apply
                    }
                }
            }
            exceptions.addAll(open);
            return new Timeline(ehcpRef, officer, ncyAnchor, planIssued, ceased,
                    clocks.finish(exceptions), decisions);
        }

        /**
         * SEND Regs 27(2): the plan after a re-assessment is due "within 14 weeks of the notification under regulation 25(1)" (the
         * LA's decision to re-assess), not of the request. Until that decision is recorded the clock runs from the request, the
         * earliest it can run from; the first decision to re-assess moves it to 14 weeks from the decision, once.
         */
        private void reassessmentDecided(LocalDate day) {
            clocks.latestOpen(ClockRule.REASSESSMENT).filter(c -> !c.reanchored && !c.started.isAfter(day)).ifPresent(c -> {
                c.due = EhcpTimescales.reassessment(day);
                c.reanchored = true;
            });
        }

        private void order(EhcpDecisionRecorded d, LocalDate day) {
            if (d.tribunalOrder() == null) {
                return;
            }
            switch (d.tribunalOrder()) {
                case ASSESS -> {
                    clocks.start(ClockRule.ORDER_NOTIFY_ASSESSMENT, day, OrderStep.NOTIFY_ASSESSMENT.due(day));
                    clocks.start(ClockRule.ORDER_PLAN_AFTER_ASSESSMENT, day, OrderStep.PLAN_AFTER_ORDERED_ASSESSMENT.due(day));
                }
                case MAKE_PLAN -> {
                    clocks.start(ClockRule.ORDER_DRAFT_PLAN, day, OrderStep.DRAFT_ORDERED_PLAN.due(day));
                    clocks.start(ClockRule.ORDER_FINAL_PLAN, day, OrderStep.FINAL_ORDERED_PLAN.due(day));
                }
                case AMEND_PLAN, MAINTAIN_WITH_AMENDMENTS -> {
                    resume(day);
                    clocks.start(ClockRule.ORDER_AMEND_PLAN, day, OrderStep.AMEND_ORDERED.due(day));
                }
                case CONTINUE_PLAN -> {
                    resume(day);
                    ClockBook.stop(clocks.start(ClockRule.ORDER_CONTINUE_PLAN, day, OrderStep.CONTINUE_ORDERED.due(day)), day);
                }
                case DISMISSED -> {
                    // the decision appealed against stands: nothing new to do
                }
            }
        }

        /** A plan is in force from {@code day}: its reviews and phase transfers are due from then. */
        private void planLive(LocalDate day) {
            if (planIssued == null) {
                planIssued = day;
            }
            ceased = false;
            if (clocks.latestOpen(ClockRule.ANNUAL_REVIEW).isEmpty()) {
                clocks.start(ClockRule.ANNUAL_REVIEW, day, EhcpTimescales.annualReview(day, ncyAt(day)));
            }
            startPhaseTransfers(day);
        }

        /** SEND Regs 13(1)(a) and 22(2)(c): a draft or proposed amendments served on {@code day} give the family 15 days from it. */
        private void familyTimeOnDraft(LocalDate day) {
            clocks.endOpen(day, "NEW_DRAFT", ClockRule.FAMILY_TIME_ON_DRAFT);
            clocks.start(ClockRule.FAMILY_TIME_ON_DRAFT, day, EhcpTimescales.lastDayOfFamilysDraftPeriod(day));
        }

        /**
         * SEND Regs 15: a plan transferred from another LA is maintained by this one from the transfer, treated as made when the
         * old LA made it (15(3)(a)), and reviewed before the later of the 12 months starting with the old LA's plan or last review
         * and the 3 months starting with the transfer (15(5)). Where this EHCP's decisions already hold a review clock, its due date
         * becomes the later of the two; where they do not, the old LA's dates are unknown and the review is due 12 months from the
         * transfer (the latest 15(5) can allow).
         */
        private void transferIn(LocalDate transfer) {
            LocalDate threeMonths = EhcpTimescales.lastDayOfMonthsStartingWith(transfer, 3);
            clocks.latestOpen(ClockRule.ANNUAL_REVIEW).filter(r -> r.due.isBefore(threeMonths)).ifPresent(r -> r.due = threeMonths);
            planLive(transfer);
        }

        /** A tribunal reversed a cease: the plan is maintained again from the order. */
        private void resume(LocalDate day) {
            if (ceased) {
                ceased = false;
                clocks.start(ClockRule.ANNUAL_REVIEW, day, EhcpTimescales.annualReview(day, ncyAt(day)));
                startPhaseTransfers(day);
            }
        }

        private void cease(LocalDate day) {
            ceased = true;
            for (ClockBook.Running c : clocks.all()) {
                if (c.state == ClockState.OPEN && c.rule.laMustAct()) {
                    if (c.due.isBefore(day)) {
                        ClockBook.stop(c, day);
                    } else {
                        ClockBook.end(c, day, "PLAN_CEASED");
                    }
                }
            }
        }

        private void startPhaseTransfers(LocalDate live) {
            if (ncyAnchor == null) {
                return;
            }
            for (int into : TRANSFER_INTO_NCY) {
                int transferYear = academicYear(ncyAnchorDate) + (into - ncyAnchor);
                LocalDate due = EhcpTimescales.phaseTransfer(transferYear, into == 12);
                LocalDate twelveMonthsBefore = LocalDate.of(transferYear - 1, Month.SEPTEMBER, 1);
                String key = ClockRule.PHASE_TRANSFER + ":" + transferYear;
                if (!due.isBefore(live) && !clocks.has(key)) {
                    LocalDate started = twelveMonthsBefore.isBefore(live) ? live : twelveMonthsBefore;
                    clocks.add(new ClockBook.Running(key, ClockRule.PHASE_TRANSFER, started, due));
                }
            }
        }

        private int ncyAt(LocalDate day) {
            return ncyAnchor == null ? 99 : ncyAnchor + academicYear(day) - academicYear(ncyAnchorDate);
        }

        private static int academicYear(LocalDate day) {
            return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        }

        private void startAppeal(LocalDate decision) {
            clocks.start(ClockRule.APPEAL, decision, EhcpTimescales.appealLimit(decision, Optional.empty()));
        }
    }
}
