package uk.send.platform.tracing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import uk.send.platform.events.CloudEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 item 8: the consumer's span continues the producer's trace, carried in the CloudEvent's traceparent. */
class EventTracingTest {

    private final List<SpanData> finished = new CopyOnWriteArrayList<>();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> spans) {
                    finished.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            })).build()).build();

    private static CloudEvent event(String traceparent) {
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/send-platform/plan-service", "uk.send.plan.task.created.v1", "task/1",
                Instant.now(), "application/json", "KENT", JsonNodeFactory.instance.objectNode().put("x", 1), traceparent);
    }

    @Test
    void shouldContinueTheProducersTraceInTheConsumersSpan() {
        EventTracing tracing = new EventTracing(sdk);
        Span request = sdk.getTracer("test").spanBuilder("POST /api/v1/programmes").setSpanKind(SpanKind.SERVER).startSpan();
        String traceparent;
        try (Scope ignored = request.makeCurrent()) {
            traceparent = tracing.currentTraceparent();
        } finally {
            request.end();
        }
        assertThat(traceparent).isEqualTo("00-" + request.getSpanContext().getTraceId() + "-" + request.getSpanContext().getSpanId() + "-01");

        tracing.received(event(traceparent));

        SpanData consumer = finished.stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertThat(consumer.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(consumer.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(consumer.getName()).isEqualTo("uk.send.plan.task.created.v1 process");
    }

    @Test
    void shouldStampAndRecordNothingWithTracingOffOrNoTraceparent() {
        assertThat(new EventTracing(OpenTelemetry.noop()).currentTraceparent()).isNull();
        EventTracing tracing = new EventTracing(sdk);
        assertThat(tracing.currentTraceparent()).isNull();
        tracing.received(event(null));
        tracing.received(event("not-a-traceparent"));
        assertThat(finished).isEmpty();
    }
}
