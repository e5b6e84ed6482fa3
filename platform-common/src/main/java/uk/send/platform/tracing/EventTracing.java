package uk.send.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.platform.events.CloudEvent;

import java.util.List;

/**
 * Carries a trace from HTTP through the outbox and Kafka to every consumer. The outbox stamps each CloudEvent with
 * the W3C {@code traceparent} of the span that wrote it (the CloudEvents distributed-tracing extension), because the
 * relay that later sends it runs outside that request; a consumer reading the event records a CONSUMER span whose
 * parent is that traceparent, so the consumer's work continues the producer's trace id. With tracing off
 * ({@code quarkus.otel.sdk.disabled=true}, the default) spans are invalid and nothing is stamped or recorded.
 */
@ApplicationScoped
public class EventTracing {

    /** The CloudEvents distributed-tracing extension attribute. */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<String> FROM_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("uk.send.platform.events");
    }

    /** The W3C traceparent of the current span, or null when there is none (tracing off, or no request). */
    public String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** Records that this service received the event, as a child of the span that published it. */
    public void received(CloudEvent event) {
        if (event.traceparent() == null) {
            return;
        }
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), event.traceparent(), FROM_TRACEPARENT);
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return;
        }
        tracer.spanBuilder(event.type() + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("send.tenant", event.tenant())
                .startSpan().end();
    }
}
