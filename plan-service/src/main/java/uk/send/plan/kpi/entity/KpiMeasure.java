package uk.send.plan.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.send.plan.item.entity.PlanItem;
import uk.send.plan.kpi.domain.KpiDirection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The measure of a success criterion: from a baseline to a target by a date, and which way is better. */
@Entity
@Table(name = "kpi_measure")
public class KpiMeasure {
    @Id
    @Column(name = "item_id")
    public UUID itemId;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @MapsId
    @JoinColumn(name = "item_id")
    public PlanItem item;
    @Column(nullable = false)
    public String tenant;
    @Column(nullable = false)
    public String name;
    /** What is counted: "placements", "£", "%". */
    @Column(nullable = false)
    public String unit;
    @Column(nullable = false)
    public BigDecimal baseline;
    @Column(name = "baseline_date", nullable = false)
    public LocalDate baselineDate;
    @Column(nullable = false)
    public BigDecimal target;
    @Column(name = "target_date", nullable = false)
    public LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KpiDirection direction;
    /** Where values come from: "manual", or the event type that will feed it. */
    @Column(nullable = false)
    public String source;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
