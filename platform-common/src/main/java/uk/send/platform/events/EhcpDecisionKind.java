package uk.send.platform.events;

/**
 * The kinds of decision about one EHC plan that the LA's case management system (CMS) posts to
 * funding-service's intake, in the order they usually happen. Each kind needs its own fields of
 * {@link EhcpDecisionRecorded}; the intake validates them. {@link #sameDayOrder()} is the one order of the steps of one
 * day that every service reads an EHCP's decisions in ({@link EhcpDecisionRecorded#IN_ORDER}).
 */
public enum EhcpDecisionKind {
    /** A parent, young person or school asked for an EHC needs assessment (or a re-assessment, {@code reassessment=true}). Starts the 6-, 16- and 20-week clocks (14 weeks for a re-assessment). */
    ASSESSMENT_REQUESTED,
    /** The LA decided to carry out the assessment (Reg 5). */
    DECIDED_TO_ASSESS,
    /** The LA refused to assess (Reg 5): appealable. */
    REFUSED_TO_ASSESS,
    /** After assessing, the LA decided not to issue a plan (Reg 10): appealable. */
    DECIDED_NOT_TO_ISSUE,
    /** The draft plan was served on the family (Reg 13): they have at least 15 days to comment. */
    DRAFT_PLAN_ISSUED,
    /** The final plan was issued: named setting URN(s), ranked SEN2 need types, requested band, start date. */
    FINAL_PLAN_ISSUED,
    /** The annual review meeting was held (Reg 20/21). */
    ANNUAL_REVIEW_HELD,
    /** The LA decided, after a review, to maintain, amend or cease the plan (Reg 20(10), within 4 weeks of the meeting). */
    REVIEW_DECISION,
    /** The LA sent the amendment notice and proposed amendments (Reg 22). */
    AMENDMENT_NOTICE_ISSUED,
    /** The amended final plan was issued: a new setting or band, effective from a date (Reg 22(3), within 8 weeks of the notice). */
    AMENDED_PLAN_ISSUED,
    /** A Reg 10(4) exception began to apply (setting closed 4+ weeks, exceptional personal circumstances, family away 4+ weeks). */
    EXCEPTION_APPLIED,
    /** A Reg 10(4) exception stopped applying. */
    EXCEPTION_ENDED,
    /** A mediation certificate was issued (Mediation Regs 2014 / Reg 39): extends the appeal limit. */
    MEDIATION_CERTIFICATE_ISSUED,
    /** The family's appeal was registered by the First-tier Tribunal (SEND). */
    APPEAL_REGISTERED,
    /** The tribunal decided or ordered: what the LA must do, and when the order was sent. */
    TRIBUNAL_ORDER,
    /** The child's plan transferred in from another LA (Reg 15). */
    TRANSFER_IN,
    /** Supersedes an earlier decision of this EHCP, named by its {@code sourceId}; carries the corrected fields and kind. */
    CORRECTION;

    /**
     * Where a step of this kind comes among an EHCP's steps of the same day: what starts a duty (a request, a transfer in,
     * a tribunal order, an exception beginning) before what answers it, a request before the decision on it, a draft before
     * the final plan, a review meeting before the decision after it, a notice before the amended plan. Every service orders
     * same-day decisions by this (funding-service stores it with each logged decision as {@code sort_rank}), so two
     * decisions of one day are read in the same order everywhere, whichever arrived first. A correction ranks as the
     * kind it corrects; an unresolved one last.
     */
    public int sameDayOrder() {
        return switch (this) {
            case ASSESSMENT_REQUESTED, TRANSFER_IN, TRIBUNAL_ORDER, EXCEPTION_APPLIED -> 0;
            case DECIDED_TO_ASSESS, REFUSED_TO_ASSESS, DECIDED_NOT_TO_ISSUE -> 1;
            case DRAFT_PLAN_ISSUED -> 2;
            case FINAL_PLAN_ISSUED -> 3;
            case ANNUAL_REVIEW_HELD -> 4;
            case REVIEW_DECISION -> 5;
            case AMENDMENT_NOTICE_ISSUED -> 6;
            case AMENDED_PLAN_ISSUED -> 7;
            case MEDIATION_CERTIFICATE_ISSUED -> 8;
            case APPEAL_REGISTERED -> 9;
            case EXCEPTION_ENDED, CORRECTION -> 10;
        };
    }
}
