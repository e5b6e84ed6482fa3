package uk.send.notification.preferences.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.notification.preferences.domain.PreferencesChange;

import java.util.Set;
import java.util.UUID;

/** A person's own notification preferences. Missed deadlines reach them whatever these say. */
public record PreferencesRequest(
        @NotNull @Schema(description = "Email at all (the inbox always gets everything)", example = "true") Boolean emailEnabled,
        @NotNull @Schema(description = "One daily digest email instead of an email per event", example = "false") Boolean digestOnly,
        @Email @Size(max = 320) @Schema(description = "Address for email; default: the login name when it is an address", example = "jane.smith@demo.gov.uk") String email,
        @Size(max = 100) @Schema(description = "Programmes to hear nothing about, except what cannot be muted") Set<UUID> mutedProgrammes) {

    public PreferencesChange toDomain() {
        return new PreferencesChange(emailEnabled, digestOnly, email, mutedProgrammes);
    }
}
