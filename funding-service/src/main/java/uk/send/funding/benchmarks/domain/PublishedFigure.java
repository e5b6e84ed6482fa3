package uk.send.funding.benchmarks.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A neighbour's figure an LA entered from a published table (e.g. the DfE's high needs benchmarking tool), with its source. */
public record PublishedFigure(UUID id, String laCode, String laName, FinancialYear financialYear, FundingCategory category,
                              BenchmarkMeasure measure, BigDecimal value, String source, String enteredBy, Instant enteredAt) {
}
