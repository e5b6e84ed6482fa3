package uk.send.funding.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A setting (school or other provision) in one LA's register, identified in that LA by its URN. */
@Entity
public class Setting {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    /** The 6-digit Unique Reference Number (Get Information About Schools); unique within the LA. */
    @Column(nullable = false)
    public String urn;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SettingType type;
    /** The school cluster (locality) it belongs to, if the LA groups its schools. */
    public String cluster;
    @Column(nullable = false)
    public boolean active;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
