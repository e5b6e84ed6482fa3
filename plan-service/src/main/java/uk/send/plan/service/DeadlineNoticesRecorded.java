package uk.send.plan.service;

/** Fired when a scan recorded notices; once its transaction commits, the publisher is woken. */
public record DeadlineNoticesRecorded(int count) {
}
