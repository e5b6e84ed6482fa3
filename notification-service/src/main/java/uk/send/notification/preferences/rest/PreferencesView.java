package uk.send.notification.preferences.rest;

import uk.send.notification.preferences.domain.Preferences;

import java.util.Set;
import java.util.UUID;

/** A person's notification preferences; {@code version} is the value of the ETag. */
public record PreferencesView(String person, boolean emailEnabled, boolean digestOnly, String email, Set<UUID> mutedProgrammes, long version) {

    public static PreferencesView of(Preferences p) {
        return new PreferencesView(p.person(), p.emailEnabled(), p.digestOnly(), p.email(), p.mutedProgrammes(), p.version());
    }
}
