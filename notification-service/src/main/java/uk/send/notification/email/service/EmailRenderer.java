package uk.send.notification.email.service;

import uk.send.notification.dispatch.domain.EventFacts;
import uk.send.notification.dispatch.domain.NotificationComposer;
import uk.send.notification.reminder.domain.ReminderCadence;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.config.NotificationConfig;
import uk.send.platform.events.EventTypes;

import java.util.List;
import java.util.Map;

/** Renders emails, plain text and HTML, from the Qute templates in templates/email/ (one pair per event type). */
@ApplicationScoped
public class EmailRenderer {

    /** A rendered email. */
    public record Email(String subject, String text, String html) {
    }

    /** One line of a digest. */
    public record DigestLine(String title, String programme, String due, String state, String link) {
    }

    private static final Map<String, String> TEMPLATE_BY_TYPE = Map.of(
            EventTypes.DEADLINE_APPROACHING, "deadline-approaching",
            EventTypes.DEADLINE_MISSED, "deadline-missed",
            ReminderCadence.OVERDUE_REMINDER_TYPE, "overdue-reminder");

    private final Engine engine;
    private final NotificationConfig config;

    public EmailRenderer(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.config = config;
    }

    public Email render(String eventType, NotificationComposer.Message message, String recipientName, EventFacts facts) {
        String name = TEMPLATE_BY_TYPE.getOrDefault(eventType, "generic");
        Map<String, Object> data = Map.of(
                "title", message.title(),
                "body", message.body(),
                "link", link(message.link()),
                "name", recipientName == null ? "" : recipientName,
                "programme", facts.programmeTitle() == null ? "" : facts.programmeTitle(),
                "due", NotificationComposer.format(facts.dueDate()),
                "item", facts.itemTitle() == null ? "" : facts.itemTitle());
        return new Email(message.title(), template(name, "txt").data(data).render(), template(name, "html").data(data).render());
    }

    public Email digest(String recipientName, String date, List<DigestLine> lines) {
        Map<String, Object> data = Map.of("name", recipientName == null ? "" : recipientName, "date", date, "lines", lines,
                "home", link("/"));
        long overdue = lines.stream().filter(l -> l.state().equals("overdue")).count();
        String subject = "Your SEND deadlines for " + date + ": " + lines.size() + " due or overdue" + (overdue > 0 ? " (" + overdue + " overdue)" : "");
        return new Email(subject, template("digest", "txt").data(data).render(), template("digest", "html").data(data).render());
    }

    public String link(String path) {
        if (path == null) {
            return config.frontendBaseUrl();
        }
        return config.frontendBaseUrl().replaceAll("/+$", "") + path;
    }

    private Template template(String name, String kind) {
        Template t = engine.getTemplate("email/" + name + "." + kind);
        if (t == null) {
            throw new IllegalStateException("Missing email template email/" + name + "." + kind);
        }
        return t;
    }
}
