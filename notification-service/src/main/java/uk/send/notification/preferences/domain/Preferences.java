package uk.send.notification.preferences.domain;

import java.util.Set;
import java.util.UUID;

/**
 * A person's notification preferences as stored; {@code version} changes with every change (the ETag).
 *
 * @param email        where email goes: the address on record, else the login name when it is an address; null if neither
 * @param pendingEmail an address asked for and waiting to be confirmed from the message sent to it; null if none
 */
public record Preferences(String person, boolean emailEnabled, boolean digestOnly, String email, String pendingEmail, Set<UUID> mutedProgrammes,
                          long version) {
}
