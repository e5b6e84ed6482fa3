package uk.send.plan.ehcp.domain;

import java.time.LocalDate;

/**
 * One statutory clock of one EHCP: the rule, when it started, when the step is due, when it stopped and how.
 *
 * @param key             stable within the EHCP while the decisions that made it stand: rule and start day
 * @param exceptionReason the Reg 10(4) exception that applied while it ran, if any (recorded for SEN2 even when met)
 * @param endReason       why an {@link ClockState#ENDED} clock stopped being required
 */
public record Clock(String key, ClockRule rule, LocalDate started, LocalDate due, LocalDate stopped, ClockState state,
                    String exceptionReason, String endReason) {
}
