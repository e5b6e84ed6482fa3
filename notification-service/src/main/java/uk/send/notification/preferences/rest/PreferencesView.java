package uk.send.notification.preferences.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.notification.preferences.domain.Preferences;
import java.util.Set;
import java.util.UUID;

/** A person's notification preferences; {@code version} is the value of the ETag. */
public record PreferencesView(String person, boolean emailEnabled, boolean digestOnly, String email,
                              @Schema(description = "A new address waiting to be confirmed with the code e-mailed to it; e-mail goes to `email` until then",
                                      example = "jane.smith@new.gov.uk") String pendingEmail,
                              Set<UUID> mutedProgrammes, long version) {

    public static PreferencesView of(Preferences p) {
        return new PreferencesView(p.person(), p.emailEnabled(), p.digestOnly(), p.email(), p.pendingEmail(), p.mutedProgrammes(), p.version());
    }
}
