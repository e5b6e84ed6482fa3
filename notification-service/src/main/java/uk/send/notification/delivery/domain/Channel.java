package uk.send.notification.delivery.domain;

/** How a message reaches its recipient. */
public enum Channel { INBOX, EMAIL, WEBHOOK }
