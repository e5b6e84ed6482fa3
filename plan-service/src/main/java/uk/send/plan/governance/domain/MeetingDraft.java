package uk.send.plan.governance.domain;

import java.time.LocalDate;

/** A meeting a group held, to record. */
public record MeetingDraft(LocalDate heldOn, String title, String notes) {
}
