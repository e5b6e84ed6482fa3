package uk.send.plan.deadline.domain;

/** How a deadline was written: a day, a month (due at its end), a window (due at its end) or every year in a month. */
public enum DeadlineKind {
    DAY, MONTH, WINDOW, RECURRING
}
