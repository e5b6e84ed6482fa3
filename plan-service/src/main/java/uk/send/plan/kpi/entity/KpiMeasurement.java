package uk.send.plan.kpi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One value of a KPI on a day, from one source; at most one per measure, day and source. */
@Entity
@Table(name = "kpi_measurement")
public class KpiMeasurement {
    @Id
    public UUID id;
    @Column(name = "item_id", nullable = false)
    public UUID itemId;
    @Column(nullable = false)
    public String tenant;
    @Column(name = "measured_on", nullable = false)
    public LocalDate measuredOn;
    @Column(nullable = false)
    public BigDecimal value;
    public String note;
    @Column(nullable = false)
    public String source;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
