package uk.send.plan.item.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A whole programme at a glance: its items as a tree with rolled-up RAG, as of a date. */
public record ItemTree(UUID programmeId, String title, Rag rag, LocalDate asOf, List<Item> items) {
}
