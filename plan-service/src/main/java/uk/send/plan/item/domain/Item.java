package uk.send.plan.item.domain;

import uk.send.plan.deadline.domain.DeadlineKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An item of a programme as the service answers it: {@code ownRag} by the rule on the item alone, {@code rag}
 * rolled up over its subtree. {@code children} is filled in a tree only (null elsewhere).
 */
public record Item(UUID id, UUID programmeId, UUID parentId, ItemKind kind, String ref, String title, Lead lead,
                   ItemStatus status, Rag rag, Rag ownRag, RagOverride ragOverride, List<Deadline> deadlines,
                   List<UUID> blockedBy, Instant updatedAt, long version, List<Item> children) {

    /** The person accountable for an item: their login name (whose inbox gets the reminders) and display name. */
    public record Lead(String id, String name) {
    }

    /** A RAG set by hand, with the reason it was set. */
    public record RagOverride(Rag rag, String reason) {
    }

    /** A deadline as written, and the day reminders count to ({@code metOn} once met). */
    public record Deadline(UUID id, DeadlineKind kind, LocalDate dueDate, LocalDate windowStart, Integer recurrenceMonth,
                           String text, LocalDate metOn) {
    }
}
