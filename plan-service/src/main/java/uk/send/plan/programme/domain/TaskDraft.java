package uk.send.plan.programme.domain;

import uk.send.plan.item.domain.Item;
import uk.send.plan.item.domain.ItemStatus;

import java.time.LocalDate;

/** A task to create, or the full new state of one; a null status means NOT_STARTED on creation. */
public record TaskDraft(String title, Item.Lead lead, LocalDate dueDate, ItemStatus status) {
}
