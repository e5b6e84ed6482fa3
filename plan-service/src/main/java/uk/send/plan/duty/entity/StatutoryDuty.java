package uk.send.plan.duty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.send.plan.duty.domain.DutyLevel;
import uk.send.plan.duty.domain.DutyStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A statutory duty of one LA (one area at one level), what it requires before and after its date, and how far it is met. */
@Entity
@Table(name = "statutory_duty")
public class StatutoryDuty {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    /** The duty's area as the guidance names it: "LOCAL OFFER", "MEDIATION". */
    @Column(nullable = false)
    public String area;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutyLevel level;
    @Column(name = "due_by")
    public LocalDate dueBy;
    @Column(name = "by_requirement")
    public String byRequirement;
    @Column(name = "after_requirement")
    public String afterRequirement;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutyStatus status;
    public String evidence;
    @Column(name = "evidence_url")
    public String evidenceUrl;
    /** Login name of whoever last changed it. */
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
