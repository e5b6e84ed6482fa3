package uk.send.plan.deadline.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which reminder a deadline deserves on a given day. "Approaching" is announced at the tightest lead
 * time the deadline has reached (a task created due tomorrow gets the 1-day reminder, not 14, 7 and 1
 * at once); "missed" once it is past. Pure calculation, no framework.
 */
public final class DeadlineRule {

    public enum Kind { APPROACHING, MISSED }

    /** A reminder to send; {@code leadDays} is the lead time reached, or {@link #MISSED_LEAD} for a missed deadline. */
    public record Notice(Kind kind, int leadDays) {
    }

    public static final int MISSED_LEAD = -1;

    private final TreeSet<Integer> leadTimes;

    public DeadlineRule(List<Integer> leadTimes) {
        if (leadTimes.isEmpty() || leadTimes.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("lead times must be zero or more days, at least one");
        }
        this.leadTimes = new TreeSet<>(leadTimes);
    }

    public int longestLeadTime() {
        return leadTimes.last();
    }

    /**
     * The same rule as date ranges for one day, so that a scan can select by due date in SQL: every due date
     * inside a band deserves that band's notice, and due dates outside all bands deserve none. The missed band
     * has no lower bound ({@code low} null).
     */
    public record Band(LocalDate low, LocalDate high, Notice notice) {
    }

    public List<Band> bands(LocalDate today) {
        List<Band> bands = new ArrayList<>();
        bands.add(new Band(null, today.minusDays(1), new Notice(Kind.MISSED, MISSED_LEAD)));
        int previous = -1;
        for (int lead : leadTimes) {
            bands.add(new Band(today.plusDays(previous + 1L), today.plusDays(lead), new Notice(Kind.APPROACHING, lead)));
            previous = lead;
        }
        return bands;
    }

    public Optional<Notice> noticeFor(LocalDate due, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft < 0) {
            return Optional.of(new Notice(Kind.MISSED, MISSED_LEAD));
        }
        Integer lead = leadTimes.ceiling((int) Math.min(daysLeft, Integer.MAX_VALUE));
        return lead == null ? Optional.empty() : Optional.of(new Notice(Kind.APPROACHING, lead));
    }
}
