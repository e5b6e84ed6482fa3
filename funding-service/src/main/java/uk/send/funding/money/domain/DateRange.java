package uk.send.funding.money.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Days {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a date range needs from <= to: " + from + ".." + to);
        }
    }

    public static DateRange of(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    public Optional<DateRange> intersect(DateRange other) {
        LocalDate f = from.isAfter(other.from) ? from : other.from;
        LocalDate t = to.isBefore(other.to) ? to : other.to;
        return t.isBefore(f) ? Optional.empty() : Optional.of(new DateRange(f, t));
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
