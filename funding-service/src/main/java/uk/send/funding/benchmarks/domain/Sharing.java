package uk.send.funding.benchmarks.domain;

import java.time.Instant;

/**
 * Whether an LA shares its benchmark aggregates with the other LAs on this deployment (it opts in as finance or
 * admin; opting out withdraws every figure it shared). An LA that never chose is not sharing, at version 0.
 */
public record Sharing(String laCode, String laName, boolean optedIn, String changedBy, Instant changedAt, long version) {

    public static Sharing never(String laCode) {
        return new Sharing(laCode, null, false, null, null, 0);
    }
}
