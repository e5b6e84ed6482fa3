package uk.send.placement.placement.domain;

import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Derives an EHCP's placements from all of its decisions, so that decisions arriving late, out of order
 * or twice always give the same placements:
 * <ol>
 *   <li>a correction replaces the decision it supersedes (whichever arrived first);</li>
 *   <li>decisions are read in the contract's one order ({@link EhcpDecisionRecorded#IN_ORDER}: decision date, same-day
 *       steps in the process's order, then the CMS's id), as plan-service and funding-service read them;</li>
 *   <li>a final plan, an amended plan or a transfer in naming a setting opens a placement there from its
 *       effective date (the decision date if it has none), with the first-ranked need type and the NCY;
 *       one naming another setting ends the open placement the day before;</li>
 *   <li>a review decision to cease ends the open placement the day before its effective (else decision) date: that date
 *       is the first day the plan is no longer maintained, the day funding-service stops paying top-up from, just as a
 *       plan naming a new setting places the child there from its date.</li>
 * </ol>
 * Only settings the LA knows as providers ({@code isProvider}) give placements: a plan naming a
 * mainstream school ends any specialist placement and opens none.
 */
public final class PlacementTimeline {

    private PlacementTimeline() {
    }

    public static List<PlacementSpan> derive(List<EhcpDecisionRecorded> decisions, Predicate<String> isProvider) {
        List<PlacementSpan> spans = new ArrayList<>();
        Open open = null;
        for (EhcpDecisionRecorded d : effective(decisions)) {
            EhcpDecisionKind kind = d.kind();
            var date = d.effectiveDate() != null ? d.effectiveDate() : d.decisionDate();
            if (namesSetting(kind) && d.settingUrns() != null && !d.settingUrns().isEmpty()) {
                String urn = d.settingUrns().get(0);
                String need = d.needTypes() == null || d.needTypes().isEmpty() ? null : d.needTypes().get(0);
                if (open != null && open.urn.equals(urn)) {
                    if (need != null) {
                        open.need = need;
                    }
                    continue;
                }
                if (open != null) {
                    close(spans, open, date.minusDays(1));
                    if (need == null) {
                        need = open.need;
                    }
                }
                open = isProvider.test(urn) && need != null ? new Open(urn, need, d.ncy(), date) : null;
            } else if (kind == EhcpDecisionKind.REVIEW_DECISION && d.reviewOutcome() == EhcpDecisionRecorded.ReviewOutcome.CEASE) {
                if (open != null) {
                    close(spans, open, date.minusDays(1));
                    open = null;
                }
            }
        }
        if (open != null) {
            spans.add(new PlacementSpan(open.urn, open.need, open.ncy, open.start, null));
        }
        return spans;
    }

    private static boolean namesSetting(EhcpDecisionKind kind) {
        return kind == EhcpDecisionKind.FINAL_PLAN_ISSUED || kind == EhcpDecisionKind.AMENDED_PLAN_ISSUED
                || kind == EhcpDecisionKind.TRANSFER_IN;
    }

    /** A placement that ends before it starts (replaced on its first day) never happened. */
    private static void close(List<PlacementSpan> spans, Open open, java.time.LocalDate end) {
        if (!end.isBefore(open.start)) {
            spans.add(new PlacementSpan(open.urn, open.need, open.ncy, open.start, end));
        }
    }

    /** Corrections applied (as the kind they correct) and superseded decisions dropped, in decision order. */
    static List<EhcpDecisionRecorded> effective(List<EhcpDecisionRecorded> decisions) {
        Map<String, EhcpDecisionRecorded> bySource = new HashMap<>();
        Set<String> superseded = new HashSet<>();
        for (EhcpDecisionRecorded d : decisions) {
            bySource.putIfAbsent(d.sourceId(), d);
            if (d.kind() == EhcpDecisionKind.CORRECTION && d.supersedesSourceId() != null) {
                superseded.add(d.supersedesSourceId());
            }
        }
        List<EhcpDecisionRecorded> result = new ArrayList<>();
        for (EhcpDecisionRecorded d : bySource.values()) {
            if (superseded.contains(d.sourceId())) {
                continue;
            }
            result.add(EhcpDecisionRecorded.applied(d));
        }
        result.sort(EhcpDecisionRecorded.IN_ORDER);
        return result;
    }

    private static final class Open {
        final String urn;
        String need;
        final Integer ncy;
        final java.time.LocalDate start;

        Open(String urn, String need, Integer ncy, java.time.LocalDate start) {
            this.urn = urn;
            this.need = need;
            this.ncy = ncy;
            this.start = start;
        }
    }
}
