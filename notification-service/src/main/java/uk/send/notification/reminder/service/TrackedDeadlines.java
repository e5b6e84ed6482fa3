package uk.send.notification.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.dispatch.domain.DecodedEvent;
import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.reminder.domain.TrackedDeadline;
import uk.send.notification.reminder.repository.TrackedDeadlineRepository;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * notification-service's own view of open deadlines, kept from plan events: what overdue reminders
 * repeat for and what the daily digest lists. A task marked done or dropped stops both.
 */
@ApplicationScoped
public class TrackedDeadlines {

    private record Item(String tenant, UUID itemId) {
    }

    private final TrackedDeadlineRepository deadlines;
    private final Clock clock;

    public TrackedDeadlines(TrackedDeadlineRepository deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Applies a batch of events in their order, with the same effect as one by one: consecutive "track this deadline"
     * events (task created, approaching, missed) are merged per item and written in one statement; the rarer
     * changes (moved, met, closed) are written as they come, after what preceded them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvents(List<DecodedEvent> events) {
        Instant now = clock.instant();
        Map<Item, TrackedDeadline> pending = new LinkedHashMap<>();
        for (DecodedEvent d : events) {
            CloudEvent event = d.event();
            EventFacts facts = d.facts();
            switch (event.type()) {
                case EventTypes.DEADLINE_APPROACHING, EventTypes.TASK_CREATED -> track(pending, event, facts, false);
                case EventTypes.DEADLINE_MISSED -> track(pending, event, facts, true);
                case EventTypes.DEADLINE_CHANGED -> {
                    if (facts.dueDate() != null) {
                        flush(pending, now);
                        deadlines.moveDue(event.tenant(), facts.itemId(), facts.dueDate(), now);
                    }
                }
                case EventTypes.DEADLINE_MET -> {
                    flush(pending, now);
                    deadlines.closeMet(event.tenant(), facts.itemId(), facts.dueDate(), now);
                }
                case EventTypes.TASK_STATUS_CHANGED, EventTypes.ITEM_STATUS_CHANGED -> {
                    String to = event.data().path("to").asText();
                    boolean open = !to.equals("DONE") && !to.equals("DROPPED");
                    flush(pending, now);
                    deadlines.setOpen(event.tenant(), facts.itemId(), open, now);
                }
                default -> {
                    // not about a deadline
                }
            }
        }
        flush(pending, now);
    }

    private void track(Map<Item, TrackedDeadline> pending, CloudEvent event, EventFacts facts, boolean missed) {
        if (facts.itemId() == null || facts.namedPerson() == null || facts.dueDate() == null) {
            return;
        }
        // A "missed" event is itself the first overdue reminder: repeats count from today.
        LocalDate reminded = missed ? LocalDate.now(clock) : null;
        TrackedDeadline next = new TrackedDeadline(event.tenant(), facts.itemId(), facts.namedPerson(), facts.programmeId(),
                facts.programmeTitle(), facts.itemTitle(), facts.dueDate(), reminded);
        // The same item twice: what the second upsert would have made of the first's row.
        pending.merge(new Item(event.tenant(), facts.itemId()), next, (before, after) -> new TrackedDeadline(after.tenant(), after.itemId(),
                after.recipient(), after.programmeId() != null ? after.programmeId() : before.programmeId(),
                after.programmeTitle() != null ? after.programmeTitle() : before.programmeTitle(), after.itemTitle(), after.dueDate(),
                after.lastReminderDate() != null ? after.lastReminderDate() : before.lastReminderDate()));
    }

    private void flush(Map<Item, TrackedDeadline> pending, Instant now) {
        if (!pending.isEmpty()) {
            deadlines.upsertAll(new ArrayList<>(pending.values()), now);
            pending.clear();
        }
    }
}
