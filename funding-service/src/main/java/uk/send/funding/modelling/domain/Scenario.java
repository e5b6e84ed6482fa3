package uk.send.funding.modelling.domain;

import uk.send.funding.money.domain.FinancialYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A named, saved banding proposal of one LA, modelled over its EHCPs as placed and banded on {@code asAt}; the
 * proposed scheme would apply from {@code financialYear} (year 1 of any protection).
 *
 * @param protection null when the scenario has no protection policy
 */
public record Scenario(UUID id, String name, FinancialYear financialYear, LocalDate asAt, Proposal proposal,
                       ProtectionPolicy protection, ScenarioStatus status, String createdBy, Instant createdAt,
                       String grantedBy, Instant grantedAt, long version) {
}
