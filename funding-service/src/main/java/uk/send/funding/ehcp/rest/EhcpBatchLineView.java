package uk.send.funding.ehcp.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.funding.ehcp.domain.BatchLine;
import uk.send.funding.ehcp.domain.LineOutcome;
import uk.send.platform.rest.Problem;

import java.util.List;
import java.util.UUID;

/** The outcome of one line of a batch; a refused line lists why, as field errors. */
@Schema(name = "EhcpDecisionBatchLine")
public record EhcpBatchLineView(@Schema(description = "Line number in the upload (CSV: the header is line 1)") int line,
                                @Schema(description = "Absent while the line waits to be processed") LineOutcome outcome,
                                String sourceId, UUID decisionId, List<Problem.FieldError> errors) {

    static EhcpBatchLineView of(BatchLine l) {
        return new EhcpBatchLineView(l.line(), l.outcome(), l.sourceId(), l.decisionId(),
                l.errors() == null || l.errors().isEmpty() ? null : IntakeProblems.errors(l.errors()));
    }
}
