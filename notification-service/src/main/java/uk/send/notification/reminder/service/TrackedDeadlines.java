package uk.send.notification.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.reminder.repository.TrackedDeadlineRepository;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * notification-service's own view of open deadlines, kept from plan events: what overdue reminders
 * repeat for and what the daily digest lists. A task marked done or dropped stops both.
 */
@ApplicationScoped
public class TrackedDeadlines {

    private final TrackedDeadlineRepository deadlines;
    private final Clock clock;

    public TrackedDeadlines(TrackedDeadlineRepository deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(CloudEvent event, EventFacts facts) {
        switch (event.type()) {
            case EventTypes.DEADLINE_APPROACHING, EventTypes.TASK_CREATED -> upsert(event, facts, false);
            case EventTypes.DEADLINE_MISSED -> upsert(event, facts, true);
            case EventTypes.DEADLINE_CHANGED -> {
                if (facts.dueDate() != null) {
                    deadlines.moveDue(event.tenant(), facts.itemId(), facts.dueDate(), clock.instant());
                }
            }
            case EventTypes.DEADLINE_MET -> deadlines.closeMet(event.tenant(), facts.itemId(), facts.dueDate(), clock.instant());
            case EventTypes.TASK_STATUS_CHANGED, EventTypes.ITEM_STATUS_CHANGED -> {
                String to = event.data().path("to").asText();
                boolean open = !to.equals("DONE") && !to.equals("DROPPED");
                deadlines.setOpen(event.tenant(), facts.itemId(), open, clock.instant());
            }
            default -> {
                // not about a deadline
            }
        }
    }

    private void upsert(CloudEvent event, EventFacts facts, boolean missed) {
        if (facts.itemId() == null || facts.namedPerson() == null || facts.dueDate() == null) {
            return;
        }
        // A "missed" event is itself the first overdue reminder: repeats count from today.
        LocalDate reminded = missed ? LocalDate.now(clock) : null;
        deadlines.upsert(event.tenant(), facts.itemId(), facts.namedPerson(), facts.programmeId(), facts.programmeTitle(), facts.itemTitle(),
                facts.dueDate(), reminded, clock.instant());
    }
}
