package uk.send.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the transactional outbox and its relay ({@code send.outbox.*}). */
@ConfigMapping(prefix = "send.outbox")
public interface OutboxConfig {

    /** Topic this service publishes to, e.g. plan.events. */
    String topic();

    /** Partitions of the topic when the relay creates it (the broker's default replication factor applies). */
    @WithDefault("3")
    int topicPartitions();

    /** Whether this instance runs the relay at all (every replica may; only one relays at a time). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows it was not woken for (other replicas' writes, crash leftovers). */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Events sent per relay transaction (whole rows: at most one row's events more, see {@link Outbox#PACK}). */
    @WithDefault("500")
    int batchSize();

    /** How long a relay batch waits for the broker before giving up and retrying later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Longest pause between retries while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /**
     * How the relay compresses what it sends (a Kafka producer {@code compression.type}: none, gzip, snappy, lz4, zstd).
     * Events are JSON and compress several times over, so the broker stores, and each consumer fetches, a fraction of the bytes.
     */
    @WithDefault("snappy")
    String compression();

    /** How long published rows are kept for audit before housekeeping deletes them. */
    @WithDefault("P7D")
    Duration retention();
}
