package uk.send.platform.rest.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client rate limits ({@code send.rate-limit.*}), set per service: one token bucket per client (token
 * {@code azp}, {@code client_id} or {@code sub}) within an LA, and one per LA that all its clients share.
 */
@ConfigMapping(prefix = "send.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** One client of one LA. */
    Budget perClient();

    /** All clients of one LA together. */
    Budget perLa();

    /** A burst of {@code burst} requests, then {@code perSecond} a second. */
    interface Budget {
        @WithDefault("300")
        double perSecond();

        @WithDefault("3000")
        long burst();
    }
}
