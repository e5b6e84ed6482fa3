package uk.send.notification.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A partner system's HTTPS endpoint and the event types it wants, signed with its secret (two during a rotation). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    /** The client that registered it (token azp, client_id or sub); null for webhooks older than ownership. */
    public String owner;
    @Column(nullable = false)
    public String url;
    /** Comma-separated types or families ({@code uk.send.plan.*}). */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;
    @Column(nullable = false)
    public String secret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;
    @Column(nullable = false)
    public boolean active;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
