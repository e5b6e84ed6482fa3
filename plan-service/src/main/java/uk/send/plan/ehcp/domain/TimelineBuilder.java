package uk.send.plan.ehcp.domain;

import uk.send.plan.deadline.domain.EhcpTimescales;
import uk.send.plan.deadline.domain.EhcpTimescales.OrderStep;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds one EHCP's statutory clocks from all of its decisions. The result depends only on the set of
 * decisions, never on the order they arrived or on repeats: decisions are deduplicated by {@code sourceId},
 * corrections replace the decision they name (a correction of a correction too), and the rest are applied in
 * decision-date order (ties by {@code recordedAt}, then {@code sourceId}). Pure: no framework, no clock.
 *
 * <p>Phase transfers (SEND Regs 18(1)) are kept for the transfers every child makes: into reception (NCY 0,
 * from early years), into secondary (NCY 7) and into post-16 (NCY 12, due 31 March). Infant-to-junior and
 * middle-school transfers depend on the school, which the decisions do not say, so are not kept. A child's
 * NCY on any day is counted from the latest decision that gave one, a year per academic year (September).
 */
public final class TimelineBuilder {

    private static final Comparator<EhcpDecisionRecorded> IN_DATE_ORDER = Comparator
            .comparing(EhcpDecisionRecorded::decisionDate)
            .thenComparing(d -> d.recordedAt() == null ? Instant.EPOCH : d.recordedAt())
            .thenComparing(EhcpDecisionRecorded::sourceId);
    private static final int[] TRANSFER_INTO_NCY = {0, 7, 12};

    private TimelineBuilder() {
    }

    public static Timeline build(String ehcpRef, List<EhcpDecisionRecorded> arrived) {
        List<EhcpDecisionRecorded> decisions = inEffect(arrived);
        return new Walk(ehcpRef, decisions).run();
    }

    /** Deduplicated by sourceId, corrections applied (each as the kind it corrects to), in date order. */
    static List<EhcpDecisionRecorded> inEffect(List<EhcpDecisionRecorded> arrived) {
        Map<String, EhcpDecisionRecorded> bySource = new HashMap<>();
        for (EhcpDecisionRecorded d : arrived) {
            bySource.merge(d.sourceId(), d, (a, b) -> IN_DATE_ORDER.compare(a, b) <= 0 ? a : b);
        }
        Map<String, EhcpDecisionRecorded> latestCorrectionOf = new HashMap<>();
        for (EhcpDecisionRecorded d : bySource.values()) {
            if (d.kind() == EhcpDecisionKind.CORRECTION && d.supersedesSourceId() != null) {
                latestCorrectionOf.merge(d.supersedesSourceId(), d, (a, b) -> byRecording(a, b) >= 0 ? a : b);
            }
        }
        List<EhcpDecisionRecorded> effective = new ArrayList<>();
        for (EhcpDecisionRecorded d : bySource.values()) {
            boolean correctsSomethingPresent = d.kind() == EhcpDecisionKind.CORRECTION && d.supersedesSourceId() != null
                    && bySource.containsKey(d.supersedesSourceId()) && !d.supersedesSourceId().equals(d.sourceId());
            if (correctsSomethingPresent) {
                continue;
            }
            EhcpDecisionRecorded last = d;
            for (int hops = 0; latestCorrectionOf.containsKey(last.sourceId()) && hops < bySource.size(); hops++) {
                last = latestCorrectionOf.get(last.sourceId());
            }
            effective.add(asCorrectedKind(last));
        }
        effective.removeIf(d -> d.kind() == EhcpDecisionKind.CORRECTION);
        effective.sort(IN_DATE_ORDER);
        return effective;
    }

    private static int byRecording(EhcpDecisionRecorded a, EhcpDecisionRecorded b) {
        Instant ra = a.recordedAt() == null ? Instant.EPOCH : a.recordedAt();
        Instant rb = b.recordedAt() == null ? Instant.EPOCH : b.recordedAt();
        int c = ra.compareTo(rb);
        return c != 0 ? c : a.sourceId().compareTo(b.sourceId());
    }

