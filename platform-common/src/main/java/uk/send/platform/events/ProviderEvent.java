package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.util.List;
import java.util.UUID;

/** Payload of {@link EventTypes#PROVIDER_REGISTERED} and {@link EventTypes#PROVIDER_UPDATED}: a provider of specialist places. */
@JsonClassDescription("A provider of specialist places, as it is now.")
public record ProviderEvent(UUID providerId, String name, String type, List<String> needTypes, String urn, boolean active) {
}
