package uk.send.notification.subscription.domain;

import uk.send.notification.delivery.domain.Channel;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.security.Roles;

import java.util.Set;
import java.util.UUID;

/**
 * A rule an LA asks to add, and what makes one acceptable: event types or families, a role the platform
 * knows for a ROLE audience, a person for a PERSON audience, and the inbox or email (partner systems use
 * webhooks). Pure: throws {@link InvalidInput} naming the field.
 */
public record NewSubscription(String eventTypes, Audience audience, String role, String person, UUID programmeId, String settingUrn,
                              UUID providerId, Channel channel) {

    /** The roles a ROLE rule may name. */
    public static final Set<String> ROLES = Set.of(Roles.PROGRAMME_LEAD, Roles.SEN_OFFICER, Roles.FINANCE, Roles.COMMISSIONER,
            Roles.SCHOOL, Roles.ADMIN);

    /** Throws {@link InvalidInput} for the first rule the request breaks. */
    public void check() {
        if (!EventTypePattern.isValid(eventTypes)) {
            throw new InvalidInput("eventTypes", "must be event types or families such as uk.send.plan.deadline.*, comma-separated, or *");
        }
        if (audience == Audience.ROLE && (role == null || !ROLES.contains(role))) {
            throw new InvalidInput("role", "must be one of " + String.join(", ", ROLES.stream().sorted().toList()) + " for audience ROLE");
        }
        if (audience == Audience.ROLE) {
            EventReadership.checkRole(role, eventTypes);
        }
        if (audience == Audience.PERSON && (person == null || person.isBlank())) {
            throw new InvalidInput("person", "is required for audience PERSON");
        }
        if (channel == Channel.WEBHOOK) {
            throw new InvalidInput("channel", "must be INBOX or EMAIL; partner systems register webhooks at /api/v1/webhooks");
        }
    }
}
