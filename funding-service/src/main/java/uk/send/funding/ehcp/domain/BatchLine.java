package uk.send.funding.ehcp.domain;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one line of a batch.
 *
 * @param line       the line number in the upload (for CSV, the header is line 1)
 * @param outcome    null while the line waits to be processed
 * @param sourceId   the line's sourceId, when it could be read
 * @param decisionId the decision recorded (accepted) or already on record (duplicate)
 */
public record BatchLine(int line, LineOutcome outcome, String sourceId, UUID decisionId, List<Violation> errors) {
}
