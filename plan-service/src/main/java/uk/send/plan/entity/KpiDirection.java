package uk.send.plan.entity;

/** Which way a KPI's value is better: UP (more places, higher attainment) or DOWN (fewer independent placements). */
public enum KpiDirection {
    UP, DOWN
}
