package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#TOP_SLICE_DECIDED} on {@code funding.events}, key = top-slice id: the schools forum voted
 * on a top-slice of mainstream schools' budgets and it carried or failed under the LA's voting rule. Counts only, never
 * a member's reference.
 *
 * @param financialYear e.g. 2026-27
 * @param base          BUDGET_SHARE or PUPIL_NUMBERS
 * @param settings      how many schools it deducts from
 * @param outcome       CARRIED or FAILED
 * @param notEligible   votes recorded from members the rule does not let vote on it (not counted)
 * @param threshold     the rule's threshold (SIMPLE_MAJORITY, MAJORITY_OF_MEMBERS_VOTING, TWO_THIRDS)
 * @param quorate       false if the meeting was not quorate (then it failed)
 */
@JsonClassDescription("A top-slice of mainstream schools' budgets carried or failed at the schools forum.")
public record TopSliceDecided(UUID topSliceId, String financialYear, BigDecimal sumNeeded, String base, int settings, String outcome,
                              int votesFor, int votesAgainst, int abstentions, int notEligible, String threshold, boolean quorate,
                              LocalDate meetingDate) {
}
