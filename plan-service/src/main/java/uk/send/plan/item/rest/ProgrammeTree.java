package uk.send.plan.item.rest;

import uk.send.plan.item.domain.Rag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A whole programme at a glance: its items as a tree with rolled-up RAG, as of a date. */
public record ProgrammeTree(UUID programmeId, String title, Rag rag, LocalDate asOf, List<ItemView> items) {
}
