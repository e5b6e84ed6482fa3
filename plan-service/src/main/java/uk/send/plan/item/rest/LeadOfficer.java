package uk.send.plan.item.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person accountable for an item: their login name (whose inbox gets the reminders) and display name. */
public record LeadOfficer(
        @NotBlank @Size(max = 200) @Schema(example = "jane.smith@demo.gov.uk") String id,
        @Size(max = 200) @Schema(example = "Jane Smith, Head of SEN Assessment") String name) {
}
