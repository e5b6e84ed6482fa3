package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#EHCP_DECISION_RECORDED} on {@code funding.events}, keyed by the EHCP
 * reference so that one child's decisions stay in order on their partition. One decision about one
 * EHC plan, as the LA's case management system recorded it. Pseudonymous: never a name, date of birth
 * or address; the national curriculum year ({@code ncy}, -4 to 21) stands in for age. Fields that do
 * not apply to the {@link #kind()} are absent from the JSON (omitted, not null).
 *
 * <p>Consumers rebuild each EHCP's state from all of its decisions in {@link #IN_ORDER}, never from arrival order: the
 * CMS sends late and out of order.
 *
 * @param decisionId        the platform's id of this decision
 * @param sourceId          the CMS's own decision id, unique per LA
 * @param ehcpRef           the LA's pseudonymous EHCP reference
 * @param kind              what was decided; for {@link EhcpDecisionKind#CORRECTION} see {@code correctedKind}
 * @param decisionDate      the day the decision was made or the step happened (request received, plan issued, meeting held...)
 * @param recordedAt        when funding-service accepted it
 * @param ncy               national curriculum year at the decision, -4 to 21
 * @param caseOfficerId     the case officer's id (login name), if the CMS names one; never their name or e-mail
 * @param reassessment      {@link EhcpDecisionKind#ASSESSMENT_REQUESTED}: a re-assessment of an existing plan (14 weeks)
 * @param settingUrns       final or amended plan, transfer in: the named setting(s), URN (or UKPRN), first is the main one
 * @param needTypes         final or amended plan, transfer in: SEN2 need type codes, ranked (primary first)
 * @param bandCode          final or amended plan: the band requested or agreed, if any
 * @param effectiveDate     final plan: placement start; amended plan: date the change takes effect; transfer in: date it transferred;
 *                          review decision to cease (optional): the first day the plan is no longer maintained (else the decision
 *                          date): funding stops from it, the placement's last day is the day before
 * @param reviewOutcome     {@link EhcpDecisionKind#REVIEW_DECISION}: MAINTAIN, AMEND or CEASE
 * @param ceaseReason       review decision CEASE: the SEN2 cease reason code
 * @param exceptionReason   exception applied/ended: the Reg 10(4) reason
 * @param refusalAppealable refused to assess / not to issue: always true today, kept for the CMS's wording
 * @param tribunalOrder     {@link EhcpDecisionKind#TRIBUNAL_ORDER}: what the LA must do
 * @param fromLa            transfer in: the LA code the plan came from
 * @param supersedesSourceId {@link EhcpDecisionKind#CORRECTION}: the sourceId of the decision it replaces
 * @param correctedKind     correction: the kind of the corrected decision (usually the same as the one it replaces)
 */
@JsonClassDescription("One decision about one EHC plan, as the LA case management system recorded it.")
public record EhcpDecisionRecorded(
        UUID decisionId,
        String sourceId,
        String ehcpRef,
        EhcpDecisionKind kind,
        LocalDate decisionDate,
        Instant recordedAt,
        Integer ncy,
        String caseOfficerId,
        Boolean reassessment,
        List<String> settingUrns,
        List<String> needTypes,
        String bandCode,
        LocalDate effectiveDate,
        ReviewOutcome reviewOutcome,
        String ceaseReason,
        ExceptionReason exceptionReason,
        Boolean refusalAppealable,
        TribunalOrder tribunalOrder,
        String fromLa,
        String supersedesSourceId,
        EhcpDecisionKind correctedKind) {

    /**
     * The one order of an EHCP's decisions: {@link #decisionDate()}, then same-day steps in the order the process takes them
     * ({@link EhcpDecisionKind#sameDayOrder()}, a correction as the kind it corrects), then {@link #sourceId()}. Nothing
     * that depends on arrival ({@link #recordedAt()} is when funding-service accepted it) is in it, so decisions sent late,
     * out of order or again always read the same; funding-service's log is stored and paged in this order.
     */
    public static final Comparator<EhcpDecisionRecorded> IN_ORDER = Comparator
            .comparing(EhcpDecisionRecorded::decisionDate)
            .thenComparingInt(d -> appliesAs(d).sameDayOrder())
            .thenComparing(EhcpDecisionRecorded::sourceId);

    /** The kind a decision applies as: a correction's corrected kind (CORRECTION when it names none), else its own. */
    public static EhcpDecisionKind appliesAs(EhcpDecisionRecorded d) {
        return d.kind() == EhcpDecisionKind.CORRECTION && d.correctedKind() != null ? d.correctedKind() : d.kind();
    }

    /**
     * The decision as it applies: a correction as a decision of the kind it corrects (its own fields, {@link #kind()}
     * replaced by {@link #correctedKind()}); any other decision, or a correction naming no kind, as it is.
     */
    public static EhcpDecisionRecorded applied(EhcpDecisionRecorded d) {
        if (d.kind() != EhcpDecisionKind.CORRECTION || d.correctedKind() == null) {
            return d;
        }
        return new EhcpDecisionRecorded(d.decisionId(), d.sourceId(), d.ehcpRef(), d.correctedKind(), d.decisionDate(), d.recordedAt(),
                d.ncy(), d.caseOfficerId(), d.reassessment(), d.settingUrns(), d.needTypes(), d.bandCode(), d.effectiveDate(),
                d.reviewOutcome(), d.ceaseReason(), d.exceptionReason(), d.refusalAppealable(), d.tribunalOrder(), d.fromLa(),
                d.supersedesSourceId(), d.correctedKind());
    }

    /** What the LA decided after an annual review (Reg 20(10)). */
    public enum ReviewOutcome { MAINTAIN, AMEND, CEASE }

    /**
     * The exceptions of SEND Regs 2014 (SI 2014/1530) reg 10(4) (and 5(4), 27(3)); reg 13(3) excuses the 20-week limit only
     * for those of 10(4)(a) to (d).
     */
    public enum ExceptionReason {
        /** Reg 10(4)(a)/(b): the LA asked a school, post-16 institution or early years provider for advice and it was closed for 4+ weeks. */
        SETTING_CLOSED,
        /** Reg 10(4)(c): exceptional personal circumstances of the child, the parent or the young person during the time period. */
        EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
        /** Reg 10(4)(d): the child, parent or young person was absent from the LA's area for 4+ weeks during the time period. */
        ABSENT_FROM_AREA,
        /**
         * A body asked for advice did not give it in time. Not one of the reasons of reg 10(4)(a) to (d), so it never excuses the
         * 20 weeks (reg 13(3)) or a re-assessment's 14 weeks (reg 27(3)); kept for the CMS's record.
         */
        ADVICE_NOT_RECEIVED
    }

    /**
     * What a tribunal decided or ordered the LA to do. The compliance period of each is set by the
     * Special Educational Needs and Disability Regulations 2014, Reg 44 (Reg 45 for unopposed appeals);
     * plan-service's clock rules hold the periods and cite them.
     */
    public enum TribunalOrder {
        /** Appeal dismissed: nothing to do. */
        DISMISSED,
        /** Carry out an EHC needs assessment. */
        ASSESS,
        /** Make and maintain a plan (draft, then final). */
        MAKE_PLAN,
        /** Amend the plan (needs, provision or the named setting). */
        AMEND_PLAN,
        /** Continue to maintain the plan (a cease reversed). */
        CONTINUE_PLAN,
        /** Maintain the plan with amendments after a cease was reversed. */
        MAINTAIN_WITH_AMENDMENTS
    }
}
