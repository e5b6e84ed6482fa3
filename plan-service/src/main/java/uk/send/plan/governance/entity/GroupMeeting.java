package uk.send.plan.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A meeting a governance group held, with its notes. */
@Entity
@Table(name = "group_meeting")
public class GroupMeeting {
    @Id
    public UUID id;
    @Column(name = "group_id", nullable = false)
    public UUID groupId;
    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;
    @Column(nullable = false)
    public String title;
    public String notes;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
