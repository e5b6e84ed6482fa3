package uk.send.platform.outbox;

/**
 * An event to be written to the outbox.
 *
 * @param key     the Kafka record key: the id of the aggregate whose events must stay in order
 * @param subject the CloudEvents subject, e.g. {@code task/3f2c...}
 * @param data    the payload, serialised to JSON
 */
public record PendingEvent(String tenant, String type, String key, String subject, Object data) {
}
