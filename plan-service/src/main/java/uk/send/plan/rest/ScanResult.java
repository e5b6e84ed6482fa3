package uk.send.plan.rest;

import java.time.LocalDate;

/** What one deadline scan recorded: the notices whose events follow (see DeadlineNoticePublisher). */
public record ScanResult(LocalDate asOf, int approaching, int missed) {
}
