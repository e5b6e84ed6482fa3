package uk.send.placement.forecast.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A forecast run as kept and shown: its projection and the sufficiency gap against commissioned places. */
public record ForecastOutcome(UUID id, Instant createdAt, Projection projection, List<Forecast.Gap> gaps, Scenario scenario) {
}
