package uk.send.notification.delivery.service;

/** Fired when deliveries were queued; observed after commit to wake the sender at once. */
public record DeliveriesQueued(int count) {
}