    private static EhcpDecisionRecorded asCorrectedKind(EhcpDecisionRecorded d) {
        if (d.kind() != EhcpDecisionKind.CORRECTION || d.correctedKind() == null) {
            return d;
        }
        return new EhcpDecisionRecorded(d.decisionId(), d.sourceId(), d.ehcpRef(), d.correctedKind(), d.decisionDate(), d.recordedAt(),
                d.ncy(), d.caseOfficerId(), d.reassessment(), d.settingUrns(), d.needTypes(), d.bandCode(), d.effectiveDate(),
                d.reviewOutcome(), d.ceaseReason(), d.exceptionReason(), d.refusalAppealable(), d.tribunalOrder(), d.fromLa(),
                d.supersedesSourceId(), d.correctedKind());
    }

    /** A clock while it is being built. */
    private static final class Running {
        final String key;
        final ClockRule rule;
        final LocalDate started;
        LocalDate due;
        LocalDate stopped;
        ClockState state = ClockState.OPEN;
        String endReason;

        Running(String key, ClockRule rule, LocalDate started, LocalDate due) {
            this.key = key;
            this.rule = rule;
            this.started = started;
            this.due = due;
        }
    }

    private record ExceptionSpell(ExceptionReason reason, LocalDate from, LocalDate to) {
    }

