package uk.send.funding.ehcp.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch upload of EHCP decisions and how far its processing has got.
 *
 * @param nextLine the first line number not processed yet (lines are processed in order, a chunk at a time)
 */
public record Batch(UUID id, String tenant, BatchFormat format, BatchStatus status, Instant receivedAt, Instant startedAt,
                    Instant finishedAt, int totalLines, int nextLine, int accepted, int duplicates, int refused) {

    public int processedLines() {
        return accepted + duplicates + refused;
    }
}
