package uk.send.plan.kpi.domain;

/** Which way a KPI's value is better: UP (more places, higher attainment) or DOWN (fewer independent placements). */
public enum KpiDirection {
    UP, DOWN
}
