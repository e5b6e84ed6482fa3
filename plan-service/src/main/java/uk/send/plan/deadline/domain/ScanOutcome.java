package uk.send.plan.deadline.domain;

import java.time.LocalDate;

/** What one deadline scan recorded, as of the day it ran as: the notices whose events the publisher then sends. */
public record ScanOutcome(LocalDate asOf, int approaching, int missed) {
}
