package uk.send.notification.rest;

/** How many notifications in the inbox are unread. */
public record UnreadCount(long unread) {
}
