package uk.send.funding.benchmarks.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A neighbour's figure an LA compares itself with: shared by an opted-in LA on this deployment, or entered by the LA
 * from a published table (with its source).
 *
 * @param source "shared on this deployment" for a shared figure, else the published table it was taken from
 * @param asOf   when a shared figure was computed, or a published one entered
 */
public record Figure(String laCode, String laName, BigDecimal value, boolean shared, String source, Instant asOf) {
}
