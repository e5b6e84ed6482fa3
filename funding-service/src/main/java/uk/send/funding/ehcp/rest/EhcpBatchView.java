package uk.send.funding.ehcp.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.ehcp.domain.Batch;
import uk.send.funding.ehcp.domain.BatchFormat;
import uk.send.funding.ehcp.domain.BatchStatus;

import java.time.Instant;
import java.util.UUID;

/** A batch upload and its progress: lines stored, lines judged, and how they came out. */
@Schema(name = "EhcpDecisionBatch")
public record EhcpBatchView(UUID batchId, BatchFormat format, BatchStatus status, Instant receivedAt, Instant startedAt, Instant finishedAt,
                            @Schema(description = "Lines (CSV records) in the upload, blank lines not counted") int totalLines,
                            int processedLines, int accepted, int duplicates, int refused) {

    static EhcpBatchView of(Batch b) {
        return new EhcpBatchView(b.id(), b.format(), b.status(), b.receivedAt(), b.startedAt(), b.finishedAt(), b.totalLines(),
                b.processedLines(), b.accepted(), b.duplicates(), b.refused());
    }
}
