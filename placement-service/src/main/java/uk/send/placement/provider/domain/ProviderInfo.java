package uk.send.placement.provider.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered provider as the service returns it; {@code version} is its optimistic-lock version. */
public record ProviderInfo(UUID id, ProviderDetails details, List<NeedType> needTypes, SettingGroup settingGroup,
                           boolean active, boolean outOfArea, Instant createdAt, Instant updatedAt, long version) {
}
