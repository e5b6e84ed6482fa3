package uk.send.platform.outbox;

/**
 * An event to be written to the outbox.
 *
 * @param key     the Kafka record key: the id of the aggregate whose events must stay in order
 * @param subject the CloudEvents subject, e.g. {@code task/3f2c...}
 * @param data        the payload, serialised to JSON
 * @param traceparent the W3C traceparent of the request the event comes from, when that is not the current span's
 *                    (a write made for several requests at once); null: the current span's
 */
public record PendingEvent(String tenant, String type, String key, String subject, Object data, String traceparent) {

    public PendingEvent(String tenant, String type, String key, String subject, Object data) {
        this(tenant, type, key, subject, data, null);
    }
}
