package uk.send.plan.deadline.service;

/** Fired when a scan recorded notices; once its transaction commits, the publisher is woken. */
public record DeadlineNoticesRecorded(int count) {
}
