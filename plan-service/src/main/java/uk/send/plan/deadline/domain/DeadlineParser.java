package uk.send.plan.deadline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads the deadline cell of an English local authority's action plan ("Mar 2022", "29 Oct 21",
 * "Nov – Feb 2000/1", "End July 2010", "EVERY JANUARY") into {@link DueDate}s. It never throws on what a
 * cell says: whatever it cannot read comes back as a problem quoting the fragment, so that a person can
 * fix the plan rather than lose the deadline.
 *
 * <p>How ambiguous forms are read:
 * <ul>
 *   <li>numeric dates are day/month/year; a two-digit number straight after a month is its year
 *       ("NOV 22" is November 2022), and a two-digit year {@code yy} is 20yy up to twenty years past the
 *       reference year's {@code yy}, 19yy beyond;</li>
 *   <li>"Early" is the 10th, "Mid" the 15th, "Start" the 1st, "End" and "Late" the month's end;</li>
 *   <li>a window with its year written once ("Jan – June 2001", "Nov – Feb 2001") ends in that year and
 *       starts in the year before if its start comes later in the year;</li>
 *   <li>in "Nov – Feb 2000/1" the start is in the first year and an end earlier in the year than the
 *       start in the second;</li>
 *   <li>a window from a month to the same month ("Sept – Sept 2000/1") spans a year;</li>
 *   <li>a bare year ("2022") or year pair ("2021/22") is a problem, not a deadline.</li>
 * </ul>
 * The work is split three ways: {@link DeadlineTokens} cuts the cell into tokens, {@link PartialDate} reads
 * one date as far as it is written, and {@link DeadlineReading} combines them into windows, lists and
 * recurrences.
 */
public final class DeadlineParser {

    /**
     * What a cell said: the deadlines read, in the order written, and one human-readable problem per
     * fragment that could not be read. An empty cell gives neither.
     */
    public record ParseResult(List<DueDate> dates, List<String> problems) {
        public ParseResult {
            dates = List.copyOf(dates);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /**
     * Reads {@code cellText}. {@code reference} is the day the plan is read as of; it decides the century
     * of two-digit years. A {@code null} or blank cell gives an empty result.
     */
    public ParseResult parse(String cellText, LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        if (cellText == null || cellText.isBlank()) {
            return new ParseResult(List.of(), List.of());
        }
        return new DeadlineReading(cellText, reference).read();
    }
}
