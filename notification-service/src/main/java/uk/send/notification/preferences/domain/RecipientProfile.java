package uk.send.notification.preferences.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What routing needs to know of a person the service writes to: their roles and school setting (what they may read),
 * their name and address, and their preferences. Read in bulk by the dispatcher; plain data, no framework.
 *
 * @param roles           comma-separated roles from the person's last token
 * @param mutedProgrammes comma-separated programme ids the person muted
 */
public record RecipientProfile(String tenant, String person, String displayName, String email, String roles, String settingUrn,
                               boolean emailEnabled, boolean digestOnly, String mutedProgrammes) {

    public Set<String> roleSet() {
        return split(roles);
    }

    public boolean muted(UUID programmeId) {
        return programmeId != null && !mutedProgrammes.isEmpty() && mutedProgrammeSet(mutedProgrammes).contains(programmeId);
    }

    /** Where email goes: the address on record, else the login name when it is an address. */
    public String emailAddress() {
        return emailAddress(email, person);
    }

    /** Where email goes for this address on record and login name (see {@link #emailAddress()}). */
    public static String emailAddress(String email, String person) {
        if (email != null && !email.isBlank()) {
            return email;
        }
        return person.contains("@") ? person : null;
    }

    public static Set<UUID> mutedProgrammeSet(String csv) {
        return split(csv).stream().map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
