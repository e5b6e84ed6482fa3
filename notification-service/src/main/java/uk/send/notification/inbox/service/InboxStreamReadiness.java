package uk.send.notification.inbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the live inbox's LISTEN connection is down: a replica then feeds no live stream. */
@Readiness
@ApplicationScoped
public class InboxStreamReadiness implements HealthCheck {

    private final InboxStream stream;

    public InboxStreamReadiness(InboxStream stream) {
        this.stream = stream;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("inbox-live-stream").status(stream.listening()).build();
    }
}
