package uk.send.funding.benchmarks.domain;

import uk.send.funding.banding.domain.FundingCategory;

import java.math.BigDecimal;

/** One figure an LA computes from its own data (and shares, if it opted in): never a child-level row. */
public record Aggregate(FundingCategory category, BenchmarkMeasure measure, BigDecimal value) {
}
