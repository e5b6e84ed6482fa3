package uk.send.plan.ehcp.domain;

import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;

/**
 * The statutory clocks an EHC plan's timeline keeps, each with the step it waits for (as officers and SEN2
 * name it) and the law that sets it; the dates are in {@link uk.send.plan.deadline.domain.EhcpTimescales}.
 * {@link #laMustAct()} is false for the family's own time (to comment on a draft, to appeal): those clocks
 * are kept and shown but never sent to officers as at risk or breached.
 */
public enum ClockRule {
    DECIDE_TO_ASSESS("decision whether to assess", "SEND Regulations 2014, reg 5(1)", true, true),
    DRAFT_OR_NOTICE_NOT_TO_ISSUE("draft plan, or notice of a decision not to issue one", "SEND Regulations 2014, reg 10(1) and 13", true, true),
    FINAL_PLAN("final EHC plan (20 weeks)", "SEND Regulations 2014, reg 13(2)", true, true),
    FAMILY_TIME_ON_DRAFT("the family's 15 days on the draft plan", "SEND Regulations 2014, reg 13(1)(a) (22(2)(c) for proposed amendments)", false, false),
    REASSESSMENT("plan after re-assessment (14 weeks)", "SEND Regulations 2014, reg 27(2)", true, true),
    ANNUAL_REVIEW("annual review", "Children and Families Act 2014, s44(1); SEND Regulations 2014, reg 18", true, false),
    REVIEW_DECISION("decision after the review meeting", "SEND Regulations 2014, reg 20(10) and 21(8)", true, false),
    AMENDED_PLAN("amended plan", "SEND Regulations 2014, reg 22(3)", true, false),
    PHASE_TRANSFER("plan reviewed and amended for the phase transfer", "SEND Regulations 2014, reg 18(1)", true, false),
    APPEAL("the family's time to appeal to the tribunal", "Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008, rules 20(1)(c) and 12", false, false),
    ORDER_NOTIFY_ASSESSMENT("notice of the assessment the tribunal ordered", "SEND Regulations 2014, reg 44(2)(b)", true, false),
    ORDER_PLAN_AFTER_ASSESSMENT("plan after the assessment the tribunal ordered", "SEND Regulations 2014, reg 44(2)(b)(ii)", true, false),
    ORDER_DRAFT_PLAN("draft plan the tribunal ordered", "SEND Regulations 2014, reg 44(2)(c)(i)", true, false),
    ORDER_FINAL_PLAN("final plan the tribunal ordered", "SEND Regulations 2014, reg 44(2)(c)(ii)", true, false),
    ORDER_AMEND_PLAN("plan amended as the tribunal ordered", "SEND Regulations 2014, reg 44(2) and 45(4)", true, false),
    ORDER_CONTINUE_PLAN("plan continued as the tribunal ordered", "SEND Regulations 2014, reg 44(2)", true, false);

    private final String step;
    private final String regulation;
    private final boolean laMustAct;
    private final boolean exceptionsApply;

    ClockRule(String step, String regulation, boolean laMustAct, boolean exceptionsApply) {
        this.step = step;
        this.regulation = regulation;
        this.laMustAct = laMustAct;
        this.exceptionsApply = exceptionsApply;
    }

    /** The step the clock waits for, in words an officer uses. */
    public String step() {
        return step;
    }

    /** The law that sets the limit. */
    public String regulation() {
        return regulation;
    }

    /** True when the LA must act by the due date (false: the family's time). */
    public boolean laMustAct() {
        return laMustAct;
    }

    /** True when the exceptions of reg 5(4), 10(4), 13(3) and 27(3) can excuse a late step. */
    public boolean exceptionsApply() {
        return exceptionsApply;
    }

    /**
     * True when an exception for {@code reason} can excuse this clock's limit. The 20 weeks (SEND Regs 13(3): "any of the
     * reasons set out in regulation 10(4)(a) to (d)") and the 14 weeks of a re-assessment (27(3)(a) to (d)) are excused only
     * by a school, post-16 or early years setting closed for 4 weeks or more, exceptional personal circumstances, or the family
     * away from the area for 4 weeks or more; a body's advice not arriving in time is not among them. A reason the CMS did not
     * give ({@code null}) is taken as one that applies.
     */
    public boolean excusedBy(ExceptionReason reason) {
        if (!exceptionsApply) {
            return false;
        }
        return reason != ExceptionReason.ADVICE_NOT_RECEIVED || (this != FINAL_PLAN && this != REASSESSMENT);
    }
}
