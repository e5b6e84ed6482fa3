package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A CloudEvents 1.0 event in structured JSON mode, exactly as it travels on the platform's topics.
 * The local authority is carried in the {@code tenant} extension attribute; {@code data} holds the
 * payload documented in docs/EVENTS.md for the event's {@code type}. {@code traceparent} (the CloudEvents
 * distributed-tracing extension) is the W3C trace context of the request that wrote it, when tracing is on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String tenant,
        JsonNode data,
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** True when the attributes every consumer relies on are present. */
    public boolean isComplete() {
        return hasAttributes() && data != null && !data.isNull();
    }

    /** True when every attribute consumers rely on, all but the data, is present. */
    public boolean hasAttributes() {
        return SPEC_VERSION.equals(specversion) && notBlank(id) && notBlank(source) && notBlank(type) && notBlank(tenant) && time != null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
