package uk.send.notification.preferences.rest;

import java.util.Set;
import java.util.UUID;

/** A person's notification preferences; {@code version} is the value of the ETag. */
public record PreferencesView(String person, boolean emailEnabled, boolean digestOnly, String email, Set<UUID> mutedProgrammes, long version) {
}
