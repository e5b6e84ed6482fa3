package uk.send.notification.delivery.domain;

/** PENDING and RETRYING are waiting to be sent; DEAD gave up after the retry window and waits for an admin's replay. */
public enum DeliveryStatus { PENDING, RETRYING, SENT, DEAD }
