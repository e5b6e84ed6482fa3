package uk.send.notification.reminder.service;

import uk.send.notification.dispatch.domain.EventFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * notification-service's own view of open deadlines, kept from plan events: what overdue reminders
 * repeat for and what the daily digest lists. A task marked done or dropped stops both.
 */
@ApplicationScoped
public class TrackedDeadlines {

    private final EntityManager em;
    private final Clock clock;

    public TrackedDeadlines(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(CloudEvent event, EventFacts facts) {
        switch (event.type()) {
            case EventTypes.DEADLINE_APPROACHING, EventTypes.TASK_CREATED -> upsert(event, facts, false);
            case EventTypes.DEADLINE_MISSED -> upsert(event, facts, true);
            case EventTypes.DEADLINE_CHANGED -> {
                if (facts.dueDate() != null) {
                    em.createNativeQuery("update tracked_deadline set due_date = :due, last_reminder_date = null, updated_at = :now where tenant = :t and item_id = :item")
                            .setParameter("due", facts.dueDate()).setParameter("now", Timestamp.from(clock.instant()))
                            .setParameter("t", event.tenant()).setParameter("item", facts.itemId()).executeUpdate();
                }
            }
            case EventTypes.DEADLINE_MET -> em.createNativeQuery("update tracked_deadline set open = false, updated_at = :now where tenant = :t and item_id = :item and due_date = :due")
                    .setParameter("now", Timestamp.from(clock.instant())).setParameter("t", event.tenant())
                    .setParameter("item", facts.itemId()).setParameter("due", facts.dueDate()).executeUpdate();
            case EventTypes.TASK_STATUS_CHANGED, EventTypes.ITEM_STATUS_CHANGED -> {
                String to = event.data().path("to").asText();
                boolean open = !to.equals("DONE") && !to.equals("DROPPED");
                em.createNativeQuery("update tracked_deadline set open = :open, updated_at = :now where tenant = :t and item_id = :item")
                        .setParameter("open", open).setParameter("now", Timestamp.from(clock.instant()))
                        .setParameter("t", event.tenant()).setParameter("item", facts.itemId())
                        .executeUpdate();
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
        em.createNativeQuery("""
                        insert into tracked_deadline (tenant, item_id, recipient, programme_id, programme_title, item_title, due_date, open, last_reminder_date, updated_at)
                        values (:t, :item, :person, :programme, :programmeTitle, :title, :due, true, :reminded, :now)
                        on conflict (tenant, item_id) do update set recipient = excluded.recipient,
                            programme_id = coalesce(excluded.programme_id, tracked_deadline.programme_id),
                            programme_title = coalesce(excluded.programme_title, tracked_deadline.programme_title),
                            item_title = excluded.item_title, due_date = excluded.due_date, open = true,
                            last_reminder_date = coalesce(excluded.last_reminder_date, tracked_deadline.last_reminder_date),
                            updated_at = excluded.updated_at""")
                .setParameter("t", event.tenant()).setParameter("item", facts.itemId()).setParameter("person", facts.namedPerson())
                .setParameter("programme", facts.programmeId()).setParameter("programmeTitle", facts.programmeTitle())
                .setParameter("title", facts.itemTitle()).setParameter("due", facts.dueDate()).setParameter("reminded", reminded)
                .setParameter("now", Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
