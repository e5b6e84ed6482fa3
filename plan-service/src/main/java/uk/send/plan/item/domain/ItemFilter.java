package uk.send.plan.item.domain;

import java.time.LocalDate;

/** Filters of item lists; null means "any". Due filters look at the item's deadlines still to be met. */
public record ItemFilter(ItemKind kind, ItemStatus status, String lead, LocalDate dueBefore, LocalDate dueAfter) {
}
