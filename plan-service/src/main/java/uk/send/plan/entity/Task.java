package uk.send.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task (workstream) of a programme, with its lead officer and deadline. */
@Entity
public class Task {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;
    @Column(nullable = false)
    public String title;
    /** The lead officer's login name: the inbox their reminders go to. */
    @Column(name = "lead_officer_id")
    public String leadOfficerId;
    @Column(name = "lead_officer_name")
    public String leadOfficerName;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
