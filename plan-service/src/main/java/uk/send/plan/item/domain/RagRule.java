package uk.send.plan.item.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The documented RAG rule, applied to one item (no framework):
 * <ol>
 *   <li>an override, when set (it always carries a reason), wins;</li>
 *   <li>done or dropped: green;</li>
 *   <li>blocked: red;</li>
 *   <li>a deadline still to be met has passed: red;</li>
 *   <li>not started and the next deadline is within the amber window (default 14 days): amber;</li>
 *   <li>otherwise green.</li>
 * </ol>
 * A parent's rolled-up RAG is the worst of its own and its children's; the programme's is the worst of all.
 */
public final class RagRule {

    private final int amberWindowDays;

    public RagRule(int amberWindowDays) {
        if (amberWindowDays < 0) {
            throw new IllegalArgumentException("amber window must be zero or more days");
        }
        this.amberWindowDays = amberWindowDays;
    }

    public Rag own(ItemStatus status, Optional<LocalDate> nextUnmetDeadline, Rag override, LocalDate today) {
        if (override != null) {
            return override;
        }
        if (status == ItemStatus.DONE || status == ItemStatus.DROPPED) {
            return Rag.GREEN;
        }
        if (status == ItemStatus.BLOCKED) {
            return Rag.RED;
        }
        if (nextUnmetDeadline.isPresent() && nextUnmetDeadline.get().isBefore(today)) {
            return Rag.RED;
        }
        if (status == ItemStatus.NOT_STARTED && nextUnmetDeadline.isPresent()
                && !nextUnmetDeadline.get().isAfter(today.plusDays(amberWindowDays))) {
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }
}
