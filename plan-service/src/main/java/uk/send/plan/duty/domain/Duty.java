package uk.send.plan.duty.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A statutory duty of the LA, how far it is met and the evidence; {@code version} is its optimistic-lock version. */
public record Duty(UUID id, String area, DutyLevel level, LocalDate dueBy, String byRequirement, String afterRequirement,
                   DutyStatus status, String evidence, String evidenceUrl, String updatedBy, Instant updatedAt, long version) {
}
