package uk.send.notification.digest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the daily digest email goes out: once per local day at a fixed wall-clock time in the
 * authority's zone (normally Europe/London), so recipients see it at the same time of day all year.
 * Pure calculation, no framework.
 */
public final class DigestSchedule {

    private final LocalTime sendAt;
    private final ZoneId zone;

    public DigestSchedule(LocalTime sendAt, ZoneId zone) {
        this.sendAt = Objects.requireNonNull(sendAt, "sendAt");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public LocalTime sendAt() {
        return sendAt;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The first send instant strictly after {@code after}. A send time inside a spring-forward gap
     * is pushed forward past the gap by the gap's length, as {@link ZonedDateTime#of} does (01:30
     * London on the spring-forward Sunday goes at 02:30 BST); one inside an autumn overlap is sent
     * once, at the earlier offset (01:30 BST, not 01:30 GMT).
     */
    public Instant nextAfter(Instant after) {
        Objects.requireNonNull(after, "after");
        // Start a day early: where a gap straddles midnight, the previous local day's send is pushed
        // onto the local date of 'after' and may still be ahead of it. Ends within three iterations.
        LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
        while (true) {
            Instant candidate = sendInstantOn(date);
            if (candidate.isAfter(after)) {
                return candidate;
            }
            date = date.plusDays(1);
        }
    }

    /** The local date, in this schedule's zone, of a send instant. */
    public LocalDate digestDate(Instant sendInstant) {
        Objects.requireNonNull(sendInstant, "sendInstant");
        return sendInstant.atZone(zone).toLocalDate();
    }

    // ZonedDateTime.of already has the rules we want: a gap time shifts forward by the gap length,
    // and an overlap time takes the earlier offset, so the later repeat never produces a second send.
    private Instant sendInstantOn(LocalDate date) {
        return ZonedDateTime.of(date, sendAt, zone).toInstant();
    }

    @Override
    public String toString() {
        return "DigestSchedule[" + sendAt + " " + zone + "]";
    }
}
