package uk.send.platform.events;

import java.util.UUID;

/** Payload of {@code uk.send.placement.capital.places-delivered.v1}: a capital project's places entered the ledger. */
public record CapitalPlacesDelivered(UUID projectId, String name, UUID providerId, String urn, String needType, int places, String academicYear) {
}
