package uk.send.plan.ehcp.domain;

import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of an EHCP's decisions are in effect, whatever order they arrived in and however often: deduplicated by
 * {@code sourceId}, corrections replacing the decision they name (a correction of a correction too), the rest in
 * the contract's one order ({@link EhcpDecisionRecorded#IN_ORDER}, as funding's log and placement-service read them):
 * decision date, then steps of the same day in the order the process takes them
 * ({@link EhcpDecisionKind#sameDayOrder()}: a request before the decision on it, a review meeting before the decision
 * after it), then by {@code sourceId}: nothing that depends on when a decision arrived, so the order of arrival never
 * changes a timeline. Pure.
 */
final class DecisionsInEffect {

    private DecisionsInEffect() {
    }

    /** Deduplicated by sourceId, corrections applied (each as the kind it corrects to), in date order. */
    static List<EhcpDecisionRecorded> of(List<EhcpDecisionRecorded> arrived) {
        Map<String, EhcpDecisionRecorded> bySource = new HashMap<>();
        for (EhcpDecisionRecorded d : arrived) {
            bySource.merge(d.sourceId(), d, (a, b) -> EhcpDecisionRecorded.IN_ORDER.compare(a, b) <= 0 ? a : b);
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
            effective.add(EhcpDecisionRecorded.applied(last));
        }
        effective.removeIf(d -> d.kind() == EhcpDecisionKind.CORRECTION);
        effective.sort(EhcpDecisionRecorded.IN_ORDER);
        return effective;
    }

    private static int byRecording(EhcpDecisionRecorded a, EhcpDecisionRecorded b) {
        Instant ra = a.recordedAt() == null ? Instant.EPOCH : a.recordedAt();
        Instant rb = b.recordedAt() == null ? Instant.EPOCH : b.recordedAt();
        int c = ra.compareTo(rb);
        return c != 0 ? c : a.sourceId().compareTo(b.sourceId());
    }
}
