package uk.send.plan.rest;

import java.time.LocalDate;

/** What one deadline scan announced. */
public record ScanResult(LocalDate asOf, int approaching, int missed) {
}
