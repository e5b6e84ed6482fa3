package uk.send.plan.ehcp.domain;

/**
 * Where a statutory clock stands. A clock is stopped by the step it waits for: in time it is {@link #MET},
 * late it is {@link #BREACHED}, unless a Reg 10(4) exception applied while it ran ({@link #EXCUSED}, as SEN2
 * records it). {@link #ENDED}: the step stopped being required (the LA refused to assess, the plan ceased).
 * An open clock past its due date reads as breached ({@link #effective}); the stored state stays OPEN.
 */
public enum ClockState {
    OPEN, MET, BREACHED, EXCUSED, ENDED;

    /** The state a reader sees on {@code today}: an LA's open clock past its due date is breached. */
    public static ClockState effective(ClockState stored, ClockRule rule, java.time.LocalDate due, java.time.LocalDate today) {
        return stored == OPEN && rule.laMustAct() && due.isBefore(today) ? BREACHED : stored;
    }
}
