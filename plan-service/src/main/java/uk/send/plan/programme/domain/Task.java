package uk.send.plan.programme.domain;

import uk.send.plan.item.domain.Item;
import uk.send.plan.item.domain.ItemStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task of a programme (an item of kind TASK) as the task API knows it: one due date, its first deadline's. */
public record Task(UUID id, UUID programmeId, String title, Item.Lead lead, LocalDate dueDate, ItemStatus status,
                   Instant updatedAt, long version) {
}
