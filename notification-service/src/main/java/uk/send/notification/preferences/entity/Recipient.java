package uk.send.notification.preferences.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;

import uk.send.notification.preferences.domain.RecipientProfile;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

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
        return RecipientProfile.split(roles);
    }

    public Set<UUID> mutedProgrammeSet() {
        return RecipientProfile.mutedProgrammeSet(mutedProgrammes);
    }

    /** Where email goes: the address on record, else the login name when it is an address. */
    public String emailAddress() {
        return RecipientProfile.emailAddress(email, person);
    }

    /** What routing reads of this person. */
    public RecipientProfile profile() {
        return new RecipientProfile(tenant, person, displayName, email, roles, settingUrn, emailEnabled, digestOnly, mutedProgrammes);
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
