package uk.send.platform.consumer;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a record a batch consumer cannot use to its dead-letter topic (through an {@link Emitter} bound to
 * it), with the headers SmallRye's own dead-letter queue writes ({@code dead-letter-reason},
 * {@code dead-letter-topic}), and waits for the broker's acknowledgement: a batch is acknowledged only
 * after its dead letters are stored, so none is lost in a crash.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** A value read without its record (a batch of values): the reason and the topic it came from. */
    public static void send(Emitter<String> deadLetters, String value, String reason, String sourceTopic) {
        send(deadLetters, null, value, reason, headers(reason, sourceTopic));
    }

    /** A record: its key and value kept, and where it came from (topic, partition, offset) in the headers. */
    public static void send(Emitter<String> deadLetters, ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = headers(reason, record.topic());
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        send(deadLetters, record.key(), record.value(), reason, headers);
    }

    private static RecordHeaders headers(String reason, String sourceTopic) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", sourceTopic.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static void send(Emitter<String> deadLetters, String key, String value, String reason, RecordHeaders headers) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers);
        if (key != null) {
            metadata.withKey(key);
        }
        deadLetters.send(Message.of(value)
                .addMetadata(metadata.build())
                .withAck(() -> {
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    sent.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                }));
        sent.join();
    }
}
