package uk.send.platform.events;

import java.util.UUID;

/** Payload of {@code uk.send.placement.places.commissioned.v1}: places set for a provider, academic year and need type. */
public record PlacesCommissioned(UUID providerId, String urn, String academicYear, String needType, int places,
                                 Integer requested, String source) {
}
