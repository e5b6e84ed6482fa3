package uk.send.notification.entity;

/** How a message reaches its recipient. */
public enum Channel { INBOX, EMAIL, WEBHOOK }
