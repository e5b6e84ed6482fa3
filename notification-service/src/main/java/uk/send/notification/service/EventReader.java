package uk.send.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.DeadlineEvent;
import uk.send.platform.events.EhcpClockEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ProviderEvent;
import uk.send.platform.events.SettingEvent;
import uk.send.platform.events.TaskStatusChanged;

import java.time.LocalDate;
import java.util.UUID;

/** Reads each event type's payload (per docs/EVENTS.md) into the facts routing and wording need. */
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
                yield new EventFacts(d.leadOfficer() == null ? null : d.leadOfficer().id(), d.leadOfficer() == null ? null : d.leadOfficer().name(),
                        d.programmeId(), d.programmeTitle(), d.itemId(), d.itemTitle(), d.dueDate(), null, null,
                        missed ? NotificationComposer.deadlineMissed(d) : NotificationComposer.deadlineApproaching(d));
            }
            case EventTypes.TASK_CREATED -> {
                JsonNode d = event.data();
                String lead = d.path("leadOfficer").path("id").asText(null);
                LocalDate due = d.hasNonNull("dueDate") ? LocalDate.parse(d.get("dueDate").asText()) : null;
                UUID programme = uuid(d, "programmeId");
                UUID task = uuid(d, "taskId");
                String title = d.path("title").asText();
                yield new EventFacts(lead, d.path("leadOfficer").path("name").asText(null), programme, null, task, title, due, null, null,
                        NotificationComposer.taskAssigned(title, String.valueOf(programme), String.valueOf(task), due));
            }
            case EventTypes.DEADLINE_MET, EventTypes.DEADLINE_CHANGED -> {
                DeadlineEvent d = inbound.data(event, DeadlineEvent.class);
                boolean met = event.type().equals(EventTypes.DEADLINE_MET);
                yield new EventFacts(d.leadOfficer() == null ? null : d.leadOfficer().id(), d.leadOfficer() == null ? null : d.leadOfficer().name(),
                        d.programmeId(), d.programmeTitle(), d.itemId(), d.itemTitle(), d.dueDate(), null, null,
                        met ? NotificationComposer.deadlineMet(d) : NotificationComposer.deadlineChanged(d));
            }
            case EventTypes.TASK_STATUS_CHANGED, EventTypes.ITEM_STATUS_CHANGED -> {
                TaskStatusChanged t = inbound.data(event, TaskStatusChanged.class);
                yield new EventFacts(t.leadOfficer() == null ? null : t.leadOfficer().id(), t.leadOfficer() == null ? null : t.leadOfficer().name(),
                        t.programmeId(), null, t.taskId(), t.title(), null, null, null, NotificationComposer.taskStatusChanged(t));
            }
            case EventTypes.SETTING_REGISTERED, EventTypes.SETTING_UPDATED -> {
                SettingEvent s = inbound.data(event, SettingEvent.class);
                yield new EventFacts(null, null, null, null, null, null, null, s.urn(), null,
                        NotificationComposer.settingChanged(s, event.type().equals(EventTypes.SETTING_REGISTERED)));
            }
            case EventTypes.PROVIDER_REGISTERED, EventTypes.PROVIDER_UPDATED -> {
                ProviderEvent p = inbound.data(event, ProviderEvent.class);
                yield new EventFacts(null, null, null, null, null, null, null, p.urn(), p.providerId(),
                        NotificationComposer.providerChanged(p, event.type().equals(EventTypes.PROVIDER_REGISTERED)));
            }
            case EventTypes.EHCP_CLOCK_STARTED, EventTypes.EHCP_CLOCK_AT_RISK, EventTypes.EHCP_CLOCK_BREACHED, EventTypes.EHCP_CLOCK_MET -> {
                EhcpClockEvent c = inbound.data(event, EhcpClockEvent.class);
                yield new EventFacts(c.caseOfficerId(), null, null, null, null, c.ehcpRef() + ": " + c.step(), c.dueDate(), null, null,
                        EhcpClockWording.of(event.type(), c));
            }
            default -> new EventFacts(null, null, null, null, null, null, null, null, null,
                    NotificationComposer.other(event.type(), event.subject()));
        };
    }

    private static UUID uuid(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asText()) : null;
    }
}
