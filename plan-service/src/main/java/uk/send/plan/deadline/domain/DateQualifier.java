package uk.send.plan.deadline.domain;

import java.time.YearMonth;

/** A word that narrows a month to a day: "Start", "Early", "Mid", "End" (and their synonyms in {@link DeadlineTokens}). */
enum DateQualifier {
    START(1), EARLY(10), MID(15), END(0);

    /** The day of the month meant, 0 for the month's last day. */
    final int day;

    DateQualifier(int day) {
        this.day = day;
    }

    int dayIn(YearMonth month) {
        return day == 0 ? month.lengthOfMonth() : day;
    }
}
