package uk.send.notification.preferences.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A person's notification preferences as stored; {@code version} changes with every change (the ETag).
 *
 * @param email where email goes: the address on record, else the login name when it is an address; null if neither
 */
public record Preferences(String person, boolean emailEnabled, boolean digestOnly, String email, Set<UUID> mutedProgrammes, long version) {
}
