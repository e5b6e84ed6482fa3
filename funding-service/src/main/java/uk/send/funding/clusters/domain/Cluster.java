package uk.send.funding.clusters.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A cluster of settings for one financial year, with the host school that receives and manages its delegated funding. */
public record Cluster(UUID id, FinancialYear financialYear, String name, String hostUrn, List<String> memberUrns, String createdBy,
                      Instant createdAt, long version) {
}
