package uk.send.funding.forum.domain;

import java.time.LocalDate;

/** A request to the Secretary of State to disapply the 0.5% limit: when it was made, where it stands, when decided, the DfE's reference. */
public record Disapplication(LocalDate requestedOn, DisapplicationOutcome outcome, LocalDate decidedOn, String reference) {
}