    private static final class Walk {
        private final String ehcpRef;
        private final List<EhcpDecisionRecorded> decisions;
        private final Map<String, Running> clocks = new LinkedHashMap<>();
        private final List<ExceptionSpell> exceptions = new ArrayList<>();
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
            List<ExceptionSpell> open = new ArrayList<>();
            for (EhcpDecisionRecorded d : decisions) {
                LocalDate day = d.decisionDate();
                switch (d.kind()) {
                    case ASSESSMENT_REQUESTED -> {
                        endOpen(day, "NEW_REQUEST", ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.FINAL_PLAN,
                                ClockRule.REASSESSMENT);
                        if (Boolean.TRUE.equals(d.reassessment())) {
                            start(ClockRule.REASSESSMENT, day, EhcpTimescales.reassessment(day));
                        } else {
                            start(ClockRule.DECIDE_TO_ASSESS, day, EhcpTimescales.decideWhetherToAssess(day));
                            start(ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, day, EhcpTimescales.draftOrDecisionNotToIssue(day));
                            start(ClockRule.FINAL_PLAN, day, EhcpTimescales.finalPlan(day));
                        }
                    }
                    case DECIDED_TO_ASSESS -> stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.ORDER_NOTIFY_ASSESSMENT);
                    case REFUSED_TO_ASSESS -> {
                        stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.ORDER_NOTIFY_ASSESSMENT);
                        endOpen(day, "REFUSED_TO_ASSESS", ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.FINAL_PLAN, ClockRule.REASSESSMENT);
                        startAppeal(day);
                    }
                    case DECIDED_NOT_TO_ISSUE -> {
                        stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.REASSESSMENT,
                                ClockRule.ORDER_PLAN_AFTER_ASSESSMENT);
                        endOpen(day, "DECIDED_NOT_TO_ISSUE", ClockRule.FINAL_PLAN);
                        startAppeal(day);
                    }
                    case DRAFT_PLAN_ISSUED -> {
                        stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.ORDER_DRAFT_PLAN);
                        endOpen(day, "NEW_DRAFT", ClockRule.FAMILY_TIME_ON_DRAFT);
                        start(ClockRule.FAMILY_TIME_ON_DRAFT, day, EhcpTimescales.lastDayOfFamilysDraftPeriod(day));
                    }
                    case FINAL_PLAN_ISSUED -> {
                        stopOpen(day, ClockRule.DECIDE_TO_ASSESS, ClockRule.DRAFT_OR_NOTICE_NOT_TO_ISSUE, ClockRule.FINAL_PLAN,
                                ClockRule.REASSESSMENT, ClockRule.FAMILY_TIME_ON_DRAFT, ClockRule.ORDER_DRAFT_PLAN, ClockRule.ORDER_FINAL_PLAN,
                                ClockRule.ORDER_PLAN_AFTER_ASSESSMENT);
                        planLive(day);
                        startAppeal(day);
                    }
                    case TRANSFER_IN -> planLive(day);
                    case ANNUAL_REVIEW_HELD -> {
                        stopOpen(day, ClockRule.ANNUAL_REVIEW);
                        if (!ceased) {
                            start(ClockRule.ANNUAL_REVIEW, day, EhcpTimescales.annualReview(day, ncyAt(day)));
                        }
                        start(ClockRule.REVIEW_DECISION, day, EhcpTimescales.reviewDecision(day));
                    }
                    case REVIEW_DECISION -> {
                        stopOpen(day, ClockRule.REVIEW_DECISION);
                        if (d.reviewOutcome() == EhcpDecisionRecorded.ReviewOutcome.MAINTAIN) {
                            stopOpen(day, ClockRule.PHASE_TRANSFER);
                            startAppeal(day);
                        } else if (d.reviewOutcome() == EhcpDecisionRecorded.ReviewOutcome.CEASE) {
                            cease(day);
                            startAppeal(day);
                        }
                    }
                    case AMENDMENT_NOTICE_ISSUED -> {
                        // The notice of proposed amendments is the review decision to amend (R (L, M, P) v Devon CC [2022] EWHC 493 (Admin)).
                        stopOpen(day, ClockRule.REVIEW_DECISION);
                        endOpen(day, "NEW_NOTICE", ClockRule.AMENDED_PLAN);
                        start(ClockRule.AMENDED_PLAN, day, EhcpTimescales.amendedPlan(day));
                    }
                    case AMENDED_PLAN_ISSUED -> {
                        stopOpen(day, ClockRule.AMENDED_PLAN, ClockRule.PHASE_TRANSFER, ClockRule.REASSESSMENT, ClockRule.ORDER_AMEND_PLAN);
                        startAppeal(day);
                    }
                    case EXCEPTION_APPLIED -> open.add(new ExceptionSpell(d.exceptionReason(), day, null));
                    case EXCEPTION_ENDED -> {
                        Optional<ExceptionSpell> ending = open.stream()
                                .filter(s -> d.exceptionReason() == null || s.reason() == d.exceptionReason()).reduce((a, b) -> b);
                        ending.ifPresent(s -> {
                            open.remove(s);
                            exceptions.add(new ExceptionSpell(s.reason(), s.from(), day));
                        });
                    }
                    case MEDIATION_CERTIFICATE_ISSUED -> latestOpen(ClockRule.APPEAL)
                            .ifPresent(a -> a.due = EhcpTimescales.appealLimit(a.started, Optional.of(day)));
                    case APPEAL_REGISTERED -> latestOpen(ClockRule.APPEAL).ifPresent(a -> stop(a, day));
                    case TRIBUNAL_ORDER -> order(d, day);
                    case CORRECTION -> {
                        // a correction of a decision never received, without the kind it corrects to: nothing to apply
                    }
                }
            }
            exceptions.addAll(open);
            return new Timeline(ehcpRef, officer, ncyAnchor, planIssued, ceased,
                    clocks.values().stream().map(this::finish).toList(), decisions);
        }

        private void order(EhcpDecisionRecorded d, LocalDate day) {
            if (d.tribunalOrder() == null) {
                return;
            }
            switch (d.tribunalOrder()) {
                case ASSESS -> {
                    start(ClockRule.ORDER_NOTIFY_ASSESSMENT, day, OrderStep.NOTIFY_ASSESSMENT.due(day));
                    start(ClockRule.ORDER_PLAN_AFTER_ASSESSMENT, day, OrderStep.PLAN_AFTER_ORDERED_ASSESSMENT.due(day));
                }
                case MAKE_PLAN -> {
                    start(ClockRule.ORDER_DRAFT_PLAN, day, OrderStep.DRAFT_ORDERED_PLAN.due(day));
                    start(ClockRule.ORDER_FINAL_PLAN, day, OrderStep.FINAL_ORDERED_PLAN.due(day));
                }
                case AMEND_PLAN, MAINTAIN_WITH_AMENDMENTS -> {
                    resume(day);
                    start(ClockRule.ORDER_AMEND_PLAN, day, OrderStep.AMEND_ORDERED.due(day));
                }
                case CONTINUE_PLAN -> {
                    resume(day);
                    stop(start(ClockRule.ORDER_CONTINUE_PLAN, day, OrderStep.CONTINUE_ORDERED.due(day)), day);
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
            if (latestOpen(ClockRule.ANNUAL_REVIEW).isEmpty()) {
                start(ClockRule.ANNUAL_REVIEW, day, EhcpTimescales.annualReview(day, ncyAt(day)));
            }
            startPhaseTransfers(day);
        }

        /** A tribunal reversed a cease: the plan is maintained again from the order. */
        private void resume(LocalDate day) {
            if (ceased) {
                ceased = false;
                start(ClockRule.ANNUAL_REVIEW, day, EhcpTimescales.annualReview(day, ncyAt(day)));
                startPhaseTransfers(day);
            }
        }

        private void cease(LocalDate day) {
            ceased = true;
            for (Running c : clocks.values()) {
                if (c.state == ClockState.OPEN && c.rule.laMustAct()) {
                    if (c.due.isBefore(day)) {
                        stop(c, day);
                    } else {
                        end(c, day, "PLAN_CEASED");
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
                if (!due.isBefore(live) && !clocks.containsKey(key)) {
                    LocalDate started = twelveMonthsBefore.isBefore(live) ? live : twelveMonthsBefore;
                    clocks.put(key, new Running(key, ClockRule.PHASE_TRANSFER, started, due));
                }
            }
        }

        private int ncyAt(LocalDate day) {
            return ncyAnchor == null ? 99 : ncyAnchor + academicYear(day) - academicYear(ncyAnchorDate);
        }

        private static int academicYear(LocalDate day) {
            return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        }

        private Running start(ClockRule rule, LocalDate started, LocalDate due) {
            String key = rule + ":" + started;
            for (int n = 2; clocks.containsKey(key); n++) {
                key = rule + ":" + started + "#" + n;
            }
            Running c = new Running(key, rule, started, due);
            clocks.put(key, c);
            return c;
        }

        private void startAppeal(LocalDate decision) {
            start(ClockRule.APPEAL, decision, EhcpTimescales.appealLimit(decision, Optional.empty()));
        }

        private Optional<Running> latestOpen(ClockRule rule) {
            Running latest = null;
            for (Running c : clocks.values()) {
                if (c.rule == rule && c.state == ClockState.OPEN) {
                    latest = c;
                }
            }
            return Optional.ofNullable(latest);
        }

        private void stopOpen(LocalDate day, ClockRule... rules) {
            for (Running c : clocks.values()) {
                if (c.state == ClockState.OPEN && !c.started.isAfter(day) && contains(rules, c.rule)) {
                    stop(c, day);
                }
            }
        }

        private void endOpen(LocalDate day, String reason, ClockRule... rules) {
            for (Running c : clocks.values()) {
                if (c.state == ClockState.OPEN && contains(rules, c.rule)) {
                    end(c, day, reason);
                }
            }
        }

        private static boolean contains(ClockRule[] rules, ClockRule rule) {
            for (ClockRule r : rules) {
                if (r == rule) {
                    return true;
                }
            }
            return false;
        }

        private static void stop(Running c, LocalDate day) {
            c.stopped = day;
            boolean inTime = c.rule == ClockRule.FAMILY_TIME_ON_DRAFT ? day.isAfter(c.due) : !day.isAfter(c.due);
            c.state = inTime ? ClockState.MET : ClockState.BREACHED;
        }

        private static void end(Running c, LocalDate day, String reason) {
            c.stopped = day;
            c.state = ClockState.ENDED;
            c.endReason = reason;
        }

        /** Applies the exceptions: a clock not met in time while one applied is excused, as SEN2 counts it. */
        private Clock finish(Running c) {
            String exception = null;
            if (c.rule.exceptionsApply()) {
                for (ExceptionSpell s : exceptions) {
                    boolean overlaps = (c.stopped == null || !s.from().isAfter(c.stopped)) && (s.to() == null || !s.to().isBefore(c.started));
                    if (overlaps) {
                        exception = s.reason() == null ? "UNSPECIFIED" : s.reason().name();
                    }
                }
            }
            ClockState state = c.state;
            if (exception != null && (state == ClockState.BREACHED || state == ClockState.OPEN)) {
                state = ClockState.EXCUSED;
            }
            return new Clock(c.key, c.rule, c.started, c.due, c.stopped, state, exception, c.endReason);
        }
    }
}
