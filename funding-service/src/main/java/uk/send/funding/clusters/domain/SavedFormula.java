package uk.send.funding.clusters.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.time.Instant;
import java.util.UUID;

/**
 * A named formula of an LA for a financial year. DRAFT ones are worked out over the current clusters and factors each
 * time they are read; adopting one freezes its allocations (and supersedes the year's previously adopted one).
 */
public record SavedFormula(UUID id, FinancialYear financialYear, String name, Formula formula, Status status, String createdBy,
                           Instant createdAt, String adoptedBy, Instant adoptedAt, long version) {

    public enum Status { DRAFT, ADOPTED, SUPERSEDED }
}
