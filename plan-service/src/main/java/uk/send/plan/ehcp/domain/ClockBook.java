package uk.send.plan.ehcp.domain;

import uk.send.platform.events.EhcpDecisionRecorded.ExceptionReason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An EHCP's clocks while {@link TimelineBuilder} walks its decisions: each keyed by rule and start day, started,
 * stopped (met or breached against its due date), or ended (no longer owed), then finished with the exceptions
 * that applied while it ran. Pure.
 */
final class ClockBook {

    /** A clock while it is being built. */
    static final class Running {
        final String key;
        final ClockRule rule;
        final LocalDate started;
        LocalDate due;
        LocalDate stopped;
        ClockState state = ClockState.OPEN;
        String endReason;
        /** A re-assessment clock whose due date was moved to 14 weeks from the decision to re-assess (Reg 27(2)). */
        boolean reanchored;

        Running(String key, ClockRule rule, LocalDate started, LocalDate due) {
            this.key = key;
            this.rule = rule;
            this.started = started;
            this.due = due;
        }
    }

    /** A time during which a Reg 10(4) exception applied ({@code to} null: still applies). */
    record ExceptionSpell(ExceptionReason reason, LocalDate from, LocalDate to) {
    }

    private final Map<String, Running> clocks = new LinkedHashMap<>();

    Collection<Running> all() {
        return clocks.values();
    }

    boolean has(String key) {
        return clocks.containsKey(key);
    }

    /** Adds a clock under a key of its own choosing (a phase transfer's is its year's, so it is kept once). */
    void add(Running c) {
        clocks.put(c.key, c);
    }

    /** Starts a clock keyed by its rule and start day (with #2, #3... for a second one started that day). */
    Running start(ClockRule rule, LocalDate started, LocalDate due) {
        String key = rule + ":" + started;
        for (int n = 2; clocks.containsKey(key); n++) {
            key = rule + ":" + started + "#" + n;
        }
        Running c = new Running(key, rule, started, due);
        clocks.put(key, c);
        return c;
    }

    Optional<Running> latestOpen(ClockRule rule) {
        Running latest = null;
        for (Running c : clocks.values()) {
            if (c.rule == rule && c.state == ClockState.OPEN) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Stops the open clocks of these rules started by {@code day}: the step they time was taken. */
    void stopOpen(LocalDate day, ClockRule... rules) {
        for (Running c : clocks.values()) {
            if (c.state == ClockState.OPEN && !c.started.isAfter(day) && contains(rules, c.rule)) {
                stop(c, day);
            }
        }
    }

    /** Ends the open clocks of these rules: the step they time is no longer owed. */
    void endOpen(LocalDate day, String reason, ClockRule... rules) {
        for (Running c : clocks.values()) {
            if (c.state == ClockState.OPEN && contains(rules, c.rule)) {
                end(c, day, reason);
            }
        }
    }

    private static boolean contains(ClockRule[] rules, ClockRule rule) {
        for (ClockRule r : rules) {
            if (r == rule) {
                return true;
            }
        }
        return false;
    }

    static void stop(Running c, LocalDate day) {
        c.stopped = day;
        boolean inTime = c.rule == ClockRule.FAMILY_TIME_ON_DRAFT ? day.isAfter(c.due) : !day.isAfter(c.due);
        c.state = inTime ? ClockState.MET : ClockState.BREACHED;
    }

    static void end(Running c, LocalDate day, String reason) {
        c.stopped = day;
        c.state = ClockState.ENDED;
        c.endReason = reason;
    }

    /**
     * The clocks as built, each with the exceptions applied: a clock not met in time while one applied is excused, as SEN2 counts it.
     * The exceptions of SEND Regs 5(4), 10(4), 13(3) and 27(3) excuse the LA where meeting "the time limit" was impractical because
     * of them, so an exception counts only if it applied on or before the limit's last day (and before the step was taken): one
     * that began after the limit had passed cannot have made it impractical. An exception excuses the limit; it does not pause
     * the clock or move its due date (the law disapplies the limit, leaving "as soon as practicable").
     */
    List<Clock> finish(List<ExceptionSpell> exceptions) {
        List<Clock> finished = new ArrayList<>();
        for (Running c : clocks.values()) {
            finished.add(finish(c, exceptions));
        }
        return finished;
    }

    private static Clock finish(Running c, List<ExceptionSpell> exceptions) {
        String exception = null;
        if (c.rule.exceptionsApply()) {
            for (ExceptionSpell s : exceptions) {
                boolean applies = c.rule.excusedBy(s.reason()) && (c.stopped == null || !s.from().isAfter(c.stopped))
                        && !s.from().isAfter(c.due) && (s.to() == null || !s.to().isBefore(c.started));
                if (applies) {
                    exception = s.reason() == null ? "UNSPECIFIED" : s.reason().name();
                }
            }
        }
        ClockState state = c.state;
        if (exception != null && (state == ClockState.BREACHED || state == ClockState.OPEN)) {
            state = ClockState.EXCUSED;
        }
        return new Clock(c.key, c.rule, c.started, c.due, c.stopped, state, exception, c.endReason);
    }
}
