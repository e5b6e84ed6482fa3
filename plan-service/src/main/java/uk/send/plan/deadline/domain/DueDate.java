package uk.send.plan.deadline.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One deadline read from an action plan cell, in the precision the plan gave it: a day, a month, a
 * planning window or a yearly recurrence. {@link #text()} is the fragment of the cell it was read from,
 * as written (look-alike letters and dashes included), so a reader can check the reading against it.
 */
public sealed interface DueDate permits DueDate.OnDay, DueDate.InMonth, DueDate.Window, DueDate.Recurring {

    /** The fragment of the cell this deadline was read from. */
    String text();

    /**
     * The date the deadline falls due as seen on {@code reference}. Fixed deadlines ignore the reference
     * (a missed deadline stays missed); a recurring one is due at its next occurrence on or after it.
     */
    LocalDate dueAsOf(LocalDate reference);

    /** Due on a given day ("29 Oct 21", "1st April 2001", "Early Sept 2010"). */
    record OnDay(LocalDate date, String text) implements DueDate {
        public OnDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
        }

        public LocalDate due() {
            return date;
        }

        @Override
        public LocalDate dueAsOf(LocalDate reference) {
            return date;
        }
    }

    /** Due some time in a month ("Mar 2022", "End July 2010"); held to the month's last day. */
    record InMonth(YearMonth month, String text) implements DueDate {
        public InMonth {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(text, "text");
        }

        public LocalDate due() {
            return month.atEndOfMonth();
        }

        @Override
        public LocalDate dueAsOf(LocalDate reference) {
            return due();
        }
    }

    /** A planning window ("June – Nov 2000"); the work is due when the window closes. */
    record Window(LocalDate start, LocalDate end, String text) implements DueDate {
        public Window {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(text, "text");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("window ends " + end + " before it starts " + start);
            }
        }

        public LocalDate due() {
            return end;
        }

        @Override
        public LocalDate dueAsOf(LocalDate reference) {
            return end;
        }
    }

    /**
     * A deadline that comes back every year ("EVERY JANUARY"): on {@code day} of {@code month}, or at the
     * month's end when no day is given. A day the month lacks in some years (29 February) falls on the
     * month's last day in those years.
     */
    record Recurring(Month month, Integer day, String text) implements DueDate {
        public Recurring {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(text, "text");
            if (day != null && (day < 1 || day > month.maxLength())) {
                throw new IllegalArgumentException(month + " has no day " + day);
            }
        }

        /** The occurrence in {@code year}. */
        public LocalDate occurrenceIn(int year) {
            YearMonth ym = YearMonth.of(year, month);
            return day == null ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
        }

        /** The first occurrence on or after {@code from}. */
        public LocalDate nextOn(LocalDate from) {
            LocalDate thisYear = occurrenceIn(from.getYear());
            return thisYear.isBefore(from) ? occurrenceIn(from.getYear() + 1) : thisYear;
        }

        /**
         * Where the deadline rolls to once the occurrence due on {@code lastDue} is met: the following
         * year's occurrence. Rolling from the due date rather than from the day it was met keeps a deadline
         * met early from falling due again in the same year.
         */
        public LocalDate nextAfterMet(LocalDate lastDue) {
            return occurrenceIn(lastDue.getYear() + 1);
        }

        @Override
        public LocalDate dueAsOf(LocalDate reference) {
            return nextOn(reference);
        }
    }
}
