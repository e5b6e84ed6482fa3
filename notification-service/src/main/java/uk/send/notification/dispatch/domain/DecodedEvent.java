package uk.send.notification.dispatch.domain;

import uk.send.platform.events.CloudEvent;

/**
 * An event as the dispatcher takes it: the CloudEvent, its record value as received (what a webhook is sent) and
 * the facts read from its payload.
 */
public record DecodedEvent(CloudEvent event, String raw, EventFacts facts) {
}
