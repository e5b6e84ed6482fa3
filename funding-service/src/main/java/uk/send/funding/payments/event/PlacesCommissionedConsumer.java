package uk.send.funding.payments.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.payments.service.PlaceFundingService;
import uk.send.platform.consumer.InboundEvents;
import uk.send.platform.consumer.PoisonEventException;
import uk.send.platform.events.CloudEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.PlacesCommissioned;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Consumes placement-service's {@code places.commissioned} events (topic {@code placement.events}): the setting's
 * commissioned places for the academic year become the sum over its need types, and its place funding is repriced
 * as the PUT commissioned-places does. The event id is claimed in the same transaction as the repricing, so a
 * redelivery changes nothing; an unreadable event fails here and goes to the dead-letter topic {@code funding.dlq}
 * with its reason, and consumption goes on. Other event types on the topic are not ours and are skipped.
 */
@ApplicationScoped
public class PlacesCommissionedConsumer {

    static final String CONSUMER = "funding-places-commissioned";
    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})[/-](\\d{2})");
    private static final Pattern URN = Pattern.compile("\\d{6,8}");

    private final InboundEvents inbound;
    private final PlaceFundingService places;

    public PlacesCommissionedConsumer(InboundEvents inbound, PlaceFundingService places) {
        this.inbound = inbound;
        this.places = places;
    }

    @Incoming("placement-places")
    @Blocking
    @Transactional
    public void consume(String value) {
        CloudEvent event = inbound.parse(value);
        if (!EventTypes.PLACES_COMMISSIONED.equals(event.type())) {
            return;
        }
        PlacesCommissioned commissioned = inbound.data(event, PlacesCommissioned.class);
        AcademicYear year = academicYear(commissioned.academicYear());
        if (commissioned.needType() == null || commissioned.needType().isBlank() || commissioned.places() < 0) {
            throw new PoisonEventException("places.commissioned lacks a need type or has negative places");
        }
        if (!inbound.claim(CONSUMER, event)) {
            return;
        }
        if (commissioned.urn() == null || !URN.matcher(commissioned.urn()).matches()) {
            return; // a provider without a URN (an independent placement, say): no place funding from the LA's register
        }
        places.commissionedByPlacement(event.tenant(), commissioned.urn(), year, commissioned.needType(), commissioned.places(),
                commissioned.source(), event.time());
    }

    private static AcademicYear academicYear(String label) {
        Matcher m = label == null ? null : ACADEMIC_YEAR.matcher(label);
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new PoisonEventException("places.commissioned has no academic year like 2026/27: " + label);
        }
        return new AcademicYear(Integer.parseInt(m.group(1)));
    }
}
