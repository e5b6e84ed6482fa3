package uk.send.placement.valueformoney.domain;

import java.time.LocalDate;
import java.util.List;

/** The desk review on a day: cost by need and provider type, the outliers within each need type, and the providers to visit. */
public record ValueForMoneyReport(LocalDate asOf, List<CostSummary> costs, CostOutliers.Result outliers, List<Visit> visits) {
}
