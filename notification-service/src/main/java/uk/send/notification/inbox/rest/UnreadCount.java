package uk.send.notification.inbox.rest;

/** How many notifications in the inbox are unread. */
public record UnreadCount(long unread) {
}
