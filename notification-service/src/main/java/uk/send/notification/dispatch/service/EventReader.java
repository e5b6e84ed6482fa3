package uk.send.notification.dispatch.service;

import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.dispatch.domain.EhcpClockWording;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EhcpClockEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ProviderEvent;
import uk.send.platform.events.SettingEvent;
import uk.send.platform.events.TaskCreated;
import uk.send.platform.events.TaskStatusChanged;

/**
 * Reads each event type's payload (its named record in platform-common, per docs/EVENTS.md) into the facts
 * routing and wording need. To word a new event type: add its case here and a method to
 * {@link NotificationComposer}; a type without a case is worded generically ("Update: ...").
 */
@ApplicationScoped
public class EventReader {

    private final InboundEvents inbound;

    public EventReader(InboundEvents inbound) {
        this.inbound = inbound;
    }

    public EventFacts read(CloudEvent event) {
        return switch (event.type()) {
            case EventTypes.DEADLINE_APPROACHING, EventTypes.DEADLINE_MISSED -> {
                DeadlineEvent d = inbound.data(event, DeadlineEvent.class);
                boolean missed = event.type().equals(EventTypes.DEADLINE_MISSED);
                yield new EventFacts(personId(d.leadOfficer()), d.programmeId(), d.programmeTitle(), d.itemId(), d.itemTitle(), d.dueDate(),
                        null, null, missed ? NotificationComposer.deadlineMissed(d) : NotificationComposer.deadlineApproaching(d));
            }
            case EventTypes.TASK_CREATED -> {
                TaskCreated t = inbound.data(event, TaskCreated.class);
                yield new EventFacts(personId(t.leadOfficer()), t.programmeId(), null, t.taskId(), t.title(), t.dueDate(), null, null,
                        NotificationComposer.taskAssigned(t.title(), String.valueOf(t.programmeId()), String.valueOf(t.taskId()), t.dueDate()));
            }
            case EventTypes.DEADLINE_MET, EventTypes.DEADLINE_CHANGED -> {
                DeadlineEvent d = inbound.data(event, DeadlineEvent.class);
                boolean met = event.type().equals(EventTypes.DEADLINE_MET);
                yield new EventFacts(personId(d.leadOfficer()), d.programmeId(), d.programmeTitle(), d.itemId(), d.itemTitle(), d.dueDate(),
                        null, null, met ? NotificationComposer.deadlineMet(d) : NotificationComposer.deadlineChanged(d));
            }
            case EventTypes.TASK_STATUS_CHANGED, EventTypes.ITEM_STATUS_CHANGED -> {
                TaskStatusChanged t = inbound.data(event, TaskStatusChanged.class);
                yield new EventFacts(personId(t.leadOfficer()), t.programmeId(), null, t.taskId(), t.title(), null, null, null, NotificationComposer.taskStatusChanged(t));
            }
            case EventTypes.SETTING_REGISTERED, EventTypes.SETTING_UPDATED -> {
                SettingEvent s = inbound.data(event, SettingEvent.class);
                yield new EventFacts(null, null, null, null, null, null, s.urn(), null,
                        NotificationComposer.settingChanged(s, event.type().equals(EventTypes.SETTING_REGISTERED)));
            }
            case EventTypes.PROVIDER_REGISTERED, EventTypes.PROVIDER_UPDATED -> {
                ProviderEvent p = inbound.data(event, ProviderEvent.class);
                yield new EventFacts(null, null, null, null, null, null, p.urn(), p.providerId(),
                        NotificationComposer.providerChanged(p, event.type().equals(EventTypes.PROVIDER_REGISTERED)));
            }
            case EventTypes.EHCP_CLOCK_STARTED, EventTypes.EHCP_CLOCK_AT_RISK, EventTypes.EHCP_CLOCK_BREACHED, EventTypes.EHCP_CLOCK_MET -> {
                EhcpClockEvent c = inbound.data(event, EhcpClockEvent.class);
                yield new EventFacts(c.caseOfficerId(), null, null, null, c.ehcpRef() + ": " + c.step(), c.dueDate(), null, null,
                        EhcpClockWording.of(event.type(), c));
            }
            default -> new EventFacts(null, null, null, null, null, null, null, null,
                    NotificationComposer.other(event.type(), event.subject()));
        };
    }

    /** Events name people by id only (docs/EVENTS.md); the name and address come from the recipients directory. */
    private static String personId(DeadlineEvent.Person person) {
        return person == null ? null : person.id();
    }
}
