package uk.send.notification.preferences.domain;

import java.util.Set;
import java.util.UUID;

/**
 * What a person asks to change in their preferences: all of it at once.
 *
 * @param email           the address for email; blank or null: the login name when it is an address
 * @param mutedProgrammes programmes to hear nothing about (except what cannot be muted); null: none
 */
public record PreferencesChange(boolean emailEnabled, boolean digestOnly, String email, Set<UUID> mutedProgrammes) {
}
