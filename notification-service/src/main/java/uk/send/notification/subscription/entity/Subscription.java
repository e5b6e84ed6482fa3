package uk.send.notification.subscription.entity;

import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.subscription.domain.Audience;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A rule of an LA: which events reach whom, by which channel, optionally only for one programme, setting or provider. */
@Entity
public class Subscription {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    /** An exact type, a family ending in {@code *} (e.g. {@code uk.send.plan.deadline.*}), or {@code *}. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;
    public String role;
    public String person;
    @Column(name = "programme_id")
    public UUID programmeId;
    @Column(name = "setting_urn")
    public String settingUrn;
    @Column(name = "provider_id")
    public UUID providerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;
}
