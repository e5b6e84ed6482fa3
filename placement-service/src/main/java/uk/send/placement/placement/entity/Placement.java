package uk.send.placement.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import uk.send.placement.placement.domain.PlacementSource;
import uk.send.placement.provider.domain.NeedType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A child's placement at a provider: from its EHCP's decisions or entered by an officer. */
@Entity
public class Placement {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @Column(name = "ehcp_ref")
    public String ehcpRef;
    @Column(name = "provider_id", nullable = false)
    public UUID providerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "need_type", nullable = false)
    public NeedType needType;
    public Integer ncy;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "annual_cost", precision = 12, scale = 2)
    public BigDecimal annualCost;
    @Column(name = "out_of_area", nullable = false)
    public boolean outOfArea;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlacementSource source;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
