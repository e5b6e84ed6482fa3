package uk.send.funding.benchmarks.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;

/** A neighbour's figure to enter from a published table; the resource edge has checked its fields. */
public record NewPublishedFigure(String laCode, String laName, FinancialYear financialYear, FundingCategory category,
                                 BenchmarkMeasure measure, BigDecimal value, String source) {
}
