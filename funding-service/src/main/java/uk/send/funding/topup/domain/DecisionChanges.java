package uk.send.funding.topup.domain;

import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one logged EHCP decision changes for funding: a final or amended plan, or a transfer in, places the
 * child at its first named setting (and sets the band it carries) from its effective date; a review decision
 * to cease stops funding from its effective date (else its decision date). A correction counts as the kind it
 * corrects (the row it supersedes is no longer read). Other kinds change nothing here.
 */
public final class DecisionChanges {

    private DecisionChanges() {
    }

    public static List<PlanChange> of(EhcpDecisionRecorded d) {
        EhcpDecisionKind kind = d.kind() == EhcpDecisionKind.CORRECTION && d.correctedKind() != null ? d.correctedKind() : d.kind();
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
