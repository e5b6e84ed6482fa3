package uk.send.notification.delivery.entity;

import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * One email or webhook to send. Written in the transaction that consumed its event, then sent, then
 * marked sent; its id is the email's Message-ID and the webhook's id, so a resend after a crash can be dropped.
 */
@Entity
public class Delivery {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    /** What makes this message unique: the event id, or e.g. {@code overdue:<item>:<date>} for a repeat. */
    @Column(name = "dedup_key", nullable = false)
    public String dedupKey;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    /** An email address, or the webhook URL. */
    @Column(nullable = false)
    public String recipient;
    @Column(name = "endpoint_id")
    public UUID endpointId;
    public String subject;
    @Column(name = "body_text")
    public String bodyText;
    @Column(name = "body_html")
    public String bodyHtml;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "first_attempt_at")
    public Instant firstAttemptAt;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
}
