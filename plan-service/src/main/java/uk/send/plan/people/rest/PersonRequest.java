package uk.send.plan.people.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead officer as a plan's key of initials names them. */
public record PersonRequest(
        @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z]{1,10}", message = "must be letters only, e.g. BB") @Schema(example = "BB") String initials,
        @NotBlank @Size(max = 200) @Schema(example = "Bob Brown") String name,
        @Size(max = 300) @Schema(example = "Head of SEN Assessment") String title,
        @Email @Size(max = 320) @Schema(example = "bob.brown@demo.gov.uk") String email,
        @Size(max = 200) @Schema(description = "Their login name, where reminders go (default: email)", example = "bob.brown@demo.gov.uk") String login) {
}
