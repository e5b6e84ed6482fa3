package uk.send.funding.benchmarks.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.util.List;

/**
 * An LA's figure for one measure beside its neighbours' (opted-in LAs' shared figures and the figures it entered),
 * highest first, and where it sits.
 *
 * @param own      the LA's own figure from its own data; null when suppressed or it has none
 * @param standing null when the LA has no figure of its own
 */
public record BenchmarkReport(FinancialYear financialYear, FundingCategory category, BenchmarkMeasure measure, BigDecimal own,
                              Standing standing, List<Figure> neighbours) {
}
