package uk.send.plan.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import uk.send.plan.programme.domain.ProgrammeKind;

import java.time.Instant;
import java.util.UUID;

/** A strategy, recovery plan or work programme of one LA. */
@Entity
public class Programme {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeKind kind;
    public String description;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
