package uk.send.funding.ehcp.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.ehcp.domain.LoggedDecision;
import uk.send.platform.events.EhcpDecisionKind;
import uk.send.platform.events.EhcpDecisionRecorded;
import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;
import uk.send.platform.events.EhcpDecisionRecorded.ReviewOutcome;
import uk.send.platform.events.EhcpDecisionRecorded.TribunalOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decision in the LA's EHCP decision log: what was recorded (and published), and the correction that replaced it, if any. */
@Schema(name = "EhcpDecision")
public record EhcpDecisionView(
        @Schema(example = "0b8f0f4e-6c9a-4d0e-9a43-2f1e3c9b7d11") UUID decisionId,
        @Schema(example = "CAP1-DEC-000123") String sourceId,
        @Schema(example = "EHCP-2025-00042") String ehcpRef,
        EhcpDecisionKind kind,
        @Schema(example = "2025-03-03") LocalDate decisionDate,
        Instant recordedAt,
        @Schema(example = "4") Integer ncy,
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
        EhcpDecisionKind correctedKind,
        @Schema(description = "The decision id of the CORRECTION that replaced this decision; absent while it stands") UUID supersededBy) {

    static EhcpDecisionView of(LoggedDecision logged) {
        EhcpDecisionRecorded r = logged.decision();
        return new EhcpDecisionView(r.decisionId(), r.sourceId(), r.ehcpRef(), r.kind(), r.decisionDate(), r.recordedAt(), r.ncy(),
                r.caseOfficerId(), r.reassessment(), r.settingUrns(), r.needTypes(), r.bandCode(), r.effectiveDate(), r.reviewOutcome(),
                r.ceaseReason(), r.exceptionReason(), r.refusalAppealable(), r.tribunalOrder(), r.fromLa(), r.supersedesSourceId(),
                r.correctedKind(), logged.supersededBy());
    }
}
