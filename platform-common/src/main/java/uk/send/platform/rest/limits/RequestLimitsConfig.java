package uk.send.platform.rest.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * What one request may cost a service ({@code send.http.limits.*}), set per service in its
 * application.properties: a declared body size per media type, with path prefixes that set their own
 * (an upload endpoint that streams and caps itself).
 */
@ConfigMapping(prefix = "send.http.limits")
public interface RequestLimitsConfig {

    /** The largest body of a media type not listed in {@link #mediaType()}: a JSON command is a few kilobytes. */
    @WithDefault("1M")
    MemorySize body();

    /** Larger (or smaller) limits by media type without parameters, e.g. {@code "application/pdf"=10M}. */
    Map<String, MemorySize> mediaType();

    /** Limits by path prefix, winning over the media type, e.g. {@code "/api/v1/ehcp-decisions/batches"=256M}. */
    Map<String, MemorySize> pathPrefix();
}
