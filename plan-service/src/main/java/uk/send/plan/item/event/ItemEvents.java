package uk.send.plan.item.event;

import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.entity.PlanItem;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ItemCreated;
import uk.send.platform.events.TaskCreated;
import uk.send.platform.events.TaskStatusChanged;
import uk.send.platform.outbox.PendingEvent;

import java.time.LocalDate;

/** The events an item's changes publish through the outbox (a task's under the task types, other items' under the item types). */
public final class ItemEvents {

    private ItemEvents() {
    }

    public static PendingEvent created(PlanItem item) {
        LocalDate due = item.nextDeadline().map(d -> d.dueDate).orElse(null);
        Record data = item.kind == ItemKind.TASK
                ? new TaskCreated(item.programme.id, item.id, item.kind.name(), item.ref, item.title, item.status.name(), due, person(item))
                : new ItemCreated(item.programme.id, item.id, item.kind.name(), item.ref, item.title, item.status.name(), due, person(item));
        return new PendingEvent(item.tenant, item.kind == ItemKind.TASK ? EventTypes.TASK_CREATED : EventTypes.ITEM_CREATED,
                item.id.toString(), subject(item), data);
    }

    public static PendingEvent statusChanged(PlanItem item, ItemStatus before) {
        return new PendingEvent(item.tenant, item.kind == ItemKind.TASK ? EventTypes.TASK_STATUS_CHANGED : EventTypes.ITEM_STATUS_CHANGED,
                item.id.toString(), subject(item),
                new TaskStatusChanged(item.programme.id, item.id, item.title, before.name(), item.status.name(), person(item)));
    }

    public static PendingEvent deadlineEvent(PlanItem item, String type, LocalDate due) {
        return new PendingEvent(item.tenant, type, item.id.toString(), subject(item),
                new DeadlineEvent(item.programme.id, item.programme.title, item.id, item.kind.name().toLowerCase(java.util.Locale.ROOT),
                        item.title, person(item), due, null, null));
    }

    private static String subject(PlanItem item) {
        return item.kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + item.id;
    }

    private static DeadlineEvent.Person person(PlanItem item) {
        return item.leadOfficerId == null ? null : new DeadlineEvent.Person(item.leadOfficerId);
    }
}
