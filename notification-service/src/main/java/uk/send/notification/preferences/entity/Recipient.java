package uk.send.notification.preferences.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person the service writes to, with their own preferences. */
@Entity
@IdClass(Recipient.Key.class)
public class Recipient {
    @Id
    public String tenant;
    @Id
    public String person;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    /** Comma-separated roles from the person's last token. */
    @Column(nullable = false)
    public String roles = "";
    /** A school user's setting URN from their last token (claim urn); null for LA staff. */
    @Column(name = "setting_urn")
    public String settingUrn;
    /** An address asked for but not yet confirmed; e-mail goes to {@link #emailAddress()} meanwhile. */
    @Column(name = "pending_email")
    public String pendingEmail;
    @Column(name = "pending_email_token_hash")
    public String pendingEmailTokenHash;
    @Column(name = "pending_email_until")
    public Instant pendingEmailUntil;
    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled = true;
    @Column(name = "digest_only", nullable = false)
    public boolean digestOnly;
    /** Comma-separated programme ids the person muted. */
    @Column(name = "muted_programmes", nullable = false)
    public String mutedProgrammes = "";
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public Set<String> roleSet() {
        return split(roles);
    }

    public Set<UUID> mutedProgrammeSet() {
        return split(mutedProgrammes).stream().map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Where email goes: the address on record, else the login name when it is an address. */
    public String emailAddress() {
        if (email != null && !email.isBlank()) {
            return email;
        }
        return person.contains("@") ? person : null;
    }

    private static Set<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Composite key: a person within an LA. */
    public static class Key implements Serializable {
        public String tenant;
        public String person;

        public Key() {
        }

        public Key(String tenant, String person) {
            this.tenant = tenant;
            this.person = person;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenant, k.tenant) && Objects.equals(person, k.person);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenant, person);
        }
    }
}
