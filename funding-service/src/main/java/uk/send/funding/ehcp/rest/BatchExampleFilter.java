package uk.send.funding.ehcp.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import java.util.Map;

/**
 * Puts the NDJSON upload example into the document as the text it is. SmallRye reads an annotated example that
 * starts with "{" and ends with "}" as one JSON value, so three NDJSON lines would be published as the first
 * decision alone, an object where the body's schema is a string; this restores the whole text.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class BatchExampleFilter implements OASFilter {

    static final String OPERATION = "uploadEhcpDecisionBatch";

    @Override
    public Operation filterOperation(Operation operation) {
        if (!OPERATION.equals(operation.getOperationId()) || operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null) {
            return operation;
        }
        MediaType ndjson = operation.getRequestBody().getContent().getMediaType(EhcpBatchResource.NDJSON);
        if (ndjson != null && ndjson.getExamples() != null) {
            for (Map.Entry<String, Example> example : ndjson.getExamples().entrySet()) {
                example.getValue().setValue(Examples.NDJSON);
            }
        }
        return operation;
    }
}
