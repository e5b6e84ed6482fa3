package uk.send.notification.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One message in one person's inbox, made from one event. */
@Entity
public class Notification {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    /** The person's login name, as in their token. */
    @Column(nullable = false)
    public String recipient;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    /** What it is about, as a pseudonymous reference such as {@code task/<id>}. */
    public String subject;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String body;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
}
