package uk.send.plan.ehcp.domain;

import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;
import uk.send.platform.events.EhcpDecisionRecorded.TribunalOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test builder of decisions as funding-service publishes them. */
public final class Decisions {

    private Decisions() {
    }

    public static EhcpDecisionRecorded decision(String sourceId, String ref, EhcpDecisionKind kind, String date) {
        return full(sourceId, ref, kind, date, null, null, null, null, null, null, null, null);
    }

    public static EhcpDecisionRecorded request(String sourceId, String ref, String date, int ncy, String officer) {
        return full(sourceId, ref, EhcpDecisionKind.ASSESSMENT_REQUESTED, date, ncy, officer, false, null, null, null, null, null);
    }

    public static EhcpDecisionRecorded reassessment(String sourceId, String ref, String date) {
        return full(sourceId, ref, EhcpDecisionKind.ASSESSMENT_REQUESTED, date, null, null, true, null, null, null, null, null);
    }

    public static EhcpDecisionRecorded finalPlan(String sourceId, String ref, String date, Integer ncy) {
        return full(sourceId, ref, EhcpDecisionKind.FINAL_PLAN_ISSUED, date, ncy, null, null, null, null, null, null, null);
    }

    public static EhcpDecisionRecorded review(String sourceId, String ref, String date, ReviewOutcome outcome) {
        return full(sourceId, ref, EhcpDecisionKind.REVIEW_DECISION, date, null, null, null, outcome, null, null, null, null);
    }

    public static EhcpDecisionRecorded exception(String sourceId, String ref, EhcpDecisionKind kind, String date, ExceptionReason reason) {
        return full(sourceId, ref, kind, date, null, null, null, null, reason, null, null, null);
    }

    public static EhcpDecisionRecorded order(String sourceId, String ref, String date, TribunalOrder order) {
        return full(sourceId, ref, EhcpDecisionKind.TRIBUNAL_ORDER, date, null, null, null, null, null, order, null, null);
    }

    public static EhcpDecisionRecorded correction(String sourceId, String ref, String date, String supersedes, EhcpDecisionKind correctedKind, Integer ncy,
                                                  String officer) {
        return full(sourceId, ref, EhcpDecisionKind.CORRECTION, date, ncy, officer, false, null, null, null, supersedes, correctedKind);
    }

    static EhcpDecisionRecorded full(String sourceId, String ref, EhcpDecisionKind kind, String date, Integer ncy, String officer, Boolean reassessment,
                                     ReviewOutcome outcome, ExceptionReason reason, TribunalOrder order, String supersedes, EhcpDecisionKind correctedKind) {
        return new EhcpDecisionRecorded(UUID.nameUUIDFromBytes(sourceId.getBytes()), sourceId, ref, kind, LocalDate.parse(date),
                Instant.parse(date + "T12:00:00Z"), ncy, officer, reassessment, null, null, null, null, outcome,
                outcome == ReviewOutcome.CEASE ? "MOVED_TO_ANOTHER_LA" : null, reason, null, order, null, supersedes, correctedKind);
    }
}
