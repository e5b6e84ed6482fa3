package uk.send.funding.topup.domain;

import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one logged EHCP decision changes for funding: a final or amended plan, or a transfer in, places the
 * child at its first named setting (and sets the band it carries) from its effective date; a review decision
 * to cease stops funding from its effective date (else its decision date). A correction counts as the kind it
 * corrects (the row it supersedes is no longer read). Other kinds change nothing here.
 */
public final class DecisionChanges {

    /**
     * The kinds whose decisions can change what an EHCP is funded for: those {@link #of} reads, and a correction (which may
     * turn a decision into or out of one of them). Pricing reads only these, and only these mark an EHCP for repricing.
     */
    public static final Set<EhcpDecisionKind> FUNDING_KINDS = Collections.unmodifiableSet(EnumSet.of(EhcpDecisionKind.FINAL_PLAN_ISSUED,
            EhcpDecisionKind.AMENDED_PLAN_ISSUED, EhcpDecisionKind.TRANSFER_IN, EhcpDecisionKind.REVIEW_DECISION, EhcpDecisionKind.CORRECTION));

    private DecisionChanges() {
    }

    /** Whether this decision can change its EHCP's funding (a request, a draft or a meeting cannot). */
    public static boolean mayChangeFunding(EhcpDecisionRecorded d) {
        return FUNDING_KINDS.contains(d.kind());
    }

    public static List<PlanChange> of(EhcpDecisionRecorded d) {
        EhcpDecisionKind kind = EhcpDecisionRecorded.appliesAs(d);
        LocalDate from = d.effectiveDate() != null ? d.effectiveDate() : d.decisionDate();
        long seq = d.recordedAt() == null ? 0 : d.recordedAt().toEpochMilli();
        String why = kind + " of " + d.decisionDate();
        List<PlanChange> changes = new ArrayList<>(2);
        switch (kind) {
            case FINAL_PLAN_ISSUED, AMENDED_PLAN_ISSUED, TRANSFER_IN -> {
                if (d.settingUrns() != null && !d.settingUrns().isEmpty()) {
                    changes.add(PlanChange.placed(from, seq, d.settingUrns().get(0), why));
                }
                if (d.bandCode() != null && !d.bandCode().isBlank()) {
                    changes.add(PlanChange.band(from, seq, d.bandCode(), why));
                }
            }
            case REVIEW_DECISION -> {
                if (d.reviewOutcome() == EhcpDecisionRecorded.ReviewOutcome.CEASE) {
                    changes.add(PlanChange.ceased(from, seq, why));
                }
            }
            default -> {
            }
        }
        return changes;
    }
}
