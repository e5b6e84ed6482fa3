package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.time.Instant;

/**
 * Payload of {@link EventTypes#BENCHMARK_SHARING_CHANGED} on {@code funding.events}, key = LA code: an LA opted in to
 * sharing its neighbour benchmark aggregates with the other LAs on the deployment (for one financial year, replacing
 * what it shared for that year) or opted out (withdrawing every figure it shared). Aggregates only ever leave an LA;
 * the event names no person (never who made the choice) and no child.
 *
 * @param la            the LA's code (the tenant)
 * @param laName        the LA's name as its neighbours see it
 * @param optedIn       true when it now shares, false when it withdrew
 * @param financialYear opting in: the year whose figures it shared, e.g. 2025-26; absent when opting out
 * @param figuresShared how many of its figures the other LAs can now see (0 after opting out)
 * @param changedAt     when the choice was made
 * @param version       the choice's version (1 for the LA's first choice)
 */
@JsonClassDescription("An LA opted in to or out of sharing its neighbour benchmark aggregates with the other LAs on the deployment.")
public record BenchmarkSharingChanged(String la, String laName, boolean optedIn, String financialYear, long figuresShared, Instant changedAt,
                                      long version) {
}
