package uk.send.placement.capital.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A capital project that adds places of one need type at a provider, opening in an academic year (its starting year); delivered once. */
public record CapitalProject(UUID id, String name, UUID providerId, String needType, int places, int deliveryAcademicYear, LocalDate deliveredOn,
                             long version) {
}
