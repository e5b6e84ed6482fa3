package uk.send.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "https://send-platform.uk/problems/validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        @Schema(example = "/api/v1/programmes") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One failing field of a request: a JSON path into the body, or the name of a query or path parameter. */
    public record FieldError(@Schema(example = "tasks[0].dueDate") String field,
                             @Schema(example = "must not be null") String message) {
    }
}
