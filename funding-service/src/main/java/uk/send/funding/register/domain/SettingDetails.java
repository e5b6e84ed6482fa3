package uk.send.funding.register.domain;

import uk.send.funding.register.entity.SettingType;

import java.time.Instant;
import java.util.UUID;

/** A setting of the LA's register; {@code version} is its row version (its ETag at the edge). */
public record SettingDetails(UUID id, String urn, String name, SettingType type, String cluster, boolean active,
                             Instant createdAt, Instant updatedAt, long version) {
}
